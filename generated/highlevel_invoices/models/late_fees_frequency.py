from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.late_fees_interval import LateFeesInterval
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_enum,
    parse_float,
    required,
)

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
            field_name = "interval"
            interval: LateFeesInterval = parse_enum(
                LateFeesInterval, required(d, "interval")
            )
            field_name = "intervalCount"
            raw = d.pop("intervalCount", UNSET)
            interval_count: float | Unset = (
                raw
                if (type(raw) is float or type(raw) is int) or isinstance(raw, Unset)
                else parse_float(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        late_fees_frequency = cls(
            interval=interval,
            interval_count=interval_count,
        )

        return late_fees_frequency
