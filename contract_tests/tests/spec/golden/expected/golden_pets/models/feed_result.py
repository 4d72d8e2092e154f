from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_datetime,
    parse_none,
    parse_union,
    read_field,
    read_leaf,
)

if TYPE_CHECKING:
    from ..models.pet import Pet, PetDict


T = TypeVar("T", bound="FeedResult")


@_attrs_define
class FeedResult:
    """
    Attributes:
        fed_at (datetime.datetime):
        pet (None | Pet):
    """

    fed_at: datetime.datetime
    pet: None | Pet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fed_at = self.fed_at.isoformat()

        pet: dict[str, Any] | None
        if isinstance(self.pet, Pet):
            pet = self.pet.to_dict()
        else:
            pet = self.pet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fedAt": fed_at,
                "pet": pet,
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
        raw = d.pop("fedAt", ABSENT)
        fed_at: datetime.datetime = read_leaf(parse_datetime, raw, "fedAt")
        raw = d.pop("pet", ABSENT)
        pet: None | Pet = (
            raw if raw is None else read_field((lambda v: parse_union(v, Pet.from_dict, parse_none)), raw, "pet")
        )
        feed_result = cls(
            fed_at=fed_at,
            pet=pet,
        )

        # `d` is a fresh copy holding only the fields not read above.
        feed_result.additional_properties = d
        return feed_result

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


class FeedResultDict(TypedDict, total=False):
    """`FeedResult` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    fedAt: Required[str]
    pet: Required[PetDict | None]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.pet import Pet
