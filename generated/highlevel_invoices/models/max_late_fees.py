from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.max_late_fees_type import MaxLateFeesType

T = TypeVar("T", bound="MaxLateFees")


@_attrs_define
class MaxLateFees:
    """Cap on the late fees charged.

    Attributes:
        type_ (MaxLateFeesType):
        value (float): Largest total of late fees, in major units.
    """

    type_: MaxLateFeesType
    value: float

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MaxLateFeesType(d.pop("type"))

        value = d.pop("value")

        max_late_fees = cls(
            type_=type_,
            value=value,
        )

        return max_late_fees
