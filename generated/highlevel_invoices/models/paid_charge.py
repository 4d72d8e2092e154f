from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_str,
    present,
)

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
            field_name = "name"
            raw = d.pop("name", ABSENT)
            name: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "charge"
            raw = d.pop("charge", ABSENT)
            charge: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "amount"
            raw = d.pop("amount", ABSENT)
            amount: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "_id"
            raw = d.pop("_id", ABSENT)
            field_id: str = raw if type(raw) is str else parse_str(present(raw))
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        paid_charge = cls(
            name=name,
            charge=charge,
            amount=amount,
            field_id=field_id,
        )

        return paid_charge
