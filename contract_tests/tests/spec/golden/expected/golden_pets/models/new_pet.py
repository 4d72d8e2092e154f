from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_date,
    parse_datetime,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.alt_type import AltType
from ..models.pet_kind import PetKind
from ..models.size import Size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels, LabelsDict
    from ..models.toy import Toy, ToyDict


T = TypeVar("T", bound="NewPet")


@_attrs_define
class NewPet:
    """
    Attributes:
        alt_id (str):
        alt_type (AltType):
        name (str):
        kind (PetKind):
        size (Size | Unset):
        tags (list[str] | Unset):
        toys (list[Toy] | Unset):
        born_at (datetime.datetime | Unset):
        adopted_on (datetime.date | Unset):
        nickname (None | str | Unset):
        labels (Labels | Unset): Free labels, each a string (typed additionalProperties).
    """

    alt_id: str
    name: str
    kind: PetKind
    alt_type: AltType = AltType.LOCATION
    size: Size | Unset = UNSET
    tags: list[str] | Unset = UNSET
    toys: list[Toy] | Unset = UNSET
    born_at: datetime.datetime | Unset = UNSET
    adopted_on: datetime.date | Unset = UNSET
    nickname: None | str | Unset = UNSET
    labels: Labels | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        name = self.name

        kind = self.kind.value

        size: int | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        toys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.toys, Unset):
            toys = []
            for toys_item_data in self.toys:
                toys_item = toys_item_data.to_dict()
                toys.append(toys_item)

        born_at: str | Unset = UNSET
        if not isinstance(self.born_at, Unset):
            born_at = self.born_at.isoformat()

        adopted_on: str | Unset = UNSET
        if not isinstance(self.adopted_on, Unset):
            adopted_on = self.adopted_on.isoformat()

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "name": name,
                "kind": kind,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags
        if toys is not UNSET:
            field_dict["toys"] = toys
        if born_at is not UNSET:
            field_dict["bornAt"] = born_at
        if adopted_on is not UNSET:
            field_dict["adoptedOn"] = adopted_on
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if labels is not UNSET:
            field_dict["labels"] = labels

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
        raw = d.pop("altId", ABSENT)
        alt_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "altId")
        raw = d.pop("altType", ABSENT)
        alt_type: AltType = read_field(AltType.decode, raw, "altType", AltType.LOCATION)
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("kind", ABSENT)
        kind: PetKind = read_field(PetKind.decode, raw, "kind")
        raw = d.pop("size", UNSET)
        size: Size | Unset = UNSET if raw is UNSET else read_field(Size.decode, raw, "size")
        raw = d.pop("tags", UNSET)
        tags: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "tags")
        )
        raw = d.pop("toys", UNSET)
        toys: list[Toy] | Unset = (
            UNSET if raw is UNSET else read_field((lambda v: parse_list(v, Toy.from_dict)), raw, "toys")
        )
        raw = d.pop("bornAt", UNSET)
        born_at: datetime.datetime | Unset = UNSET if raw is UNSET else read_leaf(parse_datetime, raw, "bornAt")
        raw = d.pop("adoptedOn", UNSET)
        adopted_on: datetime.date | Unset = UNSET if raw is UNSET else read_leaf(parse_date, raw, "adoptedOn")
        raw = d.pop("nickname", UNSET)
        nickname: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "nickname")
        )
        raw = d.pop("labels", UNSET)
        labels: Labels | Unset = UNSET if raw is UNSET else read_field(Labels.from_dict, raw, "labels")
        new_pet = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            kind=kind,
            size=size,
            tags=tags,
            toys=toys,
            born_at=born_at,
            adopted_on=adopted_on,
            nickname=nickname,
            labels=labels,
        )

        return new_pet


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
        "name",
        "kind",
        "size",
        "tags",
        "toys",
        "bornAt",
        "adoptedOn",
        "nickname",
        "labels",
    }
)


class NewPetDict(TypedDict, total=False):
    """`NewPet` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
    name: Required[str]
    kind: Required[PetKind | Literal["cat", "dog", "bird"]]
    size: Size | Literal[1, 2, 3]
    tags: list[str]
    toys: list[ToyDict]
    bornAt: str
    adoptedOn: str
    nickname: str | None
    labels: LabelsDict


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.labels import Labels
    from ..models.toy import Toy
