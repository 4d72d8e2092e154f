"""The clients: `HighLevelInvoices(token)` and `AsyncHighLevelInvoices(token)`, with one resource per tag of the spec
(`client.invoices`, one method per operation) and one method per operation of their own.

Each method returns the success model or raises an error of `errors`; its `*_detailed` twin returns a `Response` with
the status, headers, number of attempts and the tolerated differences from the spec as well. Every method takes
`timeout=` and `extra_headers=` for that call; `with_options(...)` makes a copy with other settings. `Client` and
`AuthenticatedClient` are the low-level clients the functions of `api/` take, with the spec's defaults.
"""

import builtins
import datetime
from collections.abc import Mapping
from operator import attrgetter
from typing import ClassVar, Literal, cast

from . import base_client, models
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
from .paging import AsyncPager, SyncPager
from .types import NOT_GIVEN, UNSET, NotGiven, Response, Unset, without_unset

#: The spec's server.
DEFAULT_BASE_URL = SERVER_URL
#: Headers every request carries unless overridden: the required headers the spec allows one value for.
DEFAULT_HEADERS: Mapping[str, str] = {
    "Version": ApiVersion.V2021_07_28.value,
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


class Invoices:
    """The `invoices` operations of the synchronous client: `client.invoices.<method>(...)`."""

    def __init__(self, facade: SyncFacade) -> None:
        self._facade = facade

    def generate_number(
        self,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location: `GET /invoices/generate-invoice-number`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.generate_invoice_number` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            _api_generate_invoice_number.call(
                client=self._facade.client,
                alt_id=_location,
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def text2pay(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        currency: str,
        items: builtins.list[models.InvoiceItemInputDict],
        issue_date: str,
        sent_to: models.SentToDict,
        live_mode: bool,
        action: models.InvoiceAction | Literal["draft", "send"],
        user_id: str,
        terms_notes: str | Unset = UNSET,
        title: str | Unset = UNSET,
        contact_details: models.ContactDetailsInputDict | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        late_fees_configuration: models.LateFeesConfigurationDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        id: str | Unset = UNSET,
        include_terms_note: bool | Unset = UNSET,
        discount: models.DiscountInputDict | Unset = UNSET,
        business_details: models.BusinessDetailsInputDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer: `POST /invoices/text2pay`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.create_and_send_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "currency": currency,
            "items": items,
            "issueDate": issue_date,
            "sentTo": sent_to,
            "liveMode": live_mode,
            "action": action,
            "userId": user_id,
            "termsNotes": terms_notes,
            "title": title,
            "contactDetails": contact_details,
            "invoiceNumber": invoice_number,
            "dueDate": due_date,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "paymentSchedule": payment_schedule,
            "lateFeesConfiguration": late_fees_configuration,
            "tipsConfiguration": tips_configuration,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
            "id": id,
            "includeTermsNote": include_terms_note,
            "discount": discount,
            "businessDetails": business_details,
        }
        return (
            _api_create_and_send_invoice.call(
                client=self._facade.client,
                body=cast("models.Text2PayInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def get(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceDetailsAnswer:
        """Get an invoice: `GET /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.get_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            _api_get_invoice.call(
                invoice_id,
                client=self._facade.client,
                alt_id=_location,
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def update(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        name: str,
        currency: str,
        invoice_items: builtins.list[models.InvoiceItemInputDict],
        issue_date: str,
        due_date: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        business_details: models.BusinessDetailsInputDict | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_details: models.ContactDetailsInputDict | Unset = UNSET,
        terms_notes: str | Unset = UNSET,
        discount: models.DiscountInputDict | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        live_mode: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        xero_details: models.XeroDetailsDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Replace the contents of an invoice: `PUT /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.update_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "currency": currency,
            "invoiceItems": invoice_items,
            "issueDate": issue_date,
            "dueDate": due_date,
            "title": title,
            "description": description,
            "businessDetails": business_details,
            "invoiceNumber": invoice_number,
            "contactId": contact_id,
            "contactDetails": contact_details,
            "termsNotes": terms_notes,
            "discount": discount,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "liveMode": live_mode,
            "paymentSchedule": payment_schedule,
            "tipsConfiguration": tips_configuration,
            "xeroDetails": xero_details,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
        }
        return (
            _api_update_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.UpdateInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def delete(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeletedInvoice:
        """Delete a draft invoice: `DELETE /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.delete_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            _api_delete_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.DeleteInvoiceRequestDict", without_unset(_body)),
                alt_id=_location,
                alt_type="location",
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def send(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        user_id: str,
        action: models.SendAction | Literal["sms_and_email", "send_manually", "email", "sms"],
        live_mode: bool,
        sent_from: models.InvoiceSenderDict | Unset = UNSET,
        auto_payment: models.AutoPaymentDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendInvoiceResponse:
        """Send an invoice, or mark it sent: `POST /invoices/{invoiceId}/send`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.send_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "userId": user_id,
            "action": action,
            "liveMode": live_mode,
            "sentFrom": sent_from,
            "autoPayment": auto_payment,
        }
        return (
            _api_send_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.SendInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def record_payment(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        mode: models.PaymentMode | Literal["cash", "card", "cheque", "bank_transfer", "other"],
        card: models.PaymentCardDict | Unset = UNSET,
        cheque: models.ChequeDict | Unset = UNSET,
        notes: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        meta: models.RecordPaymentRequestMetaDict | Unset = UNSET,
        payment_schedule_ids: builtins.list[str] | Unset = UNSET,
        fulfilled_at: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecordPaymentResponse:
        """Record a manual payment of an invoice: `POST /invoices/{invoiceId}/record-payment`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.record_invoice_payment` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "mode": mode,
            "card": card,
            "cheque": cheque,
            "notes": notes,
            "amount": amount,
            "meta": meta,
            "paymentScheduleIds": payment_schedule_ids,
            "fulfilledAt": fulfilled_at,
        }
        return (
            _api_record_invoice_payment.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.RecordPaymentRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def void(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Void a sent invoice: `POST /invoices/{invoiceId}/void`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.void_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            _api_void_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.VoidInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def list(
        self,
        *,
        alt_id: str | None = None,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        page_size: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[InvoiceList, models.InvoiceDetails]:
        """List a location's invoices, one page at a time: `GET /invoices/`, every page.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). Returns an iterator over
        the items that fetches `page_size` of them at a time as it goes (`.pages`: the pages). See
        `api.invoices.list_invoices` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)

        def fetch(offset: int, limit: int) -> InvoiceList:
            return (
                _api_list_invoices.call(
                    client=self._facade.client,
                    alt_id=_location,
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
                ).send()
            ).parsed

        return SyncPager(fetch, items=attrgetter("invoices"), total=attrgetter("total"), page_size=page_size)

    def create(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        business_details: models.BusinessDetailsInputDict,
        currency: str,
        items: builtins.list[models.InvoiceItemInputDict],
        discount: models.DiscountInputDict,
        contact_details: models.ContactDetailsInputDict,
        issue_date: str,
        sent_to: models.SentToDict,
        live_mode: bool,
        terms_notes: str | Unset = UNSET,
        title: str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        late_fees_configuration: models.LateFeesConfigurationDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Create a draft invoice: `POST /invoices/`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.create_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "businessDetails": business_details,
            "currency": currency,
            "items": items,
            "discount": discount,
            "contactDetails": contact_details,
            "issueDate": issue_date,
            "sentTo": sent_to,
            "liveMode": live_mode,
            "termsNotes": terms_notes,
            "title": title,
            "invoiceNumber": invoice_number,
            "dueDate": due_date,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "paymentSchedule": payment_schedule,
            "lateFeesConfiguration": late_fees_configuration,
            "tipsConfiguration": tips_configuration,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
        }
        return (
            _api_create_invoice.call(
                client=self._facade.client,
                body=cast("models.CreateInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed


class AsyncInvoices:
    """The `invoices` operations of the asyncio client: `await client.invoices.<method>(...)` (a list method returns its
    iterator at once: `async for item in client.invoices.<list method>(...)`)."""

    def __init__(self, facade: AsyncFacade) -> None:
        self._facade = facade

    async def generate_number(
        self,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location: `GET /invoices/generate-invoice-number`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.generate_invoice_number` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            await _api_generate_invoice_number.call(
                client=self._facade.client,
                alt_id=_location,
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def text2pay(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        currency: str,
        items: builtins.list[models.InvoiceItemInputDict],
        issue_date: str,
        sent_to: models.SentToDict,
        live_mode: bool,
        action: models.InvoiceAction | Literal["draft", "send"],
        user_id: str,
        terms_notes: str | Unset = UNSET,
        title: str | Unset = UNSET,
        contact_details: models.ContactDetailsInputDict | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        late_fees_configuration: models.LateFeesConfigurationDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        id: str | Unset = UNSET,
        include_terms_note: bool | Unset = UNSET,
        discount: models.DiscountInputDict | Unset = UNSET,
        business_details: models.BusinessDetailsInputDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer: `POST /invoices/text2pay`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.create_and_send_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "currency": currency,
            "items": items,
            "issueDate": issue_date,
            "sentTo": sent_to,
            "liveMode": live_mode,
            "action": action,
            "userId": user_id,
            "termsNotes": terms_notes,
            "title": title,
            "contactDetails": contact_details,
            "invoiceNumber": invoice_number,
            "dueDate": due_date,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "paymentSchedule": payment_schedule,
            "lateFeesConfiguration": late_fees_configuration,
            "tipsConfiguration": tips_configuration,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
            "id": id,
            "includeTermsNote": include_terms_note,
            "discount": discount,
            "businessDetails": business_details,
        }
        return (
            await _api_create_and_send_invoice.call(
                client=self._facade.client,
                body=cast("models.Text2PayInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def get(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceDetailsAnswer:
        """Get an invoice: `GET /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.get_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            await _api_get_invoice.call(
                invoice_id,
                client=self._facade.client,
                alt_id=_location,
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def update(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        name: str,
        currency: str,
        invoice_items: builtins.list[models.InvoiceItemInputDict],
        issue_date: str,
        due_date: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        business_details: models.BusinessDetailsInputDict | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_details: models.ContactDetailsInputDict | Unset = UNSET,
        terms_notes: str | Unset = UNSET,
        discount: models.DiscountInputDict | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        live_mode: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        xero_details: models.XeroDetailsDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Replace the contents of an invoice: `PUT /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.update_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "currency": currency,
            "invoiceItems": invoice_items,
            "issueDate": issue_date,
            "dueDate": due_date,
            "title": title,
            "description": description,
            "businessDetails": business_details,
            "invoiceNumber": invoice_number,
            "contactId": contact_id,
            "contactDetails": contact_details,
            "termsNotes": terms_notes,
            "discount": discount,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "liveMode": live_mode,
            "paymentSchedule": payment_schedule,
            "tipsConfiguration": tips_configuration,
            "xeroDetails": xero_details,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
        }
        return (
            await _api_update_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.UpdateInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def delete(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeletedInvoice:
        """Delete a draft invoice: `DELETE /invoices/{invoiceId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.delete_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            await _api_delete_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.DeleteInvoiceRequestDict", without_unset(_body)),
                alt_id=_location,
                alt_type="location",
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def send(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        user_id: str,
        action: models.SendAction | Literal["sms_and_email", "send_manually", "email", "sms"],
        live_mode: bool,
        sent_from: models.InvoiceSenderDict | Unset = UNSET,
        auto_payment: models.AutoPaymentDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendInvoiceResponse:
        """Send an invoice, or mark it sent: `POST /invoices/{invoiceId}/send`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.send_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "userId": user_id,
            "action": action,
            "liveMode": live_mode,
            "sentFrom": sent_from,
            "autoPayment": auto_payment,
        }
        return (
            await _api_send_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.SendInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def record_payment(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        mode: models.PaymentMode | Literal["cash", "card", "cheque", "bank_transfer", "other"],
        card: models.PaymentCardDict | Unset = UNSET,
        cheque: models.ChequeDict | Unset = UNSET,
        notes: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        meta: models.RecordPaymentRequestMetaDict | Unset = UNSET,
        payment_schedule_ids: builtins.list[str] | Unset = UNSET,
        fulfilled_at: str | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecordPaymentResponse:
        """Record a manual payment of an invoice: `POST /invoices/{invoiceId}/record-payment`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.record_invoice_payment` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "mode": mode,
            "card": card,
            "cheque": cheque,
            "notes": notes,
            "amount": amount,
            "meta": meta,
            "paymentScheduleIds": payment_schedule_ids,
            "fulfilledAt": fulfilled_at,
        }
        return (
            await _api_record_invoice_payment.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.RecordPaymentRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def void(
        self,
        invoice_id: str,
        *,
        alt_id: str | None = None,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Void a sent invoice: `POST /invoices/{invoiceId}/void`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.void_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            await _api_void_invoice.call(
                invoice_id,
                client=self._facade.client,
                body=cast("models.VoidInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    def list(
        self,
        *,
        alt_id: str | None = None,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        page_size: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[InvoiceList, models.InvoiceDetails]:
        """List a location's invoices, one page at a time: `GET /invoices/`, every page.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). Returns an iterator over
        the items that fetches `page_size` of them at a time as it goes (`.pages`: the pages). See
        `api.invoices.list_invoices` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)

        async def fetch(offset: int, limit: int) -> InvoiceList:
            return (
                await _api_list_invoices.call(
                    client=self._facade.client,
                    alt_id=_location,
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
                ).asend()
            ).parsed

        return AsyncPager(fetch, items=attrgetter("invoices"), total=attrgetter("total"), page_size=page_size)

    async def create(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        business_details: models.BusinessDetailsInputDict,
        currency: str,
        items: builtins.list[models.InvoiceItemInputDict],
        discount: models.DiscountInputDict,
        contact_details: models.ContactDetailsInputDict,
        issue_date: str,
        sent_to: models.SentToDict,
        live_mode: bool,
        terms_notes: str | Unset = UNSET,
        title: str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        automatic_taxes_enabled: bool | Unset = UNSET,
        payment_schedule: models.PaymentScheduleInputDict | Unset = UNSET,
        late_fees_configuration: models.LateFeesConfigurationDict | Unset = UNSET,
        tips_configuration: models.TipsConfigurationDict | Unset = UNSET,
        invoice_number_prefix: str | Unset = UNSET,
        payment_methods: models.PaymentMethodsDict | Unset = UNSET,
        attachments: builtins.list[models.AttachmentDict] | Unset = UNSET,
        miscellaneous_charges: models.MiscellaneousChargesDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InvoiceAnswer:
        """Create a draft invoice: `POST /invoices/`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See
        `api.invoices.create_invoice` for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "businessDetails": business_details,
            "currency": currency,
            "items": items,
            "discount": discount,
            "contactDetails": contact_details,
            "issueDate": issue_date,
            "sentTo": sent_to,
            "liveMode": live_mode,
            "termsNotes": terms_notes,
            "title": title,
            "invoiceNumber": invoice_number,
            "dueDate": due_date,
            "automaticTaxesEnabled": automatic_taxes_enabled,
            "paymentSchedule": payment_schedule,
            "lateFeesConfiguration": late_fees_configuration,
            "tipsConfiguration": tips_configuration,
            "invoiceNumberPrefix": invoice_number_prefix,
            "paymentMethods": payment_methods,
            "attachments": attachments,
            "miscellaneousCharges": miscellaneous_charges,
        }
        return (
            await _api_create_invoice.call(
                client=self._facade.client,
                body=cast("models.CreateInvoiceRequestDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed


class HighLevelInvoices(SyncFacade):
    """The client: `HighLevelInvoices(token)`, then `client.<resource>.<method>(...)` (or one method per operation); use
    it as a context manager or call `close()`. Safe to share between threads (pacing is shared).
    """

    client_class = AuthenticatedClient

    @property
    def invoices(self) -> Invoices:
        """The `invoices` operations: `client.invoices.<method>(...)`."""
        return Invoices(self)

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
    """The asyncio client: `AsyncHighLevelInvoices(token)`, then `await client.<resource>.<method>(...)` (or one method
    per operation); use it as an async context manager or `await close()`. Safe to share between tasks (pacing is
    shared).
    """

    client_class = AuthenticatedClient

    @property
    def invoices(self) -> AsyncInvoices:
        """The `invoices` operations: `client.invoices.<method>(...)`."""
        return AsyncInvoices(self)

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
    "AsyncInvoices",
    "AuthenticatedClient",
    "Client",
    "HighLevelInvoices",
    "Invoices",
]
