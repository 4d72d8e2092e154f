"""Create a draft invoice: `POST /invoices/`.

Creates an invoice and answers with the invoice document itself (text2pay wraps it in `invoice`). The new invoice is a
draft: nobody is told until it is sent (`POST /invoices/{invoiceId}/send`). Without `invoiceNumber` the location's next
number is used, and a draft consumes it. `liveMode: false` creates it in test mode. The recorded live create sent
`liveMode: true` and got a draft back; never copy that into a test against the live API.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
from ...models.invoice_answer import InvoiceAnswer
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[InvoiceAnswer] = Operation(
    "POST",
    "/invoices/",
    success={"200": InvoiceAnswer.from_dict, "201": InvoiceAnswer.from_dict},
    errors={
        "400": BadRequestErrorBody.from_dict,
        "401": ApiErrorBody.from_dict,
        "403": ApiErrorBody.from_dict,
        "422": ValidationErrorBody.from_dict,
        "429": ApiErrorBody.from_dict,
    },
    resend="opt-in",
)


def call(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest | CreateInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[InvoiceAnswer]:
    """`POST /invoices/`: Create a draft invoice (see the module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (CreateInvoiceRequest): An invoice to create, as a draft.
        timeout, extra_headers: For this call only (seconds for the whole call, or an httpx.Timeout per phase: see
            `deadline`; headers to add).

    Raises:
        errors.HighLevelError: An APIStatusError subclass for an error status, ResponseValidationError for an unusable
            success body, RequestValidationError for bad input (nothing was sent), APIConnectionError without an answer.
    """
    return endpoint.Call(
        OPERATION,
        client,
        headers={"Version": version},
        body=read_body(CreateInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
