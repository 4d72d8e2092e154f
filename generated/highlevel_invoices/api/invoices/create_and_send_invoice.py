"""Create or update a Text2Pay invoice, as a draft or sent to the customer: `POST /invoices/text2pay`.

Creates an invoice, or updates the one named by `id`. `action: draft` leaves it as an unpayable draft; `action: send`
makes it payable and the vendor itself emails and texts the customer. `liveMode: false` creates it in test mode. The
vendor's own example body sends `liveMode: true`: never copy it into a test against the live API.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from ...models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[Text2PayInvoiceResponse] = Operation(
    "POST",
    "/invoices/text2pay",
    success={"200": Text2PayInvoiceResponse.from_dict},
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
    body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[Text2PayInvoiceResponse]:
    """`POST /invoices/text2pay`: Create or update a Text2Pay invoice, as a draft or sent to the customer (see the
    module).

    Args:
        version (ApiVersion): The API version these endpoints are documented for.
        body (Text2PayInvoiceRequest): An invoice to create (no `id`) or update (`id` of an existing invoice), as a
            draft or sent.
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
        body=read_body(Text2PayInvoiceRequest, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
