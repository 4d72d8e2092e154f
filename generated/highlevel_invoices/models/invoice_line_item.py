from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item_tax import InvoiceLineItemTax, InvoiceLineItemTaxDict


T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """A stored line item (optional parts sent as null come back as null).

    Attributes:
        id (str):
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

    id: str
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
        id = self.id

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
                "_id": id,
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
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("currency", ABSENT)
        currency: str = raw if type(raw) is str else read_leaf(parse_str, raw, "currency")
        raw = d.pop("amount", ABSENT)
        amount: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "amount")
        raw = d.pop("qty", ABSENT)
        qty: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "qty")
        raw = d.pop("description", UNSET)
        description: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "description")
        )
        raw = d.pop("productId", UNSET)
        product_id: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "productId")
        )
        raw = d.pop("priceId", UNSET)
        price_id: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "priceId")
        )
        raw = d.pop("taxes", UNSET)
        taxes: list[InvoiceLineItemTax] | None | Unset = (
            raw
            if raw is None or raw is UNSET
            else read_field(
                (lambda v: parse_union(v, (lambda v: parse_list(v, InvoiceLineItemTax.from_dict)), parse_none)),
                raw,
                "taxes",
            )
        )
        raw = d.pop("taxInclusive", UNSET)
        tax_inclusive: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "taxInclusive")
        )
        invoice_line_item = cls(
            id=id,
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


class InvoiceLineItemDict(TypedDict, total=False):
    """`InvoiceLineItem` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    _id: Required[str]
    name: Required[str]
    currency: Required[str]
    amount: Required[float]
    qty: Required[float]
    description: str | None
    productId: str | None
    priceId: str | None
    taxes: list[InvoiceLineItemTaxDict] | None
    taxInclusive: bool


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice_line_item_tax import InvoiceLineItemTax
