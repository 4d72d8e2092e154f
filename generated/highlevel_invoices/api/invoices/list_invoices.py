import datetime
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_list import InvoiceList
from ...models.list_invoices_payment_mode import ListInvoicesPaymentMode
from ...models.list_invoices_sort_field import ListInvoicesSortField
from ...models.list_invoices_sort_order import ListInvoicesSortOrder
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    *,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    json_alt_type = alt_type.value
    params["altType"] = json_alt_type

    params["status"] = status

    json_start_at: str | Unset = UNSET
    if not isinstance(start_at, Unset):
        json_start_at = start_at.isoformat()
    params["startAt"] = json_start_at

    json_end_at: str | Unset = UNSET
    if not isinstance(end_at, Unset):
        json_end_at = end_at.isoformat()
    params["endAt"] = json_end_at

    params["search"] = search

    json_payment_mode: str | Unset = UNSET
    if not isinstance(payment_mode, Unset):
        json_payment_mode = payment_mode.value

    params["paymentMode"] = json_payment_mode

    params["contactId"] = contact_id

    params["limit"] = limit

    params["offset"] = offset

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = sort_field.value

    params["sortField"] = json_sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/",
        "params": params,
    }

    if headers:  # only then: per-request headers cost httpx a merge
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[InvoiceList, tuple[str, ...]]:
    """The decoded success body and the differences from the spec that were tolerated; other answers raise."""
    status = response.status_code
    if status == 200:
        return errors.decode_success(response, lambda data: InvoiceList.from_dict(data), strict=client.strict)
    if status == 400:
        raise errors.status_error(response, body_model=BadRequestErrorBody.from_dict)
    if status == 401:
        raise errors.status_error(response, body_model=ApiErrorBody.from_dict)
    if status == 403:
        raise errors.status_error(response, body_model=ApiErrorBody.from_dict)
    if status == 422:
        raise errors.status_error(response, body_model=ValidationErrorBody.from_dict)
    if status == 429:
        raise errors.status_error(response, body_model=ApiErrorBody.from_dict)
    raise errors.status_error(response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoiceList]:
    parsed, problems = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        attempts=errors.attempts_of(response.request),
        problems=problems,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceList]:
    """List a location's invoices, one page at a time

    One page of the location's invoices: at most `limit` of them, after skipping `offset`, in the order
    `sortField`/`sortOrder` ask for; `total` is how many invoices the filters select in all, so a client pages until it
    has `total` invoices or gets an empty page. The largest `limit` the service accepts, and what it does with a larger
    one, is not documented. The path keeps the vendor's trailing slash, as the recorded live create of the same path
    sent it.

    Args:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        status (str | Unset):
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        payment_mode (ListInvoicesPaymentMode | Unset):
        contact_id (str | Unset):
        limit (int):
        offset (int):
        sort_field (ListInvoicesSortField | Unset):
        sort_order (ListInvoicesSortOrder | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[InvoiceList]
    """

    kwargs = _get_kwargs(
        alt_id=alt_id,
        alt_type=alt_type,
        status=status,
        start_at=start_at,
        end_at=end_at,
        search=search,
        payment_mode=payment_mode,
        contact_id=contact_id,
        limit=limit,
        offset=offset,
        sort_field=sort_field,
        sort_order=sort_order,
        version=version,
    )

    response = client.send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceList:
    """List a location's invoices, one page at a time

    One page of the location's invoices: at most `limit` of them, after skipping `offset`, in the order
    `sortField`/`sortOrder` ask for; `total` is how many invoices the filters select in all, so a client pages until it
    has `total` invoices or gets an empty page. The largest `limit` the service accepts, and what it does with a larger
    one, is not documented. The path keeps the vendor's trailing slash, as the recorded live create of the same path
    sent it.

    Args:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        status (str | Unset):
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        payment_mode (ListInvoicesPaymentMode | Unset):
        contact_id (str | Unset):
        limit (int):
        offset (int):
        sort_field (ListInvoicesSortField | Unset):
        sort_order (ListInvoicesSortOrder | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: InvoiceList
    """

    return sync_detailed(
        client=client,
        alt_id=alt_id,
        alt_type=alt_type,
        status=status,
        start_at=start_at,
        end_at=end_at,
        search=search,
        payment_mode=payment_mode,
        contact_id=contact_id,
        limit=limit,
        offset=offset,
        sort_field=sort_field,
        sort_order=sort_order,
        version=version,
        timeout=timeout,
        extra_headers=extra_headers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceList]:
    """List a location's invoices, one page at a time

    One page of the location's invoices: at most `limit` of them, after skipping `offset`, in the order
    `sortField`/`sortOrder` ask for; `total` is how many invoices the filters select in all, so a client pages until it
    has `total` invoices or gets an empty page. The largest `limit` the service accepts, and what it does with a larger
    one, is not documented. The path keeps the vendor's trailing slash, as the recorded live create of the same path
    sent it.

    Args:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        status (str | Unset):
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        payment_mode (ListInvoicesPaymentMode | Unset):
        contact_id (str | Unset):
        limit (int):
        offset (int):
        sort_field (ListInvoicesSortField | Unset):
        sort_order (ListInvoicesSortOrder | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[InvoiceList]
    """

    kwargs = _get_kwargs(
        alt_id=alt_id,
        alt_type=alt_type,
        status=status,
        start_at=start_at,
        end_at=end_at,
        search=search,
        payment_mode=payment_mode,
        contact_id=contact_id,
        limit=limit,
        offset=offset,
        sort_field=sort_field,
        sort_order=sort_order,
        version=version,
    )

    response = await client.async_send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceList:
    """List a location's invoices, one page at a time

    One page of the location's invoices: at most `limit` of them, after skipping `offset`, in the order
    `sortField`/`sortOrder` ask for; `total` is how many invoices the filters select in all, so a client pages until it
    has `total` invoices or gets an empty page. The largest `limit` the service accepts, and what it does with a larger
    one, is not documented. The path keeps the vendor's trailing slash, as the recorded live create of the same path
    sent it.

    Args:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        status (str | Unset):
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        payment_mode (ListInvoicesPaymentMode | Unset):
        contact_id (str | Unset):
        limit (int):
        offset (int):
        sort_field (ListInvoicesSortField | Unset):
        sort_order (ListInvoicesSortOrder | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            alt_id=alt_id,
            alt_type=alt_type,
            status=status,
            start_at=start_at,
            end_at=end_at,
            search=search,
            payment_mode=payment_mode,
            contact_id=contact_id,
            limit=limit,
            offset=offset,
            sort_field=sort_field,
            sort_order=sort_order,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )
    ).parsed
