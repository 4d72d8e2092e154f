from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
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
        raw = d.pop("type", ABSENT)
        type_: AmountType = read_field(AmountType.decode, raw, "type")
        raw = d.pop("schedules", ABSENT)
        schedules: list[str] = read_leaf((lambda v: parse_list(v, parse_str)), raw, "schedules")
        payment_schedule_input = cls(
            type_=type_,
            schedules=schedules,
        )

        return payment_schedule_input


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "type",
        "schedules",
    }
)


class PaymentScheduleInputDict(TypedDict, total=False):
    """`PaymentScheduleInput` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    type: Required[AmountType | Literal["fixed", "percentage"]]
    schedules: Required[list[str]]
