from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_str,
    present,
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

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "id"
            raw = d.pop("id", ABSENT)
            id: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "name"
            raw = d.pop("name", ABSENT)
            name: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "url"
            raw = d.pop("url", ABSENT)
            url: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "type"
            raw = d.pop("type", ABSENT)
            type_: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "size"
            raw = d.pop("size", ABSENT)
            size: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        attachment = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            size=size,
        )

        return attachment
