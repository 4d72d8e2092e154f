from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        interval = LateFeesInterval(d.pop("interval"))

        interval_count = d.pop("intervalCount", UNSET)

        late_fees_frequency = cls(
            interval=interval,
            interval_count=interval_count,
        )

        return late_fees_frequency
