from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_date,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.alt_type import AltType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment, AttachmentDict
    from ..models.business_details_input import BusinessDetailsInput, BusinessDetailsInputDict
    from ..models.contact_details_input import ContactDetailsInput, ContactDetailsInputDict
    from ..models.discount_input import DiscountInput, DiscountInputDict
    from ..models.invoice_item_input import InvoiceItemInput, InvoiceItemInputDict
    from ..models.late_fees_configuration import LateFeesConfiguration, LateFeesConfigurationDict
    from ..models.miscellaneous_charges import MiscellaneousCharges, MiscellaneousChargesDict
    from ..models.payment_methods import PaymentMethods, PaymentMethodsDict
    from ..models.payment_schedule_input import PaymentScheduleInput, PaymentScheduleInputDict
    from ..models.sent_to import SentTo, SentToDict
    from ..models.tips_configuration import TipsConfiguration, TipsConfigurationDict


T = TypeVar("T", bound="CreateInvoiceRequest")


@_attrs_define
class CreateInvoiceRequest:
    """An invoice to create, as a draft.

    Attributes:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        name (str): Name of the invoice.
        business_details (BusinessDetailsInput): The issuing business as printed on the invoice.
        currency (str): ISO 4217 currency code of the invoice.
        items (list[InvoiceItemInput]): The invoice's line items.
        discount (DiscountInput): A discount on the invoice, optionally limited to some products.
        contact_details (ContactDetailsInput): The customer the invoice is for.
        issue_date (datetime.date): Issue date, `YYYY-MM-DD`.
        sent_to (SentTo): Where the vendor sends the invoice when `action` is `send`.
        live_mode (bool): `false` creates the invoice in test mode.
        terms_notes (str | Unset): Terms and notes; HTML is allowed.
        title (str | Unset): Title printed on the invoice.
        invoice_number (str | Unset): Number to give the invoice; the location's next number is used when absent.
        due_date (datetime.date | Unset): Due date, `YYYY-MM-DD`.
        automatic_taxes_enabled (bool | Unset): Let the vendor compute taxes automatically.
        payment_schedule (PaymentScheduleInput | Unset): Split of the invoice into scheduled payments summing to the
            total.
        late_fees_configuration (LateFeesConfiguration | Unset):
        tips_configuration (TipsConfiguration | Unset):
        invoice_number_prefix (str | Unset): Prefix printed before the invoice number.
        payment_methods (PaymentMethods | Unset):
        attachments (list[Attachment] | Unset): Files attached to the invoice.
        miscellaneous_charges (MiscellaneousCharges | Unset): Processing fees and other charges added to the invoice.
    """

    alt_id: str
    name: str
    business_details: BusinessDetailsInput
    currency: str
    items: list[InvoiceItemInput]
    discount: DiscountInput
    contact_details: ContactDetailsInput
    issue_date: datetime.date
    sent_to: SentTo
    live_mode: bool
    alt_type: AltType = AltType.LOCATION
    terms_notes: str | Unset = UNSET
    title: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    payment_schedule: PaymentScheduleInput | Unset = UNSET
    late_fees_configuration: LateFeesConfiguration | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    payment_methods: PaymentMethods | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    miscellaneous_charges: MiscellaneousCharges | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        name = self.name

        business_details = self.business_details.to_dict()

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        discount = self.discount.to_dict()

        contact_details = self.contact_details.to_dict()

        issue_date = self.issue_date.isoformat()

        sent_to = self.sent_to.to_dict()

        live_mode = self.live_mode

        terms_notes = self.terms_notes

        title = self.title

        invoice_number = self.invoice_number

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        automatic_taxes_enabled = self.automatic_taxes_enabled

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()

        late_fees_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_fees_configuration, Unset):
            late_fees_configuration = self.late_fees_configuration.to_dict()

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()

        invoice_number_prefix = self.invoice_number_prefix

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        miscellaneous_charges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = self.miscellaneous_charges.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "name": name,
                "businessDetails": business_details,
                "currency": currency,
                "items": items,
                "discount": discount,
                "contactDetails": contact_details,
                "issueDate": issue_date,
                "sentTo": sent_to,
                "liveMode": live_mode,
            }
        )
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes
        if title is not UNSET:
            field_dict["title"] = title
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if late_fees_configuration is not UNSET:
            field_dict["lateFeesConfiguration"] = late_fees_configuration
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration
        if invoice_number_prefix is not UNSET:
            field_dict["invoiceNumberPrefix"] = invoice_number_prefix
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges

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
        if not _FIELDS.issuperset(d):  # first, so that a misspelt key is reported as such, not as a missing one
            reject_unknown([key for key in d if key not in _FIELDS], _FIELDS)
        raw = d.pop("altId", ABSENT)
        alt_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "altId")
        raw = d.pop("altType", ABSENT)
        alt_type: AltType = read_field(AltType.decode, raw, "altType", AltType.LOCATION)
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("businessDetails", ABSENT)
        business_details: BusinessDetailsInput = read_field(BusinessDetailsInput.from_dict, raw, "businessDetails")
        raw = d.pop("currency", ABSENT)
        currency: str = raw if type(raw) is str else read_leaf(parse_str, raw, "currency")
        raw = d.pop("items", ABSENT)
        items: list[InvoiceItemInput] = read_field((lambda v: parse_list(v, InvoiceItemInput.from_dict)), raw, "items")
        raw = d.pop("discount", ABSENT)
        discount: DiscountInput = read_field(DiscountInput.from_dict, raw, "discount")
        raw = d.pop("contactDetails", ABSENT)
        contact_details: ContactDetailsInput = read_field(ContactDetailsInput.from_dict, raw, "contactDetails")
        raw = d.pop("issueDate", ABSENT)
        issue_date: datetime.date = read_leaf(parse_date, raw, "issueDate")
        raw = d.pop("sentTo", ABSENT)
        sent_to: SentTo = read_field(SentTo.from_dict, raw, "sentTo")
        raw = d.pop("liveMode", ABSENT)
        live_mode: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "liveMode")
        raw = d.pop("termsNotes", UNSET)
        terms_notes: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "termsNotes")
        raw = d.pop("title", UNSET)
        title: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "title")
        raw = d.pop("invoiceNumber", UNSET)
        invoice_number: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "invoiceNumber")
        )
        raw = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset = UNSET if raw is UNSET else read_leaf(parse_date, raw, "dueDate")
        raw = d.pop("automaticTaxesEnabled", UNSET)
        automatic_taxes_enabled: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "automaticTaxesEnabled")
        )
        raw = d.pop("paymentSchedule", UNSET)
        payment_schedule: PaymentScheduleInput | Unset = (
            UNSET if raw is UNSET else read_field(PaymentScheduleInput.from_dict, raw, "paymentSchedule")
        )
        raw = d.pop("lateFeesConfiguration", UNSET)
        late_fees_configuration: LateFeesConfiguration | Unset = (
            UNSET if raw is UNSET else read_field(LateFeesConfiguration.from_dict, raw, "lateFeesConfiguration")
        )
        raw = d.pop("tipsConfiguration", UNSET)
        tips_configuration: TipsConfiguration | Unset = (
            UNSET if raw is UNSET else read_field(TipsConfiguration.from_dict, raw, "tipsConfiguration")
        )
        raw = d.pop("invoiceNumberPrefix", UNSET)
        invoice_number_prefix: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "invoiceNumberPrefix")
        )
        raw = d.pop("paymentMethods", UNSET)
        payment_methods: PaymentMethods | Unset = (
            UNSET if raw is UNSET else read_field(PaymentMethods.from_dict, raw, "paymentMethods")
        )
        raw = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = (
            UNSET if raw is UNSET else read_field((lambda v: parse_list(v, Attachment.from_dict)), raw, "attachments")
        )
        raw = d.pop("miscellaneousCharges", UNSET)
        miscellaneous_charges: MiscellaneousCharges | Unset = (
            UNSET if raw is UNSET else read_field(MiscellaneousCharges.from_dict, raw, "miscellaneousCharges")
        )
        create_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            currency=currency,
            items=items,
            discount=discount,
            contact_details=contact_details,
            issue_date=issue_date,
            sent_to=sent_to,
            live_mode=live_mode,
            terms_notes=terms_notes,
            title=title,
            invoice_number=invoice_number,
            due_date=due_date,
            automatic_taxes_enabled=automatic_taxes_enabled,
            payment_schedule=payment_schedule,
            late_fees_configuration=late_fees_configuration,
            tips_configuration=tips_configuration,
            invoice_number_prefix=invoice_number_prefix,
            payment_methods=payment_methods,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        return create_invoice_request


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
        "name",
        "businessDetails",
        "currency",
        "items",
        "discount",
        "contactDetails",
        "issueDate",
        "sentTo",
        "liveMode",
        "termsNotes",
        "title",
        "invoiceNumber",
        "dueDate",
        "automaticTaxesEnabled",
        "paymentSchedule",
        "lateFeesConfiguration",
        "tipsConfiguration",
        "invoiceNumberPrefix",
        "paymentMethods",
        "attachments",
        "miscellaneousCharges",
    }
)


