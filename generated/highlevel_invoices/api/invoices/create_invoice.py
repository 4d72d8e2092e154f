from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
from ...models.invoice_answer import InvoiceAnswer
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    *,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/",
    }

    if not isinstance(body, CreateInvoiceRequest):
        body = errors.read_input(CreateInvoiceRequest.from_dict, body, what="body")
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
    if status == 201:
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
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Create a draft invoice

    Creates an invoice and answers with the invoice document itself (text2pay wraps it in `invoice`). The new invoice is
    a draft: nobody is told until it is sent (`POST /invoices/{invoiceId}/send`). Without `invoiceNumber` the location's
    next number is used, and a draft consumes it. `liveMode: false` creates it in test mode. The recorded live create
    sent `liveMode: true` and got a draft back; never copy that into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (CreateInvoiceRequest): An invoice to create, as a draft.
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
        body=body,
        version=version,
    )

    response = client.send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Create a draft invoice

    Creates an invoice and answers with the invoice document itself (text2pay wraps it in `invoice`). The new invoice is
    a draft: nobody is told until it is sent (`POST /invoices/{invoiceId}/send`). Without `invoiceNumber` the location's
    next number is used, and a draft consumes it. `liveMode: false` creates it in test mode. The recorded live create
    sent `liveMode: true` and got a draft back; never copy that into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (CreateInvoiceRequest): An invoice to create, as a draft.
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
        client=client,
        body=body,
        version=version,
        timeout=timeout,
        extra_headers=extra_headers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[InvoiceAnswer]:
    """Create a draft invoice

    Creates an invoice and answers with the invoice document itself (text2pay wraps it in `invoice`). The new invoice is
    a draft: nobody is told until it is sent (`POST /invoices/{invoiceId}/send`). Without `invoiceNumber` the location's
    next number is used, and a draft consumes it. `liveMode: false` creates it in test mode. The recorded live create
    sent `liveMode: true` and got a draft back; never copy that into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (CreateInvoiceRequest): An invoice to create, as a draft.
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
        body=body,
        version=version,
    )

    response = await client.async_send_request(kwargs, timeout=timeout, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> InvoiceAnswer:
    """Create a draft invoice

    Creates an invoice and answers with the invoice document itself (text2pay wraps it in `invoice`). The new invoice is
    a draft: nobody is told until it is sent (`POST /invoices/{invoiceId}/send`). Without `invoiceNumber` the location's
    next number is used, and a draft consumes it. `liveMode: false` creates it in test mode. The recorded live create
    sent `liveMode: true` and got a draft back; never copy that into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (CreateInvoiceRequest): An invoice to create, as a draft.
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
            client=client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )
    ).parsed
