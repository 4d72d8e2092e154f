from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_details_answer import InvoiceDetailsAnswer
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    json_alt_type = alt_type.value
    params["altType"] = json_alt_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    if headers:  # only then: per-request headers cost httpx a merge
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[InvoiceDetailsAnswer, tuple[str, ...]]:
    """The decoded success body and the differences from the spec that were tolerated; other answers raise."""
    status = response.status_code
    if status == 200:
        return errors.decode_success(response, lambda data: InvoiceDetailsAnswer.from_dict(data), strict=client.strict)
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceDetailsAnswer]:
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
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceDetailsAnswer]:
    """Get an invoice

    The invoice document, as create answers with it, plus the totals summary and reminder settings the vendor documents
    for this answer (neither has been observed). An id that names no invoice of the location answers
    400 `Unable to find an invoice with the given invoice id`, the vendor's documented answer on its invoice
    endpoints.

    Args:
        invoice_id (str):
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
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

    Returns: Response[InvoiceDetailsAnswer]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
    )

    response = client.send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceDetailsAnswer:
    """Get an invoice

    The invoice document, as create answers with it, plus the totals summary and reminder settings the vendor documents
    for this answer (neither has been observed). An id that names no invoice of the location answers
    400 `Unable to find an invoice with the given invoice id`, the vendor's documented answer on its invoice
    endpoints.

    Args:
        invoice_id (str):
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
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

    Returns: InvoiceDetailsAnswer
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
        timeout=timeout,
        extra_headers=extra_headers,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceDetailsAnswer]:
    """Get an invoice

    The invoice document, as create answers with it, plus the totals summary and reminder settings the vendor documents
    for this answer (neither has been observed). An id that names no invoice of the location answers
    400 `Unable to find an invoice with the given invoice id`, the vendor's documented answer on its invoice
    endpoints.

    Args:
        invoice_id (str):
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
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

    Returns: Response[InvoiceDetailsAnswer]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
    )

    response = await client.async_send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceDetailsAnswer:
    """Get an invoice

    The invoice document, as create answers with it, plus the totals summary and reminder settings the vendor documents
    for this answer (neither has been observed). An id that names no invoice of the location answers
    400 `Unable to find an invoice with the given invoice id`, the vendor's documented answer on its invoice
    endpoints.

    Args:
        invoice_id (str):
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
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

    Returns: InvoiceDetailsAnswer
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )
    ).parsed
