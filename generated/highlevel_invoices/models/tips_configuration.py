from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_list,
    present,
    required,
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
            field_name = "tipsPercentage"
            tips_percentage: list[float] = parse_list(
                required(d, "tipsPercentage"), parse_float
            )
            field_name = "tipsEnabled"
            raw = d.pop("tipsEnabled", ABSENT)
            tips_enabled: bool = raw if type(raw) is bool else parse_bool(present(raw))
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        tips_configuration = cls(
            tips_percentage=tips_percentage,
            tips_enabled=tips_enabled,
        )

        return tips_configuration
