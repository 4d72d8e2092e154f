from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        type_ = d.pop("type")

        size = d.pop("size")

        attachment = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            size=size,
        )

        return attachment
