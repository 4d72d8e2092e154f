from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_any,
    parse_bool,
    parse_datetime,
    parse_float,
    parse_list,
    parse_str,
    parse_str_or_int_as_str,
    read_field,
    read_leaf,
)
from ..models.alt_type import AltType
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_attachments_item import InvoiceAttachmentsItem, InvoiceAttachmentsItemDict
    from ..models.invoice_business_details import InvoiceBusinessDetails, InvoiceBusinessDetailsDict
    from ..models.invoice_contact_details import InvoiceContactDetails, InvoiceContactDetailsDict
    from ..models.invoice_discount import InvoiceDiscount, InvoiceDiscountDict
    from ..models.invoice_line_item import InvoiceLineItem, InvoiceLineItemDict
    from ..models.invoice_payment_methods import InvoicePaymentMethods, InvoicePaymentMethodsDict
    from ..models.invoice_payment_schedule import InvoicePaymentSchedule, InvoicePaymentScheduleDict
    from ..models.invoice_recipients import InvoiceRecipients, InvoiceRecipientsDict
    from ..models.invoice_total_summary import InvoiceTotalSummary, InvoiceTotalSummaryDict
    from ..models.reminders_configuration import RemindersConfiguration, RemindersConfigurationDict


T = TypeVar("T", bound="InvoiceDetails")


