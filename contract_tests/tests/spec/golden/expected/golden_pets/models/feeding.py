from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
    reject_unknown,
)

if TYPE_CHECKING:
    from ..models.food import Food, FoodDict


T = TypeVar("T", bound="Feeding")


@_attrs_define
class Feeding:
    """
    Attributes:
        grams (float):
        food (Food | str):
    """

    grams: float
    food: Food | str

    def to_dict(self) -> dict[str, Any]:
        grams = self.grams

        food: dict[str, Any] | str
        if isinstance(self.food, Food):
            food = self.food.to_dict()
        else:
            food = self.food

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grams": grams,
                "food": food,
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
        raw = d.pop("grams", ABSENT)
        grams: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "grams")
        raw = d.pop("food", ABSENT)
        food: Food | str = read_field((lambda v: parse_union(v, Food.from_dict, parse_str)), raw, "food")
        feeding = cls(
            grams=grams,
            food=food,
        )

        return feeding


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "grams",
        "food",
    }
)


class FeedingDict(TypedDict, total=False):
    """`Feeding` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    grams: Required[float]
    food: Required[FoodDict | str]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.food import Food
