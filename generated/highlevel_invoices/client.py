"""The clients: `HighLevelInvoices(token)` and `AsyncHighLevelInvoices(token)`, one method per operation.

Each method returns the success model or raises an error of `errors`; its `*_detailed` twin returns a `Response` with
the status, headers, number of attempts and the tolerated differences from the spec as well. Every method takes
`timeout=` and `extra_headers=` for that call; `with_options(...)` makes a copy with other settings. `Client` and
`AuthenticatedClient` are the low-level clients the functions of `api/` take, with the spec's defaults.
"""

import datetime
from collections.abc import Mapping
from typing import ClassVar

from . import base_client
from ._metadata import SERVER_URL
from .api.invoices import create_and_send_invoice as _api_create_and_send_invoice
from .api.invoices import create_invoice as _api_create_invoice
from .api.invoices import delete_invoice as _api_delete_invoice
from .api.invoices import generate_invoice_number as _api_generate_invoice_number
from .api.invoices import get_invoice as _api_get_invoice
from .api.invoices import list_invoices as _api_list_invoices
from .api.invoices import record_invoice_payment as _api_record_invoice_payment
from .api.invoices import send_invoice as _api_send_invoice
from .api.invoices import update_invoice as _api_update_invoice
from .api.invoices import void_invoice as _api_void_invoice
from .base_client import TimeoutTypes
from .facade import AsyncFacade, SyncFacade
from .models.alt_type import AltType
from .models.api_version import ApiVersion
from .models.create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
from .models.delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from .models.deleted_invoice import DeletedInvoice
from .models.invoice_answer import InvoiceAnswer
from .models.invoice_details_answer import InvoiceDetailsAnswer
from .models.invoice_list import InvoiceList
from .models.list_invoices_payment_mode import ListInvoicesPaymentMode
from .models.list_invoices_sort_field import ListInvoicesSortField
from .models.list_invoices_sort_order import ListInvoicesSortOrder
from .models.next_invoice_number import NextInvoiceNumber
from .models.record_payment_request import RecordPaymentRequest, RecordPaymentRequestDict
from .models.record_payment_response import RecordPaymentResponse
from .models.send_invoice_request import SendInvoiceRequest, SendInvoiceRequestDict
from .models.send_invoice_response import SendInvoiceResponse
from .models.text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from .models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from .models.update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
from .models.void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict
from .types import NOT_GIVEN, UNSET, NotGiven, Response, Unset

#: The spec's server.
DEFAULT_BASE_URL = SERVER_URL
#: Headers every request carries unless overridden: the required headers the spec allows one value for.
DEFAULT_HEADERS: Mapping[str, str] = {
    "Version": "2021-07-28",
}
DEFAULT_TIMEOUT = base_client.DEFAULT_TIMEOUT


class Client(base_client.Client):
    __doc__ = base_client.Client.__doc__
    default_base_url: ClassVar[str] = DEFAULT_BASE_URL
    default_headers: ClassVar[Mapping[str, str]] = DEFAULT_HEADERS


class AuthenticatedClient(base_client.AuthenticatedClient):
    __doc__ = base_client.AuthenticatedClient.__doc__
    default_base_url: ClassVar[str] = DEFAULT_BASE_URL
    default_headers: ClassVar[Mapping[str, str]] = DEFAULT_HEADERS


