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
from ...models.validation_error_body import ValidationErrorBody
from ...models.void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/void".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, VoidInvoiceRequest):
        body = errors.read_input(VoidInvoiceRequest.from_dict, body, what="body")
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
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Void a sent invoice

    Voids a sent invoice: it stays on record with status `void` and can no longer be paid. A draft cannot be voided
    (delete it instead), and an invoice paid through a payment provider must be refunded first.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (VoidInvoiceRequest): The location of the invoice to void.
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
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Void a sent invoice

    Voids a sent invoice: it stays on record with status `void` and can no longer be paid. A draft cannot be voided
    (delete it instead), and an invoice paid through a payment provider must be refunded first.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (VoidInvoiceRequest): The location of the invoice to void.
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
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Void a sent invoice

    Voids a sent invoice: it stays on record with status `void` and can no longer be paid. A draft cannot be voided
    (delete it instead), and an invoice paid through a payment provider must be refunded first.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (VoidInvoiceRequest): The location of the invoice to void.
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
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Void a sent invoice

    Voids a sent invoice: it stays on record with status `void` and can no longer be paid. A draft cannot be voided
    (delete it instead), and an invoice paid through a payment provider must be refunded first.

    Args:
        invoice_id (str):
        version (ApiVersion): The API version these endpoints are documented for.
        body (VoidInvoiceRequest): The location of the invoice to void.
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
