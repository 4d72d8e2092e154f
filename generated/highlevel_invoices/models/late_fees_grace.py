from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.grace_interval import GraceInterval
from ..types import (
    ABSENT,
    DecodeError,
    parse_enum,
    parse_float,
    present,
    required,
)

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
            field_name = "intervalCount"
            raw = d.pop("intervalCount", ABSENT)
            interval_count: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "interval"
            interval: GraceInterval = parse_enum(GraceInterval, required(d, "interval"))
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        late_fees_grace = cls(
            interval_count=interval_count,
            interval=interval,
        )

        return late_fees_grace
