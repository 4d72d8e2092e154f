"""List a location's invoices, one page at a time: `GET /invoices/`.

At most `limit` invoices after skipping `offset`; `total` counts all the filters select, so a client pages until it has
`total` invoices or an empty page. The largest `limit` accepted is not documented.
"""

import datetime
from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.invoice_list import InvoiceList
from ...models.list_invoices_payment_mode import ListInvoicesPaymentMode
from ...models.list_invoices_sort_field import ListInvoicesSortField
from ...models.list_invoices_sort_order import ListInvoicesSortOrder
from ...models.validation_error_body import ValidationErrorBody
from ...operation import Operation
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[InvoiceList] = Operation(
    "GET",
    "/invoices/",
    success={"200": InvoiceList.from_dict},
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
    status: str | Unset = UNSET,
    start_at: datetime.date | Unset = UNSET,
    end_at: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    limit: int,
    offset: int,
    sort_field: ListInvoicesSortField | Unset = UNSET,
    sort_order: ListInvoicesSortOrder | Unset = UNSET,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[InvoiceList]:
    """`GET /invoices/`: List a location's invoices, one page at a time (see the module).

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
        query={
            "altId": alt_id,
            "altType": alt_type,
            "status": status,
            "startAt": start_at,
            "endAt": end_at,
            "search": search,
            "paymentMode": payment_mode,
            "contactId": contact_id,
            "limit": limit,
            "offset": offset,
            "sortField": sort_field,
            "sortOrder": sort_order,
        },
        headers={"Version": version},
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
