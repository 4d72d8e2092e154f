"""Delete a draft invoice: `DELETE /invoices/{invoiceId}`.

Deletes a draft invoice and answers with the deleted invoice. Only drafts can be deleted (a sent invoice is voided
instead, with `POST /invoices/{invoiceId}/void`); the number a deleted draft took is not given out again.

Where the service reads the location from is not settled: the vendor documents `altId` and `altType` as query
parameters, while its sibling `DELETE /invoices/estimate/{id}` was seen ignoring the query and requiring them in a JSON
body. This contract requires the body and allows the query parameters, so a client sending both reaches either kind of
server.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from ...models.deleted_invoice import DeletedInvoice
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[DeletedInvoice] = Operation(
    "DELETE",
    "/invoices/{invoiceId}",
    success={"200": DeletedInvoice.from_dict},
    errors={
        "400": BadRequestErrorBody.from_dict,
        "401": ApiErrorBody.from_dict,
        "403": ApiErrorBody.from_dict,
        "422": ValidationErrorBody.from_dict,
        "429": ApiErrorBody.from_dict,
    },
    resend="always",
)


def call(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[DeletedInvoice]:
    """`DELETE /invoices/{invoiceId}`: Delete a draft invoice (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (DeleteInvoiceRequest): The location of the invoice to delete.
        timeout, extra_headers: For this call only (seconds for the whole call, or an httpx.Timeout per phase: see
            `deadline`; headers to add).

    Raises:
        errors.HighLevelError: An APIStatusError subclass for an error status, ResponseValidationError for an unusable
            success body, RequestValidationError for bad input (nothing was sent), APIConnectionError without an answer.
    """
    return endpoint.Call(
        OPERATION,
        client,
        path={"invoiceId": invoice_id},
        query={"altId": alt_id, "altType": alt_type},
        headers={"Version": version},
        body=read_body(DeleteInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
