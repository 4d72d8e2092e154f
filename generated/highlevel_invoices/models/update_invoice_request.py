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
    from ..models.miscellaneous_charges import MiscellaneousCharges, MiscellaneousChargesDict
    from ..models.payment_methods import PaymentMethods, PaymentMethodsDict
    from ..models.payment_schedule_input import PaymentScheduleInput, PaymentScheduleInputDict
    from ..models.tips_configuration import TipsConfiguration, TipsConfigurationDict
    from ..models.xero_details import XeroDetails, XeroDetailsDict


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """The new contents of an invoice (a full replacement; its line items are `invoiceItems`).

    Attributes:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        name (str): Name of the invoice.
        currency (str): ISO 4217 currency code of the invoice.
        invoice_items (list[InvoiceItemInput]): The invoice's line items (create and text2pay call them `items`).
        issue_date (datetime.date): Issue date, `YYYY-MM-DD`.
        due_date (datetime.date): Due date, `YYYY-MM-DD`.
        title (str | Unset): Title printed on the invoice.
        description (str | Unset): A description of the invoice.
        business_details (BusinessDetailsInput | Unset): The issuing business as printed on the invoice.
        invoice_number (str | Unset): The invoice's number.
        contact_id (str | Unset): Id of the contact the invoice is for.
        contact_details (ContactDetailsInput | Unset): The customer the invoice is for.
        terms_notes (str | Unset): Terms and notes; HTML is allowed.
        discount (DiscountInput | Unset): A discount on the invoice, optionally limited to some products.
        automatic_taxes_enabled (bool | Unset): Let the vendor compute taxes automatically.
        live_mode (bool | Unset): `false` keeps the invoice in test mode.
        payment_schedule (PaymentScheduleInput | Unset): Split of the invoice into scheduled payments summing to the
            total.
        tips_configuration (TipsConfiguration | Unset):
        xero_details (XeroDetails | Unset): Details of the invoice's Xero synchronisation (the vendor documents no
            shape).
        invoice_number_prefix (str | Unset): Prefix printed before the invoice number.
        payment_methods (PaymentMethods | Unset):
        attachments (list[Attachment] | Unset): Files attached to the invoice.
        miscellaneous_charges (MiscellaneousCharges | Unset): Processing fees and other charges added to the invoice.
    """

    alt_id: str
    name: str
    currency: str
    invoice_items: list[InvoiceItemInput]
    issue_date: datetime.date
    due_date: datetime.date
    alt_type: AltType = AltType.LOCATION
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    business_details: BusinessDetailsInput | Unset = UNSET
    invoice_number: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    contact_details: ContactDetailsInput | Unset = UNSET
    terms_notes: str | Unset = UNSET
    discount: DiscountInput | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    live_mode: bool | Unset = UNSET
    payment_schedule: PaymentScheduleInput | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    xero_details: XeroDetails | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    payment_methods: PaymentMethods | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    miscellaneous_charges: MiscellaneousCharges | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        name = self.name

        currency = self.currency

        invoice_items = []
        for invoice_items_item_data in self.invoice_items:
            invoice_items_item = invoice_items_item_data.to_dict()
            invoice_items.append(invoice_items_item)

        issue_date = self.issue_date.isoformat()

        due_date = self.due_date.isoformat()

        title = self.title

        description = self.description

        business_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()

        invoice_number = self.invoice_number

        contact_id = self.contact_id

        contact_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()

        terms_notes = self.terms_notes

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        automatic_taxes_enabled = self.automatic_taxes_enabled

        live_mode = self.live_mode

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()

        xero_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xero_details, Unset):
            xero_details = self.xero_details.to_dict()

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
                "currency": currency,
                "invoiceItems": invoice_items,
                "issueDate": issue_date,
                "dueDate": due_date,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if business_details is not UNSET:
            field_dict["businessDetails"] = business_details
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if contact_details is not UNSET:
            field_dict["contactDetails"] = contact_details
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes
        if discount is not UNSET:
            field_dict["discount"] = discount
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration
        if xero_details is not UNSET:
            field_dict["xeroDetails"] = xero_details
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
        raw = d.pop("currency", ABSENT)
        currency: str = raw if type(raw) is str else read_leaf(parse_str, raw, "currency")
        raw = d.pop("invoiceItems", ABSENT)
        invoice_items: list[InvoiceItemInput] = read_field(
            (lambda v: parse_list(v, InvoiceItemInput.from_dict)), raw, "invoiceItems"
        )
        raw = d.pop("issueDate", ABSENT)
        issue_date: datetime.date = read_leaf(parse_date, raw, "issueDate")
        raw = d.pop("dueDate", ABSENT)
        due_date: datetime.date = read_leaf(parse_date, raw, "dueDate")
        raw = d.pop("title", UNSET)
        title: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "title")
        raw = d.pop("description", UNSET)
        description: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "description")
        raw = d.pop("businessDetails", UNSET)
        business_details: BusinessDetailsInput | Unset = (
            UNSET if raw is UNSET else read_field(BusinessDetailsInput.from_dict, raw, "businessDetails")
        )
        raw = d.pop("invoiceNumber", UNSET)
        invoice_number: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "invoiceNumber")
        )
        raw = d.pop("contactId", UNSET)
        contact_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "contactId")
        raw = d.pop("contactDetails", UNSET)
        contact_details: ContactDetailsInput | Unset = (
            UNSET if raw is UNSET else read_field(ContactDetailsInput.from_dict, raw, "contactDetails")
        )
        raw = d.pop("termsNotes", UNSET)
        terms_notes: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "termsNotes")
        raw = d.pop("discount", UNSET)
        discount: DiscountInput | Unset = (
            UNSET if raw is UNSET else read_field(DiscountInput.from_dict, raw, "discount")
        )
        raw = d.pop("automaticTaxesEnabled", UNSET)
        automatic_taxes_enabled: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "automaticTaxesEnabled")
        )
        raw = d.pop("liveMode", UNSET)
        live_mode: bool | Unset = raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "liveMode")
        raw = d.pop("paymentSchedule", UNSET)
        payment_schedule: PaymentScheduleInput | Unset = (
            UNSET if raw is UNSET else read_field(PaymentScheduleInput.from_dict, raw, "paymentSchedule")
        )
        raw = d.pop("tipsConfiguration", UNSET)
        tips_configuration: TipsConfiguration | Unset = (
            UNSET if raw is UNSET else read_field(TipsConfiguration.from_dict, raw, "tipsConfiguration")
        )
        raw = d.pop("xeroDetails", UNSET)
        xero_details: XeroDetails | Unset = (
            UNSET if raw is UNSET else read_field(XeroDetails.from_dict, raw, "xeroDetails")
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
        update_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            currency=currency,
            invoice_items=invoice_items,
            issue_date=issue_date,
            due_date=due_date,
            title=title,
            description=description,
            business_details=business_details,
            invoice_number=invoice_number,
            contact_id=contact_id,
            contact_details=contact_details,
            terms_notes=terms_notes,
            discount=discount,
            automatic_taxes_enabled=automatic_taxes_enabled,
            live_mode=live_mode,
            payment_schedule=payment_schedule,
            tips_configuration=tips_configuration,
            xero_details=xero_details,
            invoice_number_prefix=invoice_number_prefix,
            payment_methods=payment_methods,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        return update_invoice_request


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
        "name",
        "currency",
        "invoiceItems",
        "issueDate",
        "dueDate",
        "title",
        "description",
        "businessDetails",
        "invoiceNumber",
        "contactId",
        "contactDetails",
        "termsNotes",
        "discount",
        "automaticTaxesEnabled",
        "liveMode",
        "paymentSchedule",
        "tipsConfiguration",
        "xeroDetails",
        "invoiceNumberPrefix",
        "paymentMethods",
        "attachments",
        "miscellaneousCharges",
    }
)


class UpdateInvoiceRequestDict(TypedDict, total=False):
    """`UpdateInvoiceRequest` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
    name: Required[str]
    currency: Required[str]
    invoiceItems: Required[list[InvoiceItemInputDict]]
    issueDate: Required[str]
    dueDate: Required[str]
    title: str
    description: str
    businessDetails: BusinessDetailsInputDict
    invoiceNumber: str
    contactId: str
    contactDetails: ContactDetailsInputDict
    termsNotes: str
    discount: DiscountInputDict
    automaticTaxesEnabled: bool
    liveMode: bool
    paymentSchedule: PaymentScheduleInputDict
    tipsConfiguration: TipsConfigurationDict
    xeroDetails: XeroDetailsDict
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
    from ..models.miscellaneous_charges import MiscellaneousCharges
    from ..models.payment_methods import PaymentMethods
    from ..models.payment_schedule_input import PaymentScheduleInput
    from ..models.tips_configuration import TipsConfiguration
    from ..models.xero_details import XeroDetails
