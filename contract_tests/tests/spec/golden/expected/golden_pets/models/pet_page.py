from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_list,
    parse_str_or_int_as_str,
    read_field,
    read_leaf,
)

if TYPE_CHECKING:
    from ..models.pet import Pet, PetDict


T = TypeVar("T", bound="PetPage")


@_attrs_define
class PetPage:
    """
    Attributes:
        pets (list[Pet]):
        total (str): How many pets the location has, sent as a string or an integer. Delivered as a string whatever its
            wire form.
    """

    pets: list[Pet]
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pets = []
        for pets_item_data in self.pets:
            pets_item = pets_item_data.to_dict()
            pets.append(pets_item)

        total: int | str
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pets": pets,
                "total": total,
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
        raw = d.pop("pets", ABSENT)
        pets: list[Pet] = read_field((lambda v: parse_list(v, Pet.from_dict)), raw, "pets")
        raw = d.pop("total", ABSENT)
        total: str = raw if type(raw) is str else read_leaf(parse_str_or_int_as_str, raw, "total")
        pet_page = cls(
            pets=pets,
            total=total,
        )

        # `d` is a fresh copy holding only the fields not read above.
        pet_page.additional_properties = d
        return pet_page

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


class PetPageDict(TypedDict, total=False):
    """`PetPage` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    pets: Required[list[PetDict]]
    total: Required[str | int]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.pet import Pet
