from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_float,
    parse_str,
)

T = TypeVar("T", bound="InvoiceLineItemTax")


@_attrs_define
class InvoiceLineItemTax:
    """A tax as stored on a line item.

    Attributes:
        field_id (str | Unset):
        name (str | Unset):
        rate (float | Unset):
        calculation (str | Unset):
        description (str | Unset):
        tax_id (str | Unset):
    """

    field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    calculation: str | Unset = UNSET
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        rate = self.rate

        calculation = self.calculation

        description = self.description

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
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
            raw = d.pop("_id", UNSET)
            field_id: str | Unset = UNSET if isinstance(raw, Unset) else parse_str(raw)
            field_name = "name"
            raw = d.pop("name", UNSET)
            name: str | Unset = UNSET if isinstance(raw, Unset) else parse_str(raw)
            field_name = "rate"
            raw = d.pop("rate", UNSET)
            rate: float | Unset = UNSET if isinstance(raw, Unset) else parse_float(raw)
            field_name = "calculation"
            raw = d.pop("calculation", UNSET)
            calculation: str | Unset = (
                UNSET if isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "description"
            raw = d.pop("description", UNSET)
            description: str | Unset = (
                UNSET if isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "taxId"
            raw = d.pop("taxId", UNSET)
            tax_id: str | Unset = UNSET if isinstance(raw, Unset) else parse_str(raw)
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        invoice_line_item_tax = cls(
            field_id=field_id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_properties[prop_name] = prop_dict
            except DecodeError as exc:
                exc.prepend(prop_name)
                raise
        invoice_line_item_tax.additional_properties = additional_properties
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
