from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    DecodeError,
    parse_float,
    parse_str,
    required,
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
            id: str = parse_str(required(d, "id"))
            field_name = "name"
            name: str = parse_str(required(d, "name"))
            field_name = "url"
            url: str = parse_str(required(d, "url"))
            field_name = "type"
            type_: str = parse_str(required(d, "type"))
            field_name = "size"
            size: float = parse_float(required(d, "size"))
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
