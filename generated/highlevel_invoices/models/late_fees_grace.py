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
    interval: GraceInterval = GraceInterval.DAY

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
        raw = d.pop("intervalCount", ABSENT)
        interval_count: float = (
            raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "intervalCount")
        )
        raw = d.pop("interval", ABSENT)
        interval: GraceInterval = read_field(GraceInterval.decode, raw, "interval", GraceInterval.DAY)
        late_fees_grace = cls(
            interval_count=interval_count,
            interval=interval,
        )

        return late_fees_grace


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "intervalCount",
        "interval",
    }
)


class LateFeesGraceDict(TypedDict, total=False):
    """`LateFeesGrace` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    intervalCount: Required[float]
    interval: GraceInterval | Literal["day"]
