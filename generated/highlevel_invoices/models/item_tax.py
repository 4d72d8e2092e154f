from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tax_calculation import TaxCalculation
from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_enum,
    parse_float,
    parse_str,
    present,
)

T = TypeVar("T", bound="ItemTax")


@_attrs_define
class ItemTax:
    """A tax applied to a line item.

    Attributes:
        field_id (str): Id of the tax; any non-empty string is accepted (the service
            does not check it names a tax).
        name (str):
        rate (float): Percentage rate (8.25 means 8.25%).
        calculation (TaxCalculation | Unset):
        description (str | Unset):
        tax_id (str | Unset):
    """

    field_id: str
    name: str
    rate: float
    calculation: TaxCalculation | Unset = UNSET
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        rate = self.rate

        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation.value

        description = self.description

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "_id": field_id,
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
            field_name = "rate"
            raw = d.pop("rate", ABSENT)
            rate: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "calculation"
            raw = d.pop("calculation", UNSET)
            calculation: TaxCalculation | Unset = (
                UNSET if isinstance(raw, Unset) else parse_enum(TaxCalculation, raw)
            )
            field_name = "description"
            raw = d.pop("description", UNSET)
            description: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "taxId"
            raw = d.pop("taxId", UNSET)
            tax_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        item_tax = cls(
            field_id=field_id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        return item_tax
