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
from ..models.max_late_fees_type import MaxLateFeesType

T = TypeVar("T", bound="MaxLateFees")


@_attrs_define
class MaxLateFees:
    """Cap on the late fees charged.

    Attributes:
        type_ (MaxLateFeesType):
        value (float): Largest total of late fees, in major units.
    """

    value: float
    type_: MaxLateFeesType = MaxLateFeesType.FIXED

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
        type_: MaxLateFeesType = read_field(MaxLateFeesType.decode, raw, "type", MaxLateFeesType.FIXED)
        raw = d.pop("value", ABSENT)
        value: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "value")
        max_late_fees = cls(
            type_=type_,
            value=value,
        )

        return max_late_fees


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "type",
        "value",
    }
)


class MaxLateFeesDict(TypedDict, total=False):
    """`MaxLateFees` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    type: MaxLateFeesType | Literal["fixed"]
    value: Required[float]
