from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_bool,
    parse_float,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
    present,
)

if TYPE_CHECKING:
    from ..models.invoice_line_item_tax import InvoiceLineItemTax


T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """A stored line item (optional parts sent as null come back as null).

    Attributes:
        field_id (str):
        name (str):
        currency (str):
        amount (float):
        qty (float):
        description (None | str | Unset):
        product_id (None | str | Unset):
        price_id (None | str | Unset):
        taxes (list[InvoiceLineItemTax] | None | Unset):
        tax_inclusive (bool | Unset): The amount already includes the item's taxes.
    """

    field_id: str
    name: str
    currency: str
    amount: float
    qty: float
    description: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    price_id: None | str | Unset = UNSET
    taxes: list[InvoiceLineItemTax] | None | Unset = UNSET
    tax_inclusive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        currency = self.currency

        amount = self.amount

        qty = self.qty

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        price_id: None | str | Unset
        if isinstance(self.price_id, Unset):
            price_id = UNSET
        else:
            price_id = self.price_id

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        tax_inclusive = self.tax_inclusive

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
        if tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = tax_inclusive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the JSON object `src_dict`, checking every field against the spec.

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "_id"
            raw = d.pop("_id", ABSENT)
            field_id: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "name"
            raw = d.pop("name", ABSENT)
            name: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "currency"
            raw = d.pop("currency", ABSENT)
            currency: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "amount"
            raw = d.pop("amount", ABSENT)
            amount: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "qty"
            raw = d.pop("qty", ABSENT)
            qty: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "description"
            raw = d.pop("description", UNSET)
            description: None | str | Unset = (
                raw
                if (raw is None or type(raw) is str) or isinstance(raw, Unset)
                else parse_union(raw, parse_str, parse_none)
            )
            field_name = "productId"
            raw = d.pop("productId", UNSET)
            product_id: None | str | Unset = (
                raw
                if (raw is None or type(raw) is str) or isinstance(raw, Unset)
                else parse_union(raw, parse_str, parse_none)
            )
            field_name = "priceId"
            raw = d.pop("priceId", UNSET)
            price_id: None | str | Unset = (
                raw
                if (raw is None or type(raw) is str) or isinstance(raw, Unset)
                else parse_union(raw, parse_str, parse_none)
            )
            field_name = "taxes"
            raw = d.pop("taxes", UNSET)
            taxes: list[InvoiceLineItemTax] | None | Unset = (
                raw
                if raw is None or isinstance(raw, Unset)
                else parse_union(
                    raw,
                    (lambda v: parse_list(v, InvoiceLineItemTax.from_dict)),
                    parse_none,
                )
            )
            field_name = "taxInclusive"
            raw = d.pop("taxInclusive", UNSET)
            tax_inclusive: bool | Unset = (
                raw if type(raw) is bool or isinstance(raw, Unset) else parse_bool(raw)
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
            tax_inclusive=tax_inclusive,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_line_item.additional_properties = d
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


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.invoice_line_item_tax import InvoiceLineItemTax