@_attrs_define
class InvoiceDetails:
    """The invoice as get and list describe it: the document, plus the totals summary and the reminder settings (neither
    observed; both optional).

        Attributes:
            id (str):
            status (InvoiceStatus):
            live_mode (bool):
            amount_paid (float):
            alt_id (str):
            alt_type (AltType): What `altId` names; these endpoints accept locations only.
            name (str):
            business_details (InvoiceBusinessDetails): The issuing business as stored on the invoice (parts sent as null
                come back as null).
            invoice_number (str): An invoice number. The vendor documents it as a number but shows it as a string
                everywhere; the live wire type is not yet confirmed, so both forms are accepted. The generated client
                always hands it over as a string. Numbers the location assigns are digits, but a request may give any
                string (the page types the request's `invoiceNumber` as a plain string) and the invoice then carries
                that string, so no pattern is imposed.
                 Delivered as a string whatever its wire form.
            currency (str):
            contact_details (InvoiceContactDetails): The customer as stored on the invoice (optional parts sent as null
                come back as null).
            issue_date (datetime.datetime): The start of the issue day in the location's time zone: 2025-05-28 in a
                UTC-7 location is 2025-05-28 07:00 UTC.
            due_date (datetime.datetime): The last millisecond of the due day in the location's time zone:
                2025-05-28 in a UTC-7 location is 2025-05-29 06:59:59.999 UTC. A due date is a calendar date only
                together with that zone.
            invoice_items (list[InvoiceLineItem]):
            total (float):
            amount_due (float): `total - amountPaid`.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            discount (InvoiceDiscount | Unset): The discount as stored (optional parts sent as null come back as null).
            title (str | Unset): The invoice's title; absent when the request gave none.
            company_id (str | Unset): Id of the agency (company) the location belongs to.
            invoice_total (float | Unset): The invoice's total; equal to `total` in every recorded answer.
            invoice_number_prefix (str | Unset): The prefix printed before `invoiceNumber`, which does not contain it.
            sent_to (InvoiceRecipients | Unset): The recipients the request gave, as stored on the invoice (optional
                parts sent as null come back as null).
            payment_methods (InvoicePaymentMethods | Unset): The payment methods the request gave, as stored.
            attachments (list[InvoiceAttachmentsItem] | Unset): Files attached to the invoice; empty when none were
                given.
            sync_details (list[Any] | Unset): Synchronisation records (only ever seen empty; the element shape is
                unknown).
            tips_received (list[Any] | Unset): Tips paid with the invoice (only ever seen empty; the element shape is
                unknown).
            external_transactions (list[Any] | Unset): Payments recorded outside the vendor (only ever seen empty; the
                element shape is unknown).
            automatic_taxes_enabled (bool | Unset):
            automatic_taxes_calculated (bool | Unset):
            payment_schedule (InvoicePaymentSchedule | Unset): The payment schedule, empty when none was given.
            total_summary (InvoiceTotalSummary | Unset): The invoice's totals before and after discount and tax, in
                major units.
            reminders_configuration (RemindersConfiguration | Unset): The invoice's payment reminders, as the vendor
                documents them (never observed).
    """

    id: str
    status: InvoiceStatus
    live_mode: bool
    amount_paid: float
    alt_id: str
    name: str
    business_details: InvoiceBusinessDetails
    invoice_number: str
    currency: str
    contact_details: InvoiceContactDetails
    issue_date: datetime.datetime
    due_date: datetime.datetime
    invoice_items: list[InvoiceLineItem]
    total: float
    amount_due: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    alt_type: AltType = AltType.LOCATION
    discount: InvoiceDiscount | Unset = UNSET
    title: str | Unset = UNSET
    company_id: str | Unset = UNSET
    invoice_total: float | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    sent_to: InvoiceRecipients | Unset = UNSET
    payment_methods: InvoicePaymentMethods | Unset = UNSET
    attachments: list[InvoiceAttachmentsItem] | Unset = UNSET
    sync_details: list[Any] | Unset = UNSET
    tips_received: list[Any] | Unset = UNSET
    external_transactions: list[Any] | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    automatic_taxes_calculated: bool | Unset = UNSET
    payment_schedule: InvoicePaymentSchedule | Unset = UNSET
    total_summary: InvoiceTotalSummary | Unset = UNSET
    reminders_configuration: RemindersConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        live_mode = self.live_mode

        amount_paid = self.amount_paid

        alt_id = self.alt_id

        alt_type = self.alt_type.value

        name = self.name

        business_details = self.business_details.to_dict()

        invoice_number: int | str
        invoice_number = self.invoice_number

        currency = self.currency

        contact_details = self.contact_details.to_dict()

        issue_date = self.issue_date.isoformat()

        due_date = self.due_date.isoformat()

        invoice_items = []
        for invoice_items_item_data in self.invoice_items:
            invoice_items_item = invoice_items_item_data.to_dict()
            invoice_items.append(invoice_items_item)

        total = self.total

        amount_due = self.amount_due

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        title = self.title

        company_id = self.company_id

        invoice_total = self.invoice_total

        invoice_number_prefix = self.invoice_number_prefix

        sent_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_to, Unset):
            sent_to = self.sent_to.to_dict()

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        sync_details: list[Any] | Unset = UNSET
        if not isinstance(self.sync_details, Unset):
            sync_details = self.sync_details

        tips_received: list[Any] | Unset = UNSET
        if not isinstance(self.tips_received, Unset):
            tips_received = self.tips_received

        external_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.external_transactions, Unset):
            external_transactions = self.external_transactions

        automatic_taxes_enabled = self.automatic_taxes_enabled

        automatic_taxes_calculated = self.automatic_taxes_calculated

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()

        total_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_summary, Unset):
            total_summary = self.total_summary.to_dict()

        reminders_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminders_configuration, Unset):
            reminders_configuration = self.reminders_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
                "liveMode": live_mode,
                "amountPaid": amount_paid,
                "altId": alt_id,
                "altType": alt_type,
                "name": name,
                "businessDetails": business_details,
                "invoiceNumber": invoice_number,
                "currency": currency,
                "contactDetails": contact_details,
                "issueDate": issue_date,
                "dueDate": due_date,
                "invoiceItems": invoice_items,
                "total": total,
                "amountDue": amount_due,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if title is not UNSET:
            field_dict["title"] = title
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if invoice_total is not UNSET:
            field_dict["invoiceTotal"] = invoice_total
        if invoice_number_prefix is not UNSET:
            field_dict["invoiceNumberPrefix"] = invoice_number_prefix
        if sent_to is not UNSET:
            field_dict["sentTo"] = sent_to
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if sync_details is not UNSET:
            field_dict["syncDetails"] = sync_details
        if tips_received is not UNSET:
            field_dict["tipsReceived"] = tips_received
        if external_transactions is not UNSET:
            field_dict["externalTransactions"] = external_transactions
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled
        if automatic_taxes_calculated is not UNSET:
            field_dict["automaticTaxesCalculated"] = automatic_taxes_calculated
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if total_summary is not UNSET:
            field_dict["totalSummary"] = total_summary
        if reminders_configuration is not UNSET:
            field_dict["remindersConfiguration"] = reminders_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the JSON object `src_dict`, checking every field against the spec.

        A bare call reads strictly; inside `decoding.decode(..., strict=False)` (as for success answers) differences
        below the top level are tolerated and recorded (see `decoding`).

        Raises:
            DecodeError: A field breaks the spec, or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        raw = d.pop("_id", ABSENT)
        id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "_id")
        raw = d.pop("status", ABSENT)
        status: InvoiceStatus = read_field(InvoiceStatus.decode, raw, "status")
        raw = d.pop("liveMode", ABSENT)
        live_mode: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "liveMode")
        raw = d.pop("amountPaid", ABSENT)
        amount_paid: float = (
            raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "amountPaid")
        )
        raw = d.pop("altId", ABSENT)
        alt_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "altId")
        raw = d.pop("altType", ABSENT)
        alt_type: AltType = read_field(AltType.decode, raw, "altType", AltType.LOCATION)
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("businessDetails", ABSENT)
        business_details: InvoiceBusinessDetails = read_field(InvoiceBusinessDetails.from_dict, raw, "businessDetails")
        raw = d.pop("invoiceNumber", ABSENT)
        invoice_number: str = raw if type(raw) is str else read_leaf(parse_str_or_int_as_str, raw, "invoiceNumber")
        raw = d.pop("currency", ABSENT)
        currency: str = raw if type(raw) is str else read_leaf(parse_str, raw, "currency")
        raw = d.pop("contactDetails", ABSENT)
        contact_details: InvoiceContactDetails = read_field(InvoiceContactDetails.from_dict, raw, "contactDetails")
        raw = d.pop("issueDate", ABSENT)
        issue_date: datetime.datetime = read_leaf(parse_datetime, raw, "issueDate")
        raw = d.pop("dueDate", ABSENT)
        due_date: datetime.datetime = read_leaf(parse_datetime, raw, "dueDate")
        raw = d.pop("invoiceItems", ABSENT)
        invoice_items: list[InvoiceLineItem] = read_field(
            (lambda v: parse_list(v, InvoiceLineItem.from_dict)), raw, "invoiceItems"
        )
        raw = d.pop("total", ABSENT)
        total: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "total")
        raw = d.pop("amountDue", ABSENT)
        amount_due: float = (
            raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "amountDue")
        )
        raw = d.pop("createdAt", ABSENT)
        created_at: datetime.datetime = read_leaf(parse_datetime, raw, "createdAt")
        raw = d.pop("updatedAt", ABSENT)
        updated_at: datetime.datetime = read_leaf(parse_datetime, raw, "updatedAt")
        raw = d.pop("discount", UNSET)
        discount: InvoiceDiscount | Unset = (
            UNSET if raw is UNSET else read_field(InvoiceDiscount.from_dict, raw, "discount")
        )
        raw = d.pop("title", UNSET)
        title: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "title")
        raw = d.pop("companyId", UNSET)
        company_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "companyId")
        raw = d.pop("invoiceTotal", UNSET)
        invoice_total: float | Unset = (
            raw
            if (type(raw) is float or type(raw) is int) or raw is UNSET
            else read_leaf(parse_float, raw, "invoiceTotal")
        )
        raw = d.pop("invoiceNumberPrefix", UNSET)
        invoice_number_prefix: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "invoiceNumberPrefix")
        )
        raw = d.pop("sentTo", UNSET)
        sent_to: InvoiceRecipients | Unset = (
            UNSET if raw is UNSET else read_field(InvoiceRecipients.from_dict, raw, "sentTo")
        )
        raw = d.pop("paymentMethods", UNSET)
        payment_methods: InvoicePaymentMethods | Unset = (
            UNSET if raw is UNSET else read_field(InvoicePaymentMethods.from_dict, raw, "paymentMethods")
        )
        raw = d.pop("attachments", UNSET)
        attachments: list[InvoiceAttachmentsItem] | Unset = (
            UNSET
            if raw is UNSET
            else read_field((lambda v: parse_list(v, InvoiceAttachmentsItem.from_dict)), raw, "attachments")
        )
        raw = d.pop("syncDetails", UNSET)
        sync_details: list[Any] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_any)), raw, "syncDetails")
        )
        raw = d.pop("tipsReceived", UNSET)
        tips_received: list[Any] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_any)), raw, "tipsReceived")
        )
        raw = d.pop("externalTransactions", UNSET)
        external_transactions: list[Any] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_any)), raw, "externalTransactions")
        )
        raw = d.pop("automaticTaxesEnabled", UNSET)
        automatic_taxes_enabled: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "automaticTaxesEnabled")
        )
        raw = d.pop("automaticTaxesCalculated", UNSET)
        automatic_taxes_calculated: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "automaticTaxesCalculated")
        )
        raw = d.pop("paymentSchedule", UNSET)
        payment_schedule: InvoicePaymentSchedule | Unset = (
            UNSET if raw is UNSET else read_field(InvoicePaymentSchedule.from_dict, raw, "paymentSchedule")
        )
        raw = d.pop("totalSummary", UNSET)
        total_summary: InvoiceTotalSummary | Unset = (
            UNSET if raw is UNSET else read_field(InvoiceTotalSummary.from_dict, raw, "totalSummary")
        )
        raw = d.pop("remindersConfiguration", UNSET)
        reminders_configuration: RemindersConfiguration | Unset = (
            UNSET if raw is UNSET else read_field(RemindersConfiguration.from_dict, raw, "remindersConfiguration")
        )
        invoice_details = cls(
            id=id,
            status=status,
            live_mode=live_mode,
            amount_paid=amount_paid,
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            invoice_number=invoice_number,
            currency=currency,
            contact_details=contact_details,
            issue_date=issue_date,
            due_date=due_date,
            invoice_items=invoice_items,
            total=total,
            amount_due=amount_due,
            created_at=created_at,
            updated_at=updated_at,
            discount=discount,
            title=title,
            company_id=company_id,
            invoice_total=invoice_total,
            invoice_number_prefix=invoice_number_prefix,
            sent_to=sent_to,
            payment_methods=payment_methods,
            attachments=attachments,
            sync_details=sync_details,
            tips_received=tips_received,
            external_transactions=external_transactions,
            automatic_taxes_enabled=automatic_taxes_enabled,
            automatic_taxes_calculated=automatic_taxes_calculated,
            payment_schedule=payment_schedule,
            total_summary=total_summary,
            reminders_configuration=reminders_configuration,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_details.additional_properties = d
        return invoice_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoiceDetailsDict(TypedDict, total=False):
    """`InvoiceDetails` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    _id: Required[str]
    status: Required[InvoiceStatus | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]]
    liveMode: Required[bool]
    amountPaid: Required[float]
    altId: Required[str]
    altType: AltType | Literal["location"]
    name: Required[str]
    businessDetails: Required[InvoiceBusinessDetailsDict]
    invoiceNumber: Required[str | int]
    currency: Required[str]
    contactDetails: Required[InvoiceContactDetailsDict]
    issueDate: Required[str]
    dueDate: Required[str]
    invoiceItems: Required[list[InvoiceLineItemDict]]
    total: Required[float]
    amountDue: Required[float]
    createdAt: Required[str]
    updatedAt: Required[str]
    discount: InvoiceDiscountDict
    title: str
    companyId: str
    invoiceTotal: float
    invoiceNumberPrefix: str
    sentTo: InvoiceRecipientsDict
    paymentMethods: InvoicePaymentMethodsDict
    attachments: list[InvoiceAttachmentsItemDict]
    syncDetails: list[Any]
    tipsReceived: list[Any]
    externalTransactions: list[Any]
    automaticTaxesEnabled: bool
    automaticTaxesCalculated: bool
    paymentSchedule: InvoicePaymentScheduleDict
    totalSummary: InvoiceTotalSummaryDict
    remindersConfiguration: RemindersConfigurationDict


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice_attachments_item import InvoiceAttachmentsItem
    from ..models.invoice_business_details import InvoiceBusinessDetails
    from ..models.invoice_contact_details import InvoiceContactDetails
    from ..models.invoice_discount import InvoiceDiscount
    from ..models.invoice_line_item import InvoiceLineItem
    from ..models.invoice_payment_methods import InvoicePaymentMethods
    from ..models.invoice_payment_schedule import InvoicePaymentSchedule
    from ..models.invoice_recipients import InvoiceRecipients
    from ..models.invoice_total_summary import InvoiceTotalSummary
    from ..models.reminders_configuration import RemindersConfiguration
