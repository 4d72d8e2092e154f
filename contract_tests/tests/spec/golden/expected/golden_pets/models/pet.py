from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_date,
    parse_datetime,
    parse_float,
    parse_list,
    parse_none,
    parse_str,
    parse_str_or_int_as_str,
    parse_union,
    read_field,
    read_leaf,
)
from ..models.pet_kind import PetKind
from ..models.size import Size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels, LabelsDict
    from ..models.toy import Toy, ToyDict


T = TypeVar("T", bound="Pet")


@_attrs_define
class Pet:
    """A pet as the server stores it; servers may add fields (kept in additional_properties).

    Attributes:
        id (str):
        name (str):
        kind (PetKind):
        number (str): The pet's number, sent as a string or an integer. Delivered as a string whatever its wire form.
        born_at (datetime.datetime):
        size (Size | Unset):
        adopted_on (datetime.date | Unset):
        nickname (None | str | Unset):
        weight (float | None | Unset): Kilograms, or null when never weighed.
        toys (list[Toy] | Unset):
        tags (list[str] | Unset):
        labels (Labels | Unset): Free labels, each a string (typed additionalProperties).
        vaccinations (list[datetime.date] | Unset):
    """

    id: str
    name: str
    kind: PetKind
    number: str
    born_at: datetime.datetime
    size: Size | Unset = UNSET
    adopted_on: datetime.date | Unset = UNSET
    nickname: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    toys: list[Toy] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: Labels | Unset = UNSET
    vaccinations: list[datetime.date] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        number: int | str
        number = self.number

        born_at = self.born_at.isoformat()

        size: int | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        adopted_on: str | Unset = UNSET
        if not isinstance(self.adopted_on, Unset):
            adopted_on = self.adopted_on.isoformat()

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        toys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.toys, Unset):
            toys = []
            for toys_item_data in self.toys:
                toys_item = toys_item_data.to_dict()
                toys.append(toys_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        vaccinations: list[str] | Unset = UNSET
        if not isinstance(self.vaccinations, Unset):
            vaccinations = []
            for vaccinations_item_data in self.vaccinations:
                vaccinations_item = vaccinations_item_data.isoformat()
                vaccinations.append(vaccinations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "number": number,
                "bornAt": born_at,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if adopted_on is not UNSET:
            field_dict["adoptedOn"] = adopted_on
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if weight is not UNSET:
            field_dict["weight"] = weight
        if toys is not UNSET:
            field_dict["toys"] = toys
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if vaccinations is not UNSET:
            field_dict["vaccinations"] = vaccinations

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
        raw = d.pop("id", ABSENT)
        id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "id")
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("kind", ABSENT)
        kind: PetKind = read_field(PetKind.decode, raw, "kind")
        raw = d.pop("number", ABSENT)
        number: str = raw if type(raw) is str else read_leaf(parse_str_or_int_as_str, raw, "number")
        raw = d.pop("bornAt", ABSENT)
        born_at: datetime.datetime = read_leaf(parse_datetime, raw, "bornAt")
        raw = d.pop("size", UNSET)
        size: Size | Unset = UNSET if raw is UNSET else read_field(Size.decode, raw, "size")
        raw = d.pop("adoptedOn", UNSET)
        adopted_on: datetime.date | Unset = UNSET if raw is UNSET else read_leaf(parse_date, raw, "adoptedOn")
        raw = d.pop("nickname", UNSET)
        nickname: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "nickname")
        )
        raw = d.pop("weight", UNSET)
        weight: float | None | Unset = (
            raw
            if (raw is None or (type(raw) is float or type(raw) is int)) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_float, parse_none)), raw, "weight")
        )
        raw = d.pop("toys", UNSET)
        toys: list[Toy] | Unset = (
            UNSET if raw is UNSET else read_field((lambda v: parse_list(v, Toy.from_dict)), raw, "toys")
        )
        raw = d.pop("tags", UNSET)
        tags: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "tags")
        )
        raw = d.pop("labels", UNSET)
        labels: Labels | Unset = UNSET if raw is UNSET else read_field(Labels.from_dict, raw, "labels")
        raw = d.pop("vaccinations", UNSET)
        vaccinations: list[datetime.date] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_date)), raw, "vaccinations")
        )
        pet = cls(
            id=id,
            name=name,
            kind=kind,
            number=number,
            born_at=born_at,
            size=size,
            adopted_on=adopted_on,
            nickname=nickname,
            weight=weight,
            toys=toys,
            tags=tags,
            labels=labels,
            vaccinations=vaccinations,
        )

        # `d` is a fresh copy holding only the fields not read above.
        pet.additional_properties = d
        return pet

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


class PetDict(TypedDict, total=False):
    """`Pet` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    id: Required[str]
    name: Required[str]
    kind: Required[PetKind | Literal["cat", "dog", "bird"]]
    number: Required[str | int]
    bornAt: Required[str]
    size: Size | Literal[1, 2, 3]
    adoptedOn: str
    nickname: str | None
    weight: float | None
    toys: list[ToyDict]
    tags: list[str]
    labels: LabelsDict
    vaccinations: list[str]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.labels import Labels
    from ..models.toy import Toy
