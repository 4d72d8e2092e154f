from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_list,
    parse_str,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentTo")


@_attrs_define
class SentTo:
    """Where the vendor sends the invoice when `action` is `send`.

    Attributes:
        email (list[str]):
        email_cc (list[str] | Unset):
        email_bcc (list[str] | Unset):
        phone_no (list[str] | Unset):
    """

    email: list[str]
    email_cc: list[str] | Unset = UNSET
    email_bcc: list[str] | Unset = UNSET
    phone_no: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        email_cc: list[str] | Unset = UNSET
        if not isinstance(self.email_cc, Unset):
            email_cc = self.email_cc

        email_bcc: list[str] | Unset = UNSET
        if not isinstance(self.email_bcc, Unset):
            email_bcc = self.email_bcc

        phone_no: list[str] | Unset = UNSET
        if not isinstance(self.phone_no, Unset):
            phone_no = self.phone_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if email_cc is not UNSET:
            field_dict["emailCc"] = email_cc
        if email_bcc is not UNSET:
            field_dict["emailBcc"] = email_bcc
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no

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
        raw = d.pop("email", ABSENT)
        email: list[str] = read_leaf((lambda v: parse_list(v, parse_str)), raw, "email")
        raw = d.pop("emailCc", UNSET)
        email_cc: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "emailCc")
        )
        raw = d.pop("emailBcc", UNSET)
        email_bcc: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "emailBcc")
        )
        raw = d.pop("phoneNo", UNSET)
        phone_no: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "phoneNo")
        )
        sent_to = cls(
            email=email,
            email_cc=email_cc,
            email_bcc=email_bcc,
            phone_no=phone_no,
        )

        return sent_to


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "email",
        "emailCc",
        "emailBcc",
        "phoneNo",
    }
)


class SentToDict(TypedDict, total=False):
    """`SentTo` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    email: Required[list[str]]
    emailCc: list[str]
    emailBcc: list[str]
    phoneNo: list[str]
