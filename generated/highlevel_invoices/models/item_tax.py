from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tax_calculation import TaxCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemTax")


@_attrs_define
class ItemTax:
    """A tax applied to a line item.

    Attributes:
        field_id (str):
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
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        rate = d.pop("rate")

        _calculation = d.pop("calculation", UNSET)
        calculation: TaxCalculation | Unset
        if isinstance(_calculation, Unset):
            calculation = UNSET
        else:
            calculation = TaxCalculation(_calculation)

        description = d.pop("description", UNSET)

        tax_id = d.pop("taxId", UNSET)

        item_tax = cls(
            field_id=field_id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        return item_tax
