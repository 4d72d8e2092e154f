from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_answer import InvoiceAnswer
from ...models.update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, UpdateInvoiceRequest):
        body = errors.read_input(UpdateInvoiceRequest.from_dict, body, what="body")
    _kwargs["json"] = body.to_dict()

    if headers:  # only then: per-request headers cost httpx a merge
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[InvoiceAnswer, tuple[str, ...]]:
    """The decoded success body and the differences from the spec that were tolerated; other answers raise."""
    status = response.status_code
    if status == 200:
        return errors.decode_success(response, lambda data: InvoiceAnswer.from_dict(data), strict=client.strict)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoiceAnswer]:
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
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Replace the contents of an invoice

    Replaces the invoice's contents with the body, a full replacement: the line items travel as `invoiceItems` (create
    and text2pay call them `items`), and both dates are required. The answer is the invoice as stored. Which states may
    still be updated is not documented.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (UpdateInvoiceRequest): The new contents of an invoice (a full replacement; its line items are
            `invoiceItems`).
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[InvoiceAnswer]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        version=version,
    )

    response = client.send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Replace the contents of an invoice

    Replaces the invoice's contents with the body, a full replacement: the line items travel as `invoiceItems` (create
    and text2pay call them `items`), and both dates are required. The answer is the invoice as stored. Which states may
    still be updated is not documented.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (UpdateInvoiceRequest): The new contents of an invoice (a full replacement; its line items are
            `invoiceItems`).
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: InvoiceAnswer
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        version=version,
        timeout=timeout,
        extra_headers=extra_headers,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Replace the contents of an invoice

    Replaces the invoice's contents with the body, a full replacement: the line items travel as `invoiceItems` (create
    and text2pay call them `items`), and both dates are required. The answer is the invoice as stored. Which states may
    still be updated is not documented.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (UpdateInvoiceRequest): The new contents of an invoice (a full replacement; its line items are
            `invoiceItems`).
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[InvoiceAnswer]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        version=version,
    )

    response = await client.async_send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Replace the contents of an invoice

    Replaces the invoice's contents with the body, a full replacement: the line items travel as `invoiceItems` (create
    and text2pay call them `items`), and both dates are required. The answer is the invoice as stored. Which states may
    still be updated is not documented.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (UpdateInvoiceRequest): The new contents of an invoice (a full replacement; its line items are
            `invoiceItems`).
        timeout: Per attempt, for this call only (seconds or an httpx.Timeout; None: no limit).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: InvoiceAnswer
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )
    ).parsed
