from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_list,
    read_leaf,
    reject_unknown,
)

T = TypeVar("T", bound="TipsConfiguration")


@_attrs_define
class TipsConfiguration:
    """
    Attributes:
        tips_percentage (list[float]): Tip percentages offered to the payer.
        tips_enabled (bool):
    """

    tips_percentage: list[float]
    tips_enabled: bool

    def to_dict(self) -> dict[str, Any]:
        tips_percentage = self.tips_percentage

        tips_enabled = self.tips_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tipsPercentage": tips_percentage,
                "tipsEnabled": tips_enabled,
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
        raw = d.pop("tipsPercentage", ABSENT)
        tips_percentage: list[float] = read_leaf((lambda v: parse_list(v, parse_float)), raw, "tipsPercentage")
        raw = d.pop("tipsEnabled", ABSENT)
        tips_enabled: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "tipsEnabled")
        tips_configuration = cls(
            tips_percentage=tips_percentage,
            tips_enabled=tips_enabled,
        )

        return tips_configuration


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "tipsPercentage",
        "tipsEnabled",
    }
)


class TipsConfigurationDict(TypedDict, total=False):
    """`TipsConfiguration` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    tipsPercentage: Required[list[float]]
    tipsEnabled: Required[bool]
