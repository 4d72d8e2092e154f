"""Void a sent invoice: `POST /invoices/{invoiceId}/void`.

Voids a sent invoice: it stays on record with status `void` and can no longer be paid. A draft cannot be voided (delete
it instead), and an invoice paid through a payment provider must be refunded first.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_answer import InvoiceAnswer
from ...models.validation_error_body import ValidationErrorBody
from ...models.void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[InvoiceAnswer] = Operation(
    "POST",
    "/invoices/{invoiceId}/void",
    success={"200": InvoiceAnswer.from_dict},
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
    body: VoidInvoiceRequest | VoidInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[InvoiceAnswer]:
    """`POST /invoices/{invoiceId}/void`: Void a sent invoice (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (VoidInvoiceRequest): The location of the invoice to void.
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
        headers={"Version": version},
        body=read_body(VoidInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
