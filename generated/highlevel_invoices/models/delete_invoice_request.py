from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.alt_type import AltType
from ..types import (
    ABSENT,
    DecodeError,
    parse_enum,
    parse_str,
    present,
    required,
)

T = TypeVar("T", bound="DeleteInvoiceRequest")


@_attrs_define
class DeleteInvoiceRequest:
    """The location of the invoice to delete.

    Attributes:
        alt_id (str): Id of the location that owns the invoice.
        alt_type (AltType): What `altId` names; these endpoints accept locations
            only.
    """

    alt_id: str
    alt_type: AltType

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
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
            field_name = "altId"
            raw = d.pop("altId", ABSENT)
            alt_id: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "altType"
            alt_type: AltType = parse_enum(AltType, required(d, "altType"))
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        delete_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
        )

        return delete_invoice_request
