from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_list,
    parse_str,
    required,
)

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
            field_name = "email"
            email: list[str] = parse_list(required(d, "email"), parse_str)
            field_name = "emailCc"
            raw = d.pop("emailCc", UNSET)
            email_cc: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
            field_name = "emailBcc"
            raw = d.pop("emailBcc", UNSET)
            email_bcc: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
            field_name = "phoneNo"
            raw = d.pop("phoneNo", UNSET)
            phone_no: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        sent_to = cls(
            email=email,
            email_cc=email_cc,
            email_bcc=email_bcc,
            phone_no=phone_no,
        )

        return sent_to
