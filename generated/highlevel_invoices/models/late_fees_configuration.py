from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.amount_type import AmountType
from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_bool,
    parse_enum,
    parse_float,
    present,
    required,
)

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
            field_name = "enable"
            raw = d.pop("enable", ABSENT)
            enable: bool = raw if type(raw) is bool else parse_bool(present(raw))
            field_name = "value"
            raw = d.pop("value", ABSENT)
            value: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "type"
            type_: AmountType = parse_enum(AmountType, required(d, "type"))
            field_name = "frequency"
            frequency: LateFeesFrequency = LateFeesFrequency.from_dict(
                required(d, "frequency")
            )
            field_name = "grace"
            raw = d.pop("grace", UNSET)
            grace: LateFeesGrace | Unset = (
                UNSET if isinstance(raw, Unset) else LateFeesGrace.from_dict(raw)
            )
            field_name = "maxLateFees"
            raw = d.pop("maxLateFees", UNSET)
            max_late_fees: MaxLateFees | Unset = (
                UNSET if isinstance(raw, Unset) else MaxLateFees.from_dict(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        late_fees_configuration = cls(
            enable=enable,
            value=value,
            type_=type_,
            frequency=frequency,
            grace=grace,
            max_late_fees=max_late_fees,
        )

        return late_fees_configuration


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.late_fees_frequency import LateFeesFrequency
    from ..models.late_fees_grace import LateFeesGrace
    from ..models.max_late_fees import MaxLateFees
