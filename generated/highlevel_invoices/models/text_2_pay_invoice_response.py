from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice import Invoice


T = TypeVar("T", bound="Text2PayInvoiceResponse")


@_attrs_define
class Text2PayInvoiceResponse:
    """The invoice as stored, and the link to its payment page.

    Attributes:
        invoice (Invoice): An invoice as the API returns it. The API may add fields not listed here; clients keep them.
        invoice_url (str): Short link to the invoice's hosted payment page.
    """

    invoice: Invoice
    invoice_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        invoice_url = self.invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
                "invoiceUrl": invoice_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice import Invoice

        d = dict(src_dict)
        invoice = Invoice.from_dict(d.pop("invoice"))

        invoice_url = d.pop("invoiceUrl")

        text_2_pay_invoice_response = cls(
            invoice=invoice,
            invoice_url=invoice_url,
        )

        text_2_pay_invoice_response.additional_properties = d
        return text_2_pay_invoice_response

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
