from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaidCharge")


@_attrs_define
class PaidCharge:
    """
    Attributes:
        name (str):
        charge (float):
        amount (float):
        field_id (str):
    """

    name: str
    charge: float
    amount: float
    field_id: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        charge = self.charge

        amount = self.amount

        field_id = self.field_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "charge": charge,
                "amount": amount,
                "_id": field_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        charge = d.pop("charge")

        amount = d.pop("amount")

        field_id = d.pop("_id")

        paid_charge = cls(
            name=name,
            charge=charge,
            amount=amount,
            field_id=field_id,
        )

        return paid_charge
