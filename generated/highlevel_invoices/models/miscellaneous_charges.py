from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_any,
    parse_float,
    parse_list,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paid_charge import PaidCharge, PaidChargeDict


T = TypeVar("T", bound="MiscellaneousCharges")


@_attrs_define
class MiscellaneousCharges:
    """Processing fees and other charges added to the invoice.

    Attributes:
        charges (list[Any]): The configured charges. The page types this `array[]` without an element type and its
            example is `[[null]]`, the doc generator's placeholder for an untyped array; the element shape is not
            documented, so any element is accepted.
        collected_miscellaneous_charges (float | Unset):
        paid_charges (list[PaidCharge] | Unset):
    """

    charges: list[Any]
    collected_miscellaneous_charges: float | Unset = UNSET
    paid_charges: list[PaidCharge] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        charges = self.charges

        collected_miscellaneous_charges = self.collected_miscellaneous_charges

        paid_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paid_charges, Unset):
            paid_charges = []
            for paid_charges_item_data in self.paid_charges:
                paid_charges_item = paid_charges_item_data.to_dict()
                paid_charges.append(paid_charges_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "charges": charges,
            }
        )
        if collected_miscellaneous_charges is not UNSET:
            field_dict["collectedMiscellaneousCharges"] = collected_miscellaneous_charges
        if paid_charges is not UNSET:
            field_dict["paidCharges"] = paid_charges

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
        raw = d.pop("charges", ABSENT)
        charges: list[Any] = read_leaf((lambda v: parse_list(v, parse_any)), raw, "charges")
        raw = d.pop("collectedMiscellaneousCharges", UNSET)
        collected_miscellaneous_charges: float | Unset = (
            raw
            if (type(raw) is float or type(raw) is int) or raw is UNSET
            else read_leaf(parse_float, raw, "collectedMiscellaneousCharges")
        )
        raw = d.pop("paidCharges", UNSET)
        paid_charges: list[PaidCharge] | Unset = (
            UNSET if raw is UNSET else read_field((lambda v: parse_list(v, PaidCharge.from_dict)), raw, "paidCharges")
        )
        miscellaneous_charges = cls(
            charges=charges,
            collected_miscellaneous_charges=collected_miscellaneous_charges,
            paid_charges=paid_charges,
        )

        return miscellaneous_charges


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "charges",
        "collectedMiscellaneousCharges",
        "paidCharges",
    }
)


class MiscellaneousChargesDict(TypedDict, total=False):
    """`MiscellaneousCharges` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    charges: Required[list[Any]]
    collectedMiscellaneousCharges: float
    paidCharges: list[PaidChargeDict]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.paid_charge import PaidCharge
