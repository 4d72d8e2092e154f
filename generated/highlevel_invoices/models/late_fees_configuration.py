from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.amount_type import AmountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.late_fees_frequency import LateFeesFrequency
    from ..models.late_fees_grace import LateFeesGrace
    from ..models.max_late_fees import MaxLateFees


T = TypeVar("T", bound="LateFeesConfiguration")


@_attrs_define
class LateFeesConfiguration:
    """
    Attributes:
        enable (bool):
        value (float):
        type_ (AmountType): Whether a value is a fixed amount or a percentage.
        frequency (LateFeesFrequency):
        grace (LateFeesGrace | Unset):
        max_late_fees (MaxLateFees | Unset): Cap on the late fees charged.
    """

    enable: bool
    value: float
    type_: AmountType
    frequency: LateFeesFrequency
    grace: LateFeesGrace | Unset = UNSET
    max_late_fees: MaxLateFees | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        value = self.value

        type_ = self.type_.value

        frequency = self.frequency.to_dict()

        grace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grace, Unset):
            grace = self.grace.to_dict()

        max_late_fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_late_fees, Unset):
            max_late_fees = self.max_late_fees.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enable": enable,
                "value": value,
                "type": type_,
                "frequency": frequency,
            }
        )
        if grace is not UNSET:
            field_dict["grace"] = grace
        if max_late_fees is not UNSET:
            field_dict["maxLateFees"] = max_late_fees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.late_fees_frequency import LateFeesFrequency
        from ..models.late_fees_grace import LateFeesGrace
        from ..models.max_late_fees import MaxLateFees

        d = dict(src_dict)
        enable = d.pop("enable")

        value = d.pop("value")

        type_ = AmountType(d.pop("type"))

        frequency = LateFeesFrequency.from_dict(d.pop("frequency"))

        _grace = d.pop("grace", UNSET)
        grace: LateFeesGrace | Unset
        if isinstance(_grace, Unset):
            grace = UNSET
        else:
            grace = LateFeesGrace.from_dict(_grace)

        _max_late_fees = d.pop("maxLateFees", UNSET)
        max_late_fees: MaxLateFees | Unset
        if isinstance(_max_late_fees, Unset):
            max_late_fees = UNSET
        else:
            max_late_fees = MaxLateFees.from_dict(_max_late_fees)

        late_fees_configuration = cls(
            enable=enable,
            value=value,
            type_=type_,
            frequency=frequency,
            grace=grace,
            max_late_fees=max_late_fees,
        )

        return late_fees_configuration
