from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_str,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Toy")


@_attrs_define
class Toy:
    """
    Attributes:
        name (str):
        squeaks (bool):
        price (float | Unset):
    """

    name: str
    squeaks: bool
    price: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        squeaks = self.squeaks

        price = self.price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "squeaks": squeaks,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

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
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("squeaks", ABSENT)
        squeaks: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "squeaks")
        raw = d.pop("price", UNSET)
        price: float | Unset = (
            raw if (type(raw) is float or type(raw) is int) or raw is UNSET else read_leaf(parse_float, raw, "price")
        )
        toy = cls(
            name=name,
            squeaks=squeaks,
            price=price,
        )

        return toy


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "name",
        "squeaks",
        "price",
    }
)


class ToyDict(TypedDict, total=False):
    """`Toy` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    name: Required[str]
    squeaks: Required[bool]
    price: float
