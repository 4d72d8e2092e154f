from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt_type import AltType
from ...models.api_error import ApiError
from ...models.api_version import ApiVersion
from ...models.bad_request_error import BadRequestError
from ...models.next_invoice_number import NextInvoiceNumber
from ...models.validation_error import ValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    alt_id: str,
    alt_type: AltType,
    version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    json_alt_type = alt_type.value
    params["altType"] = json_alt_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/generate-invoice-number",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BadRequestError | NextInvoiceNumber | ValidationError | None:
    if response.status_code == 200:
        response_200 = NextInvoiceNumber.from_dict(response.json())

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
) -> Response[ApiError | BadRequestError | NextInvoiceNumber | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType,
    version: ApiVersion,
) -> Response[ApiError | BadRequestError | NextInvoiceNumber | ValidationError]:
    """Get the next invoice number of a location

     Returns the number the location's next invoice will get if none is given. Whether the call only
    peeks at
    the number or also reserves it is not documented; treat it as a peek and do not rely on getting the
    same
    number back from a later create.

    Args:
        alt_id (str):
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        version (ApiVersion): The API version these endpoints are documented for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BadRequestError | NextInvoiceNumber | ValidationError]
    """

    kwargs = _get_kwargs(
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType,
    version: ApiVersion,
) -> ApiError | BadRequestError | NextInvoiceNumber | ValidationError | None:
    """Get the next invoice number of a location

     Returns the number the location's next invoice will get if none is given. Whether the call only
    peeks at
    the number or also reserves it is not documented; treat it as a peek and do not rely on getting the
    same
    number back from a later create.

    Args:
        alt_id (str):
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        version (ApiVersion): The API version these endpoints are documented for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BadRequestError | NextInvoiceNumber | ValidationError
    """

    return sync_detailed(
        client=client,
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType,
    version: ApiVersion,
) -> Response[ApiError | BadRequestError | NextInvoiceNumber | ValidationError]:
    """Get the next invoice number of a location

     Returns the number the location's next invoice will get if none is given. Whether the call only
    peeks at
    the number or also reserves it is not documented; treat it as a peek and do not rely on getting the
    same
    number back from a later create.

    Args:
        alt_id (str):
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        version (ApiVersion): The API version these endpoints are documented for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BadRequestError | NextInvoiceNumber | ValidationError]
    """

    kwargs = _get_kwargs(
        alt_id=alt_id,
        alt_type=alt_type,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType,
    version: ApiVersion,
) -> ApiError | BadRequestError | NextInvoiceNumber | ValidationError | None:
    """Get the next invoice number of a location

     Returns the number the location's next invoice will get if none is given. Whether the call only
    peeks at
    the number or also reserves it is not documented; treat it as a peek and do not rely on getting the
    same
    number back from a later create.

    Args:
        alt_id (str):
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        version (ApiVersion): The API version these endpoints are documented for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BadRequestError | NextInvoiceNumber | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )
    ).parsed
