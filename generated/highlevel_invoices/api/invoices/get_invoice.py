"""Get an invoice: `GET /invoices/{invoiceId}`.

The invoice document, as create answers with it, plus the totals summary and reminder settings the vendor documents for
this answer (neither has been observed). An id that names no invoice of the location answers
400 `Unable to find an invoice with the given invoice id`, the vendor's documented answer on its invoice
endpoints.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_details_answer import InvoiceDetailsAnswer
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[InvoiceDetailsAnswer] = Operation(
    "GET",
    "/invoices/{invoiceId}",
    success={"200": InvoiceDetailsAnswer.from_dict},
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
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[InvoiceDetailsAnswer]:
    """`GET /invoices/{invoiceId}`: Get an invoice (see the module).

    Args:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        version (ApiVersion): The API version these endpoints are documented for.
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
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
