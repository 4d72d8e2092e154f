from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.amount_type import AmountType

T = TypeVar("T", bound="PaymentScheduleInput")


@_attrs_define
class PaymentScheduleInput:
    """Split of the invoice into scheduled payments summing to the total.

    Attributes:
        type_ (AmountType): Whether a value is a fixed amount or a percentage.
        schedules (list[str]):
    """

    type_: AmountType
    schedules: list[str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        schedules = self.schedules

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "schedules": schedules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = AmountType(d.pop("type"))

        schedules = cast(list[str], d.pop("schedules"))

        payment_schedule_input = cls(
            type_=type_,
            schedules=schedules,
        )

        return payment_schedule_input
