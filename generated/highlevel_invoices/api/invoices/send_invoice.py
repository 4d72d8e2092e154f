"""Send an invoice, or mark it sent: `POST /invoices/{invoiceId}/send`.

Makes a draft payable and sent. `action: send_manually` only marks it sent and notifies nobody; `email`, `sms` and
`sms_and_email` make the vendor itself write to the customer. `liveMode: true` sends it for real money and `autoPayment`
may charge a saved card or bank account: never copy such a body into a test against the live API.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.send_invoice_request import SendInvoiceRequest, SendInvoiceRequestDict
from ...models.send_invoice_response import SendInvoiceResponse
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[SendInvoiceResponse] = Operation(
    "POST",
    "/invoices/{invoiceId}/send",
    success={"200": SendInvoiceResponse.from_dict},
    errors={
        "400": BadRequestErrorBody.from_dict,
        "401": ApiErrorBody.from_dict,
        "403": ApiErrorBody.from_dict,
        "422": ValidationErrorBody.from_dict,
        "429": ApiErrorBody.from_dict,
    },
    resend="never",
)


def call(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: SendInvoiceRequest | SendInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[SendInvoiceResponse]:
    """`POST /invoices/{invoiceId}/send`: Send an invoice, or mark it sent (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (SendInvoiceRequest): How to send the invoice, and by whom.
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
        body=read_body(SendInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
