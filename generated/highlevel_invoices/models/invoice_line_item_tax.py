from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_none,
    parse_str,
    parse_union,
    read_leaf,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItemTax")


@_attrs_define
class InvoiceLineItemTax:
    """A tax as stored on a line item (optional parts sent as null come back as null).

    Attributes:
        id (str):
        name (str):
        rate (float):
        calculation (None | str | Unset):
        description (None | str | Unset):
        tax_id (None | str | Unset):
    """

    id: str
    name: str
    rate: float
    calculation: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rate = self.rate

        calculation: None | str | Unset
        if isinstance(self.calculation, Unset):
            calculation = UNSET
        else:
            calculation = self.calculation

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "rate": rate,
            }
        )
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
        if description is not UNSET:
            field_dict["description"] = description
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

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
        raw = d.pop("rate", ABSENT)
        rate: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "rate")
        raw = d.pop("calculation", UNSET)
        calculation: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "calculation")
        )
        raw = d.pop("description", UNSET)
        description: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "description")
        )
        raw = d.pop("taxId", UNSET)
        tax_id: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "taxId")
        )
        invoice_line_item_tax = cls(
            id=id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_line_item_tax.additional_properties = d
        return invoice_line_item_tax

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


class InvoiceLineItemTaxDict(TypedDict, total=False):
    """`InvoiceLineItemTax` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    _id: Required[str]
    name: Required[str]
    rate: Required[float]
    calculation: str | None
    description: str | None
    taxId: str | None
