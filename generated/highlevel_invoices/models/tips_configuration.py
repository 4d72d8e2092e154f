from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        tips_percentage = cast(list[float], d.pop("tipsPercentage"))

        tips_enabled = d.pop("tipsEnabled")

        tips_configuration = cls(
            tips_percentage=tips_percentage,
            tips_enabled=tips_enabled,
        )

        return tips_configuration
