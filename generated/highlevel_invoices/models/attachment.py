from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_str,
    read_leaf,
    reject_unknown,
)

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file attached to the invoice.

    Attributes:
        id (str):
        name (str):
        url (str):
        type_ (str): Media type of the file.
        size (float): Size in bytes.
    """

    id: str
    name: str
    url: str
    type_: str
    size: float

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        type_ = self.type_

        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "type": type_,
                "size": size,
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
        raw = d.pop("id", ABSENT)
        id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "id")
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("url", ABSENT)
        url: str = raw if type(raw) is str else read_leaf(parse_str, raw, "url")
        raw = d.pop("type", ABSENT)
        type_: str = raw if type(raw) is str else read_leaf(parse_str, raw, "type")
        raw = d.pop("size", ABSENT)
        size: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "size")
        attachment = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            size=size,
        )

        return attachment


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "id",
        "name",
        "url",
        "type",
        "size",
    }
)


class AttachmentDict(TypedDict, total=False):
    """`Attachment` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    id: Required[str]
    name: Required[str]
    url: Required[str]
    type: Required[str]
    size: Required[float]