class HighLevelInvoices(SyncFacade):
    """The client: `HighLevelInvoices(token)`, then one method per operation; use it as a context manager or call
    `close()`. Safe to share between threads (pacing is shared).
    """

    client_class = AuthenticatedClient

    def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location.

        See `api.invoices.generate_invoice_number.sync`.
        """
        return _api_generate_invoice_number.sync(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_invoice_number_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[NextInvoiceNumber]:
        """Like `generate_invoice_number`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_generate_invoice_number.sync_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_and_send_invoice(
        self,
        body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer.

        See `api.invoices.create_and_send_invoice.sync`.
        """
        return _api_create_and_send_invoice.sync(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_and_send_invoice_detailed(
        self,
        body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Text2PayInvoiceResponse]:
        """Like `create_and_send_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_create_and_send_invoice.sync_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_invoice(
        self,
        *,
        invoice_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceDetailsAnswer:
        """Get an invoice.

        See `api.invoices.get_invoice.sync`.
        """
        return _api_get_invoice.sync(
            client=self._client,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_invoice_detailed(
        self,
        *,
        invoice_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceDetailsAnswer]:
        """Like `get_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_get_invoice.sync_detailed(
            client=self._client,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_invoice(
        self,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Replace the contents of an invoice.

        See `api.invoices.update_invoice.sync`.
        """
        return _api_update_invoice.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_invoice_detailed(
        self,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `update_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_update_invoice.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_invoice(
        self,
        body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeletedInvoice:
        """Delete a draft invoice.

        See `api.invoices.delete_invoice.sync`.
        """
        return _api_delete_invoice.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_invoice_detailed(
        self,
        body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[DeletedInvoice]:
        """Like `delete_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_delete_invoice.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def send_invoice(
        self,
        body: SendInvoiceRequest | SendInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendInvoiceResponse:
        """Send an invoice, or mark it sent.

        See `api.invoices.send_invoice.sync`.
        """
        return _api_send_invoice.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def send_invoice_detailed(
        self,
        body: SendInvoiceRequest | SendInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[SendInvoiceResponse]:
        """Like `send_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_send_invoice.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def record_invoice_payment(
        self,
        body: RecordPaymentRequest | RecordPaymentRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecordPaymentResponse:
        """Record a manual payment of an invoice.

        See `api.invoices.record_invoice_payment.sync`.
        """
        return _api_record_invoice_payment.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def record_invoice_payment_detailed(
        self,
        body: RecordPaymentRequest | RecordPaymentRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[RecordPaymentResponse]:
        """Like `record_invoice_payment`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_record_invoice_payment.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def void_invoice(
        self,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Void a sent invoice.

        See `api.invoices.void_invoice.sync`.
        """
        return _api_void_invoice.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def void_invoice_detailed(
        self,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `void_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_void_invoice.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_invoices(
        self,
        *,
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
    ) -> InvoiceList:
        """List a location's invoices, one page at a time.

        See `api.invoices.list_invoices.sync`.
        """
        return _api_list_invoices.sync(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            status=status,
            start_at=start_at,
            end_at=end_at,
            search=search,
            payment_mode=payment_mode,
            contact_id=contact_id,
            limit=limit,
            offset=offset,
            sort_field=sort_field,
            sort_order=sort_order,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_invoices_detailed(
        self,
        *,
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
    ) -> Response[InvoiceList]:
        """Like `list_invoices`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_list_invoices.sync_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            status=status,
            start_at=start_at,
            end_at=end_at,
            search=search,
            payment_mode=payment_mode,
            contact_id=contact_id,
            limit=limit,
            offset=offset,
            sort_field=sort_field,
            sort_order=sort_order,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_invoice(
        self,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Create a draft invoice.

        See `api.invoices.create_invoice.sync`.
        """
        return _api_create_invoice.sync(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_invoice_detailed(
        self,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `create_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_create_invoice.sync_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncHighLevelInvoices(AsyncFacade):
    """The asyncio client: `AsyncHighLevelInvoices(token)`, then `await` one method per operation; use it as an async
    context manager or `await close()`. Safe to share between tasks (pacing is shared).
    """

    client_class = AuthenticatedClient

    async def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location.

        See `api.invoices.generate_invoice_number.asyncio`.
        """
        return await _api_generate_invoice_number.asyncio(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def generate_invoice_number_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[NextInvoiceNumber]:
        """Like `generate_invoice_number`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_generate_invoice_number.asyncio_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_and_send_invoice(
        self,
        body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer.

        See `api.invoices.create_and_send_invoice.asyncio`.
        """
        return await _api_create_and_send_invoice.asyncio(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_and_send_invoice_detailed(
        self,
        body: Text2PayInvoiceRequest | Text2PayInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Text2PayInvoiceResponse]:
        """Like `create_and_send_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_create_and_send_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_invoice(
        self,
        *,
        invoice_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceDetailsAnswer:
        """Get an invoice.

        See `api.invoices.get_invoice.asyncio`.
        """
        return await _api_get_invoice.asyncio(
            client=self._client,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_invoice_detailed(
        self,
        *,
        invoice_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceDetailsAnswer]:
        """Like `get_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_get_invoice.asyncio_detailed(
            client=self._client,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update_invoice(
        self,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Replace the contents of an invoice.

        See `api.invoices.update_invoice.asyncio`.
        """
        return await _api_update_invoice.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update_invoice_detailed(
        self,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `update_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_update_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_invoice(
        self,
        body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeletedInvoice:
        """Delete a draft invoice.

        See `api.invoices.delete_invoice.asyncio`.
        """
        return await _api_delete_invoice.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_invoice_detailed(
        self,
        body: DeleteInvoiceRequest | DeleteInvoiceRequestDict,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[DeletedInvoice]:
        """Like `delete_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_delete_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def send_invoice(
        self,
        body: SendInvoiceRequest | SendInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendInvoiceResponse:
        """Send an invoice, or mark it sent.

        See `api.invoices.send_invoice.asyncio`.
        """
        return await _api_send_invoice.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def send_invoice_detailed(
        self,
        body: SendInvoiceRequest | SendInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[SendInvoiceResponse]:
        """Like `send_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_send_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record_invoice_payment(
        self,
        body: RecordPaymentRequest | RecordPaymentRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecordPaymentResponse:
        """Record a manual payment of an invoice.

        See `api.invoices.record_invoice_payment.asyncio`.
        """
        return await _api_record_invoice_payment.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record_invoice_payment_detailed(
        self,
        body: RecordPaymentRequest | RecordPaymentRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[RecordPaymentResponse]:
        """Like `record_invoice_payment`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_record_invoice_payment.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def void_invoice(
        self,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Void a sent invoice.

        See `api.invoices.void_invoice.asyncio`.
        """
        return await _api_void_invoice.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def void_invoice_detailed(
        self,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        *,
        invoice_id: str,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `void_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_void_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_invoices(
        self,
        *,
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
    ) -> InvoiceList:
        """List a location's invoices, one page at a time.

        See `api.invoices.list_invoices.asyncio`.
        """
        return await _api_list_invoices.asyncio(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            status=status,
            start_at=start_at,
            end_at=end_at,
            search=search,
            payment_mode=payment_mode,
            contact_id=contact_id,
            limit=limit,
            offset=offset,
            sort_field=sort_field,
            sort_order=sort_order,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_invoices_detailed(
        self,
        *,
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
    ) -> Response[InvoiceList]:
        """Like `list_invoices`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_list_invoices.asyncio_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            status=status,
            start_at=start_at,
            end_at=end_at,
            search=search,
            payment_mode=payment_mode,
            contact_id=contact_id,
            limit=limit,
            offset=offset,
            sort_field=sort_field,
            sort_order=sort_order,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_invoice(
        self,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Create a draft invoice.

        See `api.invoices.create_invoice.asyncio`.
        """
        return await _api_create_invoice.asyncio(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_invoice_detailed(
        self,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[InvoiceAnswer]:
        """Like `create_invoice`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_create_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_TIMEOUT",
    "AsyncHighLevelInvoices",
    "AuthenticatedClient",
    "Client",
    "HighLevelInvoices",
]
