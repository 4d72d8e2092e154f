from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.amount_type import AmountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.late_fees_frequency import LateFeesFrequency, LateFeesFrequencyDict
    from ..models.late_fees_grace import LateFeesGrace, LateFeesGraceDict
    from ..models.max_late_fees import MaxLateFees, MaxLateFeesDict


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
        raw = d.pop("enable", ABSENT)
        enable: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "enable")
        raw = d.pop("value", ABSENT)
        value: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "value")
        raw = d.pop("type", ABSENT)
        type_: AmountType = read_field(AmountType.decode, raw, "type")
        raw = d.pop("frequency", ABSENT)
        frequency: LateFeesFrequency = read_field(LateFeesFrequency.from_dict, raw, "frequency")
        raw = d.pop("grace", UNSET)
        grace: LateFeesGrace | Unset = UNSET if raw is UNSET else read_field(LateFeesGrace.from_dict, raw, "grace")
        raw = d.pop("maxLateFees", UNSET)
        max_late_fees: MaxLateFees | Unset = (
            UNSET if raw is UNSET else read_field(MaxLateFees.from_dict, raw, "maxLateFees")
        )
        late_fees_configuration = cls(
            enable=enable,
            value=value,
            type_=type_,
            frequency=frequency,
            grace=grace,
            max_late_fees=max_late_fees,
        )

        return late_fees_configuration


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "enable",
        "value",
        "type",
        "frequency",
        "grace",
        "maxLateFees",
    }
)


class LateFeesConfigurationDict(TypedDict, total=False):
    """`LateFeesConfiguration` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    enable: Required[bool]
    value: Required[float]
    type: Required[AmountType | Literal["fixed", "percentage"]]
    frequency: Required[LateFeesFrequencyDict]
    grace: LateFeesGraceDict
    maxLateFees: MaxLateFeesDict


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.late_fees_frequency import LateFeesFrequency
    from ..models.late_fees_grace import LateFeesGrace
    from ..models.max_late_fees import MaxLateFees
