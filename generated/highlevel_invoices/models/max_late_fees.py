from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.max_late_fees_type import MaxLateFeesType
from ..types import (
    ABSENT,
    DecodeError,
    parse_enum,
    parse_float,
    present,
    required,
)

T = TypeVar("T", bound="MaxLateFees")


@_attrs_define
class MaxLateFees:
    """Cap on the late fees charged.

    Attributes:
        type_ (MaxLateFeesType):
        value (float): Largest total of late fees, in major units.
    """

    type_: MaxLateFeesType
    value: float

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
            field_name = "type"
            type_: MaxLateFeesType = parse_enum(MaxLateFeesType, required(d, "type"))
            field_name = "value"
            raw = d.pop("value", ABSENT)
            value: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        max_late_fees = cls(
            type_=type_,
            value=value,
        )

        return max_late_fees
