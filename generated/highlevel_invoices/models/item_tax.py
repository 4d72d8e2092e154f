from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.tax_calculation import TaxCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemTax")


@_attrs_define
class ItemTax:
    """A tax applied to a line item.

    Attributes:
        id (str): Id of the tax; any non-empty string is accepted (the service does not check it names a tax).
        name (str):
        rate (float): Percentage rate (8.25 means 8.25%).
        calculation (TaxCalculation | Unset):
        description (str | Unset):
        tax_id (str | Unset):
    """

    id: str
    name: str
    rate: float
    calculation: TaxCalculation | Unset = UNSET
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
        if not _FIELDS.issuperset(d):  # first, so that a misspelt key is reported as such, not as a missing one
            reject_unknown([key for key in d if key not in _FIELDS], _FIELDS)
        raw = d.pop("_id", ABSENT)
        id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "_id")
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("rate", ABSENT)
        rate: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "rate")
        raw = d.pop("calculation", UNSET)
        calculation: TaxCalculation | Unset = (
            UNSET if raw is UNSET else read_field(TaxCalculation.decode, raw, "calculation")
        )
        raw = d.pop("description", UNSET)
        description: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "description")
        raw = d.pop("taxId", UNSET)
        tax_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "taxId")
        item_tax = cls(
            id=id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        return item_tax


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "_id",
        "name",
        "rate",
        "calculation",
        "description",
        "taxId",
    }
)


class ItemTaxDict(TypedDict, total=False):
    """`ItemTax` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    _id: Required[str]
    name: Required[str]
    rate: Required[float]
    calculation: TaxCalculation | Literal["exclusive"]
    description: str
    taxId: str
