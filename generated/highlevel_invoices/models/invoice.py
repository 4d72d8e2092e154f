from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_type import AltType
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_business_details import InvoiceBusinessDetails
    from ..models.invoice_contact_details import InvoiceContactDetails
    from ..models.invoice_discount import InvoiceDiscount
    from ..models.invoice_line_item import InvoiceLineItem
    from ..models.invoice_payment_schedule import InvoicePaymentSchedule


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice as the API returns it. The API may add fields not listed here; clients keep them.

    Attributes:
        field_id (str):
        status (InvoiceStatus):
        live_mode (bool):
        amount_paid (float):
        alt_id (str):
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        name (str):
        business_details (InvoiceBusinessDetails): The issuing business as stored on the invoice.
        invoice_number (int | str): An invoice number. The vendor documents it as a number but shows it as a string
            everywhere; the live wire
            type is not yet confirmed, so both forms are accepted. The generated client always hands it over as a string.
        currency (str):
        contact_details (InvoiceContactDetails): The customer as stored on the invoice.
        issue_date (datetime.date):
        due_date (datetime.date):
        invoice_items (list[InvoiceLineItem]):
        total (float):
        title (str):
        amount_due (float): `total - amountPaid`.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        discount (InvoiceDiscount | Unset):
        automatic_taxes_enabled (bool | Unset):
        automatic_taxes_calculated (bool | Unset):
        payment_schedule (InvoicePaymentSchedule | Unset): The payment schedule, empty when none was given.
    """

    field_id: str
    status: InvoiceStatus
    live_mode: bool
    amount_paid: float
    alt_id: str
    alt_type: AltType
    name: str
    business_details: InvoiceBusinessDetails
    invoice_number: int | str
    currency: str
    contact_details: InvoiceContactDetails
    issue_date: datetime.date
    due_date: datetime.date
    invoice_items: list[InvoiceLineItem]
    total: float
    title: str
    amount_due: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    discount: InvoiceDiscount | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    automatic_taxes_calculated: bool | Unset = UNSET
    payment_schedule: InvoicePaymentSchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

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

        title = self.title

        amount_due = self.amount_due

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        automatic_taxes_enabled = self.automatic_taxes_enabled

        automatic_taxes_calculated = self.automatic_taxes_calculated

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
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
                "title": title,
                "amountDue": amount_due,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled
        if automatic_taxes_calculated is not UNSET:
            field_dict["automaticTaxesCalculated"] = automatic_taxes_calculated
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_business_details import InvoiceBusinessDetails
        from ..models.invoice_contact_details import InvoiceContactDetails
        from ..models.invoice_discount import InvoiceDiscount
        from ..models.invoice_line_item import InvoiceLineItem
        from ..models.invoice_payment_schedule import InvoicePaymentSchedule

        d = dict(src_dict)
        field_id = d.pop("_id")

        status = InvoiceStatus(d.pop("status"))

        live_mode = d.pop("liveMode")

        amount_paid = d.pop("amountPaid")

        alt_id = d.pop("altId")

        alt_type = AltType(d.pop("altType"))

        name = d.pop("name")

        business_details = InvoiceBusinessDetails.from_dict(d.pop("businessDetails"))

        def _parse_invoice_number(data: object) -> int | str:
            return cast(int | str, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber"))

        currency = d.pop("currency")

        contact_details = InvoiceContactDetails.from_dict(d.pop("contactDetails"))

        issue_date = datetime.date.fromisoformat(d.pop("issueDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        invoice_items = []
        _invoice_items = d.pop("invoiceItems")
        for invoice_items_item_data in _invoice_items:
            invoice_items_item = InvoiceLineItem.from_dict(invoice_items_item_data)

            invoice_items.append(invoice_items_item)

        total = d.pop("total")

        title = d.pop("title")

        amount_due = d.pop("amountDue")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _discount = d.pop("discount", UNSET)
        discount: InvoiceDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = InvoiceDiscount.from_dict(_discount)

        automatic_taxes_enabled = d.pop("automaticTaxesEnabled", UNSET)

        automatic_taxes_calculated = d.pop("automaticTaxesCalculated", UNSET)

        _payment_schedule = d.pop("paymentSchedule", UNSET)
        payment_schedule: InvoicePaymentSchedule | Unset
        if isinstance(_payment_schedule, Unset):
            payment_schedule = UNSET
        else:
            payment_schedule = InvoicePaymentSchedule.from_dict(_payment_schedule)

        invoice = cls(
            field_id=field_id,
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
            title=title,
            amount_due=amount_due,
            created_at=created_at,
            updated_at=updated_at,
            discount=discount,
            automatic_taxes_enabled=automatic_taxes_enabled,
            automatic_taxes_calculated=automatic_taxes_calculated,
            payment_schedule=payment_schedule,
        )

        invoice.additional_properties = d
        return invoice

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
