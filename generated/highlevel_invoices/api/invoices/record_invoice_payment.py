"""Record a manual payment of an invoice: `POST /invoices/{invoiceId}/record-payment`.

Records a payment made outside the vendor (cash, a card terminal, a cheque, a bank transfer) against a sent invoice;
`amountPaid` and `amountDue` follow. Give `amount` explicitly: what a payment without one records is not documented. The
card and cheque details describe how the customer paid; nothing is charged.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.record_payment_request import RecordPaymentRequest, RecordPaymentRequestDict
from ...models.record_payment_response import RecordPaymentResponse
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[RecordPaymentResponse] = Operation(
    "POST",
    "/invoices/{invoiceId}/record-payment",
    success={"200": RecordPaymentResponse.from_dict},
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
    body: RecordPaymentRequest | RecordPaymentRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[RecordPaymentResponse]:
    """`POST /invoices/{invoiceId}/record-payment`: Record a manual payment of an invoice (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (RecordPaymentRequest): A payment received outside the vendor.
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
        body=read_body(RecordPaymentRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
