from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    DecodeError,
    parse_str,
    read_leaf,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Traced")


@_attrs_define
class Traced:
    """The part every success answer of the lifecycle operations shares, the request's `traceId`.

    Attributes:
        trace_id (str | Unset): The vendor's id of this request, for its support; fresh on every answer.
    """

    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

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
        raw = d.pop("traceId", UNSET)
        trace_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "traceId")
        traced = cls(
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        traced.additional_properties = d
        return traced

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class TracedDict(TypedDict, total=False):
    """`Traced` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    traceId: str
