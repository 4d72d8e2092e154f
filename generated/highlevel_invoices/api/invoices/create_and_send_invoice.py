from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from ...models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    *,
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/text2pay",
    }

    if not isinstance(body, Text2PayInvoiceRequest):
        body = errors.read_input(Text2PayInvoiceRequest.from_dict, body, what="body")
    _kwargs["json"] = body.to_dict()

    if headers:  # only then: per-request headers cost httpx a merge
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[Text2PayInvoiceResponse, tuple[str, ...]]:
    """The decoded success body and the differences from the spec that were tolerated; other answers raise."""
    status = response.status_code
    if status == 200:
        return errors.decode_success(
            response, lambda data: Text2PayInvoiceResponse.from_dict(data), strict=client.strict
        )
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
) -> Response[Text2PayInvoiceResponse]:
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
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Text2PayInvoiceResponse]:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

    Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode: false` creates it in
    test mode. The vendor's own example body sends `liveMode: true`: never copy it into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an existing invoice), as a
            draft or sent.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[Text2PayInvoiceResponse]
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
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Text2PayInvoiceResponse:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

    Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode: false` creates it in
    test mode. The vendor's own example body sends `liveMode: true`: never copy it into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an existing invoice), as a
            draft or sent.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Text2PayInvoiceResponse
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
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Text2PayInvoiceResponse]:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

    Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode: false` creates it in
    test mode. The vendor's own example body sends `liveMode: true`: never copy it into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an existing invoice), as a
            draft or sent.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[Text2PayInvoiceResponse]
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
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Text2PayInvoiceResponse:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

    Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode: false` creates it in
    test mode. The vendor's own example body sends `liveMode: true`: never copy it into a test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an existing invoice), as a
            draft or sent.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Text2PayInvoiceResponse
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
