from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.alt_type import AltType

T = TypeVar("T", bound="VoidInvoiceRequest")


@_attrs_define
class VoidInvoiceRequest:
    """The location of the invoice to void.

    Attributes:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
    """

    alt_id: str
    alt_type: AltType = AltType.LOCATION

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
        void_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
        )

        return void_invoice_request


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
    }
)


class VoidInvoiceRequestDict(TypedDict, total=False):
    """`VoidInvoiceRequest` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
