"""The `invoices` resource: `client.invoices.<method>(...)`, one method per operation (`Invoices` for the synchronous
client, `AsyncInvoices` for the asyncio one).

Each method returns the success model (a list operation: an auto-paging iterator) or raises an error of `errors`. The
low-level functions of each operation are in its module here (`api.invoices.<operation>.sync(...)`).
"""

import builtins
from collections.abc import Mapping
from operator import attrgetter
from typing import Literal, cast

from ... import models
from ...base_client import TimeoutTypes
from ...facade import AsyncFacade, SyncFacade
from ...models.alt_type import AltType
from ...models.api_error_body import ApiErrorBody
from ...models.api_version import ApiVersion
from ...models.bad_request_error_body import BadRequestErrorBody
from ...models.delete_invoice_request import DeleteInvoiceRequest
from ...models.deleted_invoice import DeletedInvoice
from ...models.next_invoice_number import NextInvoiceNumber
from ...models.text_2_pay_invoice_request import Text2PayInvoiceRequest
from ...models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from ...models.validation_error_body import ValidationErrorBody
from ...paging import AsyncPager, SyncPager
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset, without_unset
from . import create_and_send_invoice as _create_and_send_invoice
from . import delete_invoice as _delete_invoice
from . import generate_invoice_number as _generate_invoice_number


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
            _generate_invoice_number.call(
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
            _create_and_send_invoice.call(
                client=self._facade.client,
                body=cast("models.Text2PayInvoiceRequestDict", without_unset(_body)),
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
            _delete_invoice.call(
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
            await _generate_invoice_number.call(
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
            await _create_and_send_invoice.call(
                client=self._facade.client,
                body=cast("models.Text2PayInvoiceRequestDict", without_unset(_body)),
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
            await _delete_invoice.call(
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


__all__ = ["AsyncInvoices", "Invoices"]
