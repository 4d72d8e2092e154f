from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.late_fees_interval import LateFeesInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="LateFeesFrequency")


@_attrs_define
class LateFeesFrequency:
    """
    Attributes:
        interval (LateFeesInterval):
        interval_count (float | Unset):
    """

    interval: LateFeesInterval
    interval_count: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "interval": interval,
            }
        )
        if interval_count is not UNSET:
            field_dict["intervalCount"] = interval_count

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
        raw = d.pop("interval", ABSENT)
        interval: LateFeesInterval = read_field(LateFeesInterval.decode, raw, "interval")
        raw = d.pop("intervalCount", UNSET)
        interval_count: float | Unset = (
            raw
            if (type(raw) is float or type(raw) is int) or raw is UNSET
            else read_leaf(parse_float, raw, "intervalCount")
        )
        late_fees_frequency = cls(
            interval=interval,
            interval_count=interval_count,
        )

        return late_fees_frequency


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "interval",
        "intervalCount",
    }
)


class LateFeesFrequencyDict(TypedDict, total=False):
    """`LateFeesFrequency` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    interval: Required[LateFeesInterval | Literal["minute", "hour", "day", "week", "month", "one_time"]]
    intervalCount: float
