from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    DecodeError,
    parse_str,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSender")


@_attrs_define
class InvoiceSender:
    """The sender of the invoice's email (not used with `send_manually`).

    Attributes:
        from_name (str | Unset):
        from_email (str | Unset):
    """

    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_name = self.from_name

        from_email = self.from_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email

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
        raw = d.pop("fromName", UNSET)
        from_name: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "fromName")
        raw = d.pop("fromEmail", UNSET)
        from_email: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "fromEmail")
        invoice_sender = cls(
            from_name=from_name,
            from_email=from_email,
        )

        return invoice_sender


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "fromName",
        "fromEmail",
    }
)


class InvoiceSenderDict(TypedDict, total=False):
    """`InvoiceSender` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    fromName: str
    fromEmail: str