class CreateInvoiceRequestDict(TypedDict, total=False):
    """`CreateInvoiceRequest` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
    name: Required[str]
    businessDetails: Required[BusinessDetailsInputDict]
    currency: Required[str]
    items: Required[list[InvoiceItemInputDict]]
    discount: Required[DiscountInputDict]
    contactDetails: Required[ContactDetailsInputDict]
    issueDate: Required[str]
    sentTo: Required[SentToDict]
    liveMode: Required[bool]
    termsNotes: str
    title: str
    invoiceNumber: str
    dueDate: str
    automaticTaxesEnabled: bool
    paymentSchedule: PaymentScheduleInputDict
    lateFeesConfiguration: LateFeesConfigurationDict
    tipsConfiguration: TipsConfigurationDict
    invoiceNumberPrefix: str
    paymentMethods: PaymentMethodsDict
    attachments: list[AttachmentDict]
    miscellaneousCharges: MiscellaneousChargesDict


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.attachment import Attachment
    from ..models.business_details_input import BusinessDetailsInput
    from ..models.contact_details_input import ContactDetailsInput
    from ..models.discount_input import DiscountInput
    from ..models.invoice_item_input import InvoiceItemInput
    from ..models.late_fees_configuration import LateFeesConfiguration
    from ..models.miscellaneous_charges import MiscellaneousCharges
    from ..models.payment_methods import PaymentMethods
    from ..models.payment_schedule_input import PaymentScheduleInput
    from ..models.sent_to import SentTo
    from ..models.tips_configuration import TipsConfiguration
