from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_int,
    parse_str,
    read_leaf,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiErrorBody")


@_attrs_define
class ApiErrorBody:
    """The vendor's error body. Messages seen live: `version header was not found.`, `version header is invalid`,
    `No Authorization header found for authentication!`, `Invalid JWT`, `Invalid Private Integration token`,
    `The token is not authorized for this scope.`, `The token does not have access to this location.`

        Attributes:
            status_code (int):
            message (str):
            error (str | Unset):
            trace_id (str | Unset):
    """

    status_code: int
    message: str
    error: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        error = self.error

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
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
        raw = d.pop("statusCode", ABSENT)
        status_code: int = raw if type(raw) is int else read_leaf(parse_int, raw, "statusCode")
        raw = d.pop("message", ABSENT)
        message: str = raw if type(raw) is str else read_leaf(parse_str, raw, "message")
        raw = d.pop("error", UNSET)
        error: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "error")
        raw = d.pop("traceId", UNSET)
        trace_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "traceId")
        api_error_body = cls(
            status_code=status_code,
            message=message,
            error=error,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        api_error_body.additional_properties = d
        return api_error_body

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


class ApiErrorBodyDict(TypedDict, total=False):
    """`ApiErrorBody` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    statusCode: Required[int]
    message: Required[str]
    error: str
    traceId: str
