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
from ...models.delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from ...models.deleted_invoice import DeletedInvoice
from ...models.validation_error_body import ValidationErrorBody
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = str(version)

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    params["altType"] = alt_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, DeleteInvoiceRequest):
        body = errors.read_input(DeleteInvoiceRequest.from_dict, body, what="body")
    _kwargs["json"] = body.to_dict()

    if headers:  # only then: per-request headers cost httpx a merge
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[DeletedInvoice, tuple[str, ...]]:
    """The decoded success body and the differences from the spec that were tolerated; other answers raise."""
    status = response.status_code
    if status == 200:
        return errors.decode_success(response, lambda data: DeletedInvoice.from_dict(data), strict=client.strict)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeletedInvoice]:
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
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[DeletedInvoice]:
    """Delete a draft invoice

    Deletes a draft invoice and answers with the deleted invoice. Only drafts can be deleted (a sent invoice is voided
    instead, with `POST /invoices/{invoiceId}/void`); the number a deleted draft took is not given out again.

    Where the service reads the location from is not settled: the vendor documents `altId` and `altType` as query
    parameters, while its sibling `DELETE /invoices/estimate/{id}` was seen ignoring the query and requiring them in a
    JSON body. This contract requires the body and allows the query parameters, so a client sending both reaches either
    kind of server.

    Args:
        invoice_id (str):
        alt_id (str | Unset):
        alt_type (str | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        body (DeleteInvoiceRequest): The location of the invoice to delete.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[DeletedInvoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
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
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> DeletedInvoice:
    """Delete a draft invoice

    Deletes a draft invoice and answers with the deleted invoice. Only drafts can be deleted (a sent invoice is voided
    instead, with `POST /invoices/{invoiceId}/void`); the number a deleted draft took is not given out again.

    Where the service reads the location from is not settled: the vendor documents `altId` and `altType` as query
    parameters, while its sibling `DELETE /invoices/estimate/{id}` was seen ignoring the query and requiring them in a
    JSON body. This contract requires the body and allows the query parameters, so a client sending both reaches either
    kind of server.

    Args:
        invoice_id (str):
        alt_id (str | Unset):
        alt_type (str | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        body (DeleteInvoiceRequest): The location of the invoice to delete.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: DeletedInvoice
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
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
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[DeletedInvoice]:
    """Delete a draft invoice

    Deletes a draft invoice and answers with the deleted invoice. Only drafts can be deleted (a sent invoice is voided
    instead, with `POST /invoices/{invoiceId}/void`); the number a deleted draft took is not given out again.

    Where the service reads the location from is not settled: the vendor documents `altId` and `altType` as query
    parameters, while its sibling `DELETE /invoices/estimate/{id}` was seen ignoring the query and requiring them in a
    JSON body. This contract requires the body and allows the query parameters, so a client sending both reaches either
    kind of server.

    Args:
        invoice_id (str):
        alt_id (str | Unset):
        alt_type (str | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        body (DeleteInvoiceRequest): The location of the invoice to delete.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: Response[DeletedInvoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
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
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> DeletedInvoice:
    """Delete a draft invoice

    Deletes a draft invoice and answers with the deleted invoice. Only drafts can be deleted (a sent invoice is voided
    instead, with `POST /invoices/{invoiceId}/void`); the number a deleted draft took is not given out again.

    Where the service reads the location from is not settled: the vendor documents `altId` and `altType` as query
    parameters, while its sibling `DELETE /invoices/estimate/{id}` was seen ignoring the query and requiring them in a
    JSON body. This contract requires the body and allows the query parameters, so a client sending both reaches either
    kind of server.

    Args:
        invoice_id (str):
        alt_id (str | Unset):
        alt_type (str | Unset):
        version (ApiVersion): The API version these endpoints are documented for.
        body (DeleteInvoiceRequest): The location of the invoice to delete.
        timeout: For this call only: seconds for the whole call, or an httpx.Timeout per phase (see `deadline`).
        extra_headers: Headers added to this request only.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status: BadRequestError,
            AuthenticationError, PermissionDeniedError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError).
        errors.ResponseValidationError: A success answer whose top-level shape is unusable (it keeps the raw body).
        errors.RequestValidationError: The body breaks the spec (an unknown key, a wrong type); nothing was sent.
        errors.APIConnectionError: The request could not be completed (errors.APITimeoutError on a timeout).

    Returns: DeletedInvoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )
    ).parsed
