from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
)

T = TypeVar("T", bound="InvoiceRecipients")


@_attrs_define
class InvoiceRecipients:
    """The recipients the request gave, as stored on the invoice (optional parts sent
    as null come back as null).

        Attributes:
            email (list[str] | Unset):
            email_cc (list[str] | None | Unset):
            email_bcc (list[str] | None | Unset):
            phone_no (list[str] | None | Unset):
    """

    email: list[str] | Unset = UNSET
    email_cc: list[str] | None | Unset = UNSET
    email_bcc: list[str] | None | Unset = UNSET
    phone_no: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: list[str] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        email_cc: list[str] | None | Unset
        if isinstance(self.email_cc, Unset):
            email_cc = UNSET
        elif isinstance(self.email_cc, list):
            email_cc = self.email_cc

        else:
            email_cc = self.email_cc

        email_bcc: list[str] | None | Unset
        if isinstance(self.email_bcc, Unset):
            email_bcc = UNSET
        elif isinstance(self.email_bcc, list):
            email_bcc = self.email_bcc

        else:
            email_bcc = self.email_bcc

        phone_no: list[str] | None | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        elif isinstance(self.phone_no, list):
            phone_no = self.phone_no

        else:
            phone_no = self.phone_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
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
            raw = d.pop("email", UNSET)
            email: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
            field_name = "emailCc"
            raw = d.pop("emailCc", UNSET)
            email_cc: list[str] | None | Unset = (
                raw
                if raw is None or isinstance(raw, Unset)
                else parse_union(raw, (lambda v: parse_list(v, parse_str)), parse_none)
            )
            field_name = "emailBcc"
            raw = d.pop("emailBcc", UNSET)
            email_bcc: list[str] | None | Unset = (
                raw
                if raw is None or isinstance(raw, Unset)
                else parse_union(raw, (lambda v: parse_list(v, parse_str)), parse_none)
            )
            field_name = "phoneNo"
            raw = d.pop("phoneNo", UNSET)
            phone_no: list[str] | None | Unset = (
                raw
                if raw is None or isinstance(raw, Unset)
                else parse_union(raw, (lambda v: parse_list(v, parse_str)), parse_none)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        invoice_recipients = cls(
            email=email,
            email_cc=email_cc,
            email_bcc=email_bcc,
            phone_no=phone_no,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_recipients.additional_properties = d
        return invoice_recipients

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
