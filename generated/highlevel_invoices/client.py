"""The clients: `HighLevelInvoices(token)` and `AsyncHighLevelInvoices(token)`, with one resource per tag of the spec
(`client.invoices`, one method per operation) and one method per operation of their own.

Each method returns the success model or raises an error of `errors`; its `*_detailed` twin returns a `Response` with
the status, headers, number of attempts and the tolerated differences from the spec as well. Every method takes
`timeout=` and `extra_headers=` for that call; `with_options(...)` makes a copy with other settings. `Client` and
`AuthenticatedClient` are the low-level clients the functions of `api/` take, with the spec's defaults.
"""

import builtins
from collections.abc import Mapping
from typing import ClassVar, Literal, cast

from . import base_client, models
from ._metadata import SERVER_URL
from .api.invoices import create_and_send_invoice as _api_create_and_send_invoice
from .api.invoices import delete_invoice as _api_delete_invoice
from .api.invoices import generate_invoice_number as _api_generate_invoice_number
from .base_client import TimeoutTypes
from .facade import AsyncFacade, SyncFacade
from .models.alt_type import AltType
from .models.api_version import ApiVersion
from .models.delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from .models.deleted_invoice import DeletedInvoice
from .models.next_invoice_number import NextInvoiceNumber
from .models.text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from .models.text_2_pay_invoice_response import Text2PayInvoiceResponse
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
