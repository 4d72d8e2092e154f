"""Get the next invoice number of a location: `GET /invoices/generate-invoice-number`.

Returns the number the location's next invoice will get if none is given. Whether the call only peeks at the number or
also reserves it is not documented; treat it as a peek and do not rely on getting the same number back from a later
create.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.next_invoice_number import NextInvoiceNumber
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[NextInvoiceNumber] = Operation(
    "GET",
    "/invoices/generate-invoice-number",
    success={"200": NextInvoiceNumber.from_dict},
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
    *,
    client: AuthenticatedClient,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[NextInvoiceNumber]:
    """`GET /invoices/generate-invoice-number`: Get the next invoice number of a location (see the module).

    Args:
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
        query={"altId": alt_id, "altType": alt_type},
        headers={"Version": version},
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
