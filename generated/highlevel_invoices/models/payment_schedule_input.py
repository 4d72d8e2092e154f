from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.amount_type import AmountType
from ..types import (
    DecodeError,
    parse_enum,
    parse_list,
    parse_str,
    required,
)

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
            field_name = "type"
            type_: AmountType = parse_enum(AmountType, required(d, "type"))
            field_name = "schedules"
            schedules: list[str] = parse_list(required(d, "schedules"), parse_str)
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        payment_schedule_input = cls(
            type_=type_,
            schedules=schedules,
        )

        return payment_schedule_input
