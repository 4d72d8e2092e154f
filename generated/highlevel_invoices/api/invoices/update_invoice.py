"""Replace the contents of an invoice: `PUT /invoices/{invoiceId}`.

Replaces the invoice's contents with the body, a full replacement: the line items travel as `invoiceItems` (create and
text2pay call them `items`), and both dates are required. The answer is the invoice as stored. Which states may still be
updated is not documented.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_answer import InvoiceAnswer
from ...models.update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[InvoiceAnswer] = Operation(
    "PUT",
    "/invoices/{invoiceId}",
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
    body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[InvoiceAnswer]:
    """`PUT /invoices/{invoiceId}`: Replace the contents of an invoice (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (UpdateInvoiceRequest): The new contents of an invoice (a full replacement; its line items are
            `invoiceItems`).
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
        body=read_body(UpdateInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
