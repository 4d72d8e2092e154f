from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_str,
    read_leaf,
    reject_unknown,
)

T = TypeVar("T", bound="PaymentCard")


@_attrs_define
class PaymentCard:
    """A card, as its brand and last four digits.

    Attributes:
        brand (str):
        last4 (str):
    """

    brand: str
    last4: str

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        last4 = self.last4

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "brand": brand,
                "last4": last4,
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
        if not _FIELDS.issuperset(d):  # first, so that a misspelt key is reported as such, not as a missing one
            reject_unknown([key for key in d if key not in _FIELDS], _FIELDS)
        raw = d.pop("brand", ABSENT)
        brand: str = raw if type(raw) is str else read_leaf(parse_str, raw, "brand")
        raw = d.pop("last4", ABSENT)
        last4: str = raw if type(raw) is str else read_leaf(parse_str, raw, "last4")
        payment_card = cls(
            brand=brand,
            last4=last4,
        )

        return payment_card


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "brand",
        "last4",
    }
)


class PaymentCardDict(TypedDict, total=False):
    """`PaymentCard` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    brand: Required[str]
    last4: Required[str]
