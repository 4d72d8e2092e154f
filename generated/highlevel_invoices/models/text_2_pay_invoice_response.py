from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecodeError,
    parse_str,
    required,
)

if TYPE_CHECKING:
    from ..models.invoice import Invoice


T = TypeVar("T", bound="Text2PayInvoiceResponse")


@_attrs_define
class Text2PayInvoiceResponse:
    """The invoice as stored, and the link to its payment page.

    Attributes:
        invoice (Invoice): An invoice as the API returns it. The API may add fields
            not listed here; clients keep them.
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
        """Read the JSON object `src_dict`, checking every field against the spec.

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        from ..models.invoice import Invoice

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "invoice"
            invoice: Invoice = Invoice.from_dict(required(d, "invoice"))
            field_name = "invoiceUrl"
            invoice_url: str = parse_str(required(d, "invoiceUrl"))
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        text_2_pay_invoice_response = cls(
            invoice=invoice,
            invoice_url=invoice_url,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_properties[prop_name] = prop_dict
            except DecodeError as exc:
                exc.prepend(prop_name)
                raise
        text_2_pay_invoice_response.additional_properties = additional_properties
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
