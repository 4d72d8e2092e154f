from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.text_2_pay_invoice_request import Text2PayInvoiceRequest
from ...models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: Text2PayInvoiceRequest,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/text2pay",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = Text2PayInvoiceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Text2PayInvoiceRequest,
    version: ApiVersion,
) -> Response[ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError]:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

     Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable
    draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode:
    false`
    creates it in test mode. The vendor's own example body sends `liveMode: true`: never copy it into a
    test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an
            existing invoice), as a draft or sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Text2PayInvoiceRequest,
    version: ApiVersion,
) -> ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError | None:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

     Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable
    draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode:
    false`
    creates it in test mode. The vendor's own example body sends `liveMode: true`: never copy it into a
    test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an
            existing invoice), as a draft or sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Text2PayInvoiceRequest,
    version: ApiVersion,
) -> Response[ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError]:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

     Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable
    draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode:
    false`
    creates it in test mode. The vendor's own example body sends `liveMode: true`: never copy it into a
    test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an
            existing invoice), as a draft or sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Text2PayInvoiceRequest,
    version: ApiVersion,
) -> ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError | None:
    """Create or update a Text2Pay invoice, as a draft or sent to the customer

     Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable
    draft;
    `action: send` makes it payable and the vendor itself emails and texts the customer. `liveMode:
    false`
    creates it in test mode. The vendor's own example body sends `liveMode: true`: never copy it into a
    test against the live API.

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an
            existing invoice), as a draft or sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BadRequestError | Text2PayInvoiceResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
