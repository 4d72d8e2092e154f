from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_any,
    parse_float,
    parse_list,
    required,
)

if TYPE_CHECKING:
    from ..models.paid_charge import PaidCharge


T = TypeVar("T", bound="MiscellaneousCharges")


@_attrs_define
class MiscellaneousCharges:
    """Processing fees and other charges added to the invoice.

    Attributes:
        charges (list[Any]): The configured charges. The page types this `array[]`
            without an element type and its example is `[[null]]`, the doc generator's
            placeholder for an untyped array; the element shape is not documented, so
            any element is accepted.
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
            field_dict["collectedMiscellaneousCharges"] = (
                collected_miscellaneous_charges
            )
        if paid_charges is not UNSET:
            field_dict["paidCharges"] = paid_charges

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
            field_name = "charges"
            charges: list[Any] = parse_list(required(d, "charges"), parse_any)
            field_name = "collectedMiscellaneousCharges"
            raw = d.pop("collectedMiscellaneousCharges", UNSET)
            collected_miscellaneous_charges: float | Unset = (
                raw
                if (type(raw) is float or type(raw) is int) or isinstance(raw, Unset)
                else parse_float(raw)
            )
            field_name = "paidCharges"
            raw = d.pop("paidCharges", UNSET)
            paid_charges: list[PaidCharge] | Unset = (
                UNSET
                if isinstance(raw, Unset)
                else parse_list(raw, PaidCharge.from_dict)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        miscellaneous_charges = cls(
            charges=charges,
            collected_miscellaneous_charges=collected_miscellaneous_charges,
            paid_charges=paid_charges,
        )

        return miscellaneous_charges


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.paid_charge import PaidCharge
