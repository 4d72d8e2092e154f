from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.grace_interval import GraceInterval

T = TypeVar("T", bound="LateFeesGrace")


@_attrs_define
class LateFeesGrace:
    """
    Attributes:
        interval_count (float):
        interval (GraceInterval):
    """

    interval_count: float
    interval: GraceInterval

    def to_dict(self) -> dict[str, Any]:
        interval_count = self.interval_count

        interval = self.interval.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intervalCount": interval_count,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interval_count = d.pop("intervalCount")

        interval = GraceInterval(d.pop("interval"))

        late_fees_grace = cls(
            interval_count=interval_count,
            interval=interval,
        )

        return late_fees_grace
