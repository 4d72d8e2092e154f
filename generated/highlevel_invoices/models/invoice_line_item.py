from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_float,
    parse_list,
    parse_str,
    required,
)

if TYPE_CHECKING:
    from ..models.invoice_line_item_tax import InvoiceLineItemTax


T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """A stored line item.

    Attributes:
        field_id (str):
        name (str):
        currency (str):
        amount (float):
        qty (float):
        description (str | Unset):
        product_id (str | Unset):
        price_id (str | Unset):
        taxes (list[InvoiceLineItemTax] | Unset):
    """

    field_id: str
    name: str
    currency: str
    amount: float
    qty: float
    description: str | Unset = UNSET
    product_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
    taxes: list[InvoiceLineItemTax] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        currency = self.currency

        amount = self.amount

        qty = self.qty

        description = self.description

        product_id = self.product_id

        price_id = self.price_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "currency": currency,
                "amount": amount,
                "qty": qty,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if price_id is not UNSET:
            field_dict["priceId"] = price_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the JSON object `src_dict`, checking every field against the spec.

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        from ..models.invoice_line_item_tax import InvoiceLineItemTax

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "_id"
            field_id: str = parse_str(required(d, "_id"))
            field_name = "name"
            name: str = parse_str(required(d, "name"))
            field_name = "currency"
            currency: str = parse_str(required(d, "currency"))
            field_name = "amount"
            amount: float = parse_float(required(d, "amount"))
            field_name = "qty"
            qty: float = parse_float(required(d, "qty"))
            field_name = "description"
            raw = d.pop("description", UNSET)
            description: str | Unset = (
                UNSET if isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "productId"
            raw = d.pop("productId", UNSET)
            product_id: str | Unset = (
                UNSET if isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "priceId"
            raw = d.pop("priceId", UNSET)
            price_id: str | Unset = UNSET if isinstance(raw, Unset) else parse_str(raw)
            field_name = "taxes"
            raw = d.pop("taxes", UNSET)
            taxes: list[InvoiceLineItemTax] | Unset = (
                UNSET
                if isinstance(raw, Unset)
                else parse_list(raw, (lambda v: InvoiceLineItemTax.from_dict(v)))
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        invoice_line_item = cls(
            field_id=field_id,
            name=name,
            currency=currency,
            amount=amount,
            qty=qty,
            description=description,
            product_id=product_id,
            price_id=price_id,
            taxes=taxes,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_properties[prop_name] = prop_dict
            except DecodeError as exc:
                exc.prepend(prop_name)
                raise
        invoice_line_item.additional_properties = additional_properties
        return invoice_line_item

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
