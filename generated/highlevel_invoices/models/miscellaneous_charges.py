from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.miscellaneous_charges_charges_item import MiscellaneousChargesChargesItem
    from ..models.paid_charge import PaidCharge


T = TypeVar("T", bound="MiscellaneousCharges")


@_attrs_define
class MiscellaneousCharges:
    """Processing fees and other charges added to the invoice.

    Attributes:
        charges (list[MiscellaneousChargesChargesItem]): The configured charges.
        collected_miscellaneous_charges (float | Unset):
        paid_charges (list[PaidCharge] | Unset):
    """

    charges: list[MiscellaneousChargesChargesItem]
    collected_miscellaneous_charges: float | Unset = UNSET
    paid_charges: list[PaidCharge] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        charges = []
        for charges_item_data in self.charges:
            charges_item = charges_item_data.to_dict()
            charges.append(charges_item)

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
        from ..models.miscellaneous_charges_charges_item import MiscellaneousChargesChargesItem
        from ..models.paid_charge import PaidCharge

        d = dict(src_dict)
        charges = []
        _charges = d.pop("charges")
        for charges_item_data in _charges:
            charges_item = MiscellaneousChargesChargesItem.from_dict(charges_item_data)

            charges.append(charges_item)

        collected_miscellaneous_charges = d.pop("collectedMiscellaneousCharges", UNSET)

        _paid_charges = d.pop("paidCharges", UNSET)
        paid_charges: list[PaidCharge] | Unset = UNSET
        if _paid_charges is not UNSET:
            paid_charges = []
            for paid_charges_item_data in _paid_charges:
                paid_charges_item = PaidCharge.from_dict(paid_charges_item_data)

                paid_charges.append(paid_charges_item)

        miscellaneous_charges = cls(
            charges=charges,
            collected_miscellaneous_charges=collected_miscellaneous_charges,
            paid_charges=paid_charges,
        )

        return miscellaneous_charges
