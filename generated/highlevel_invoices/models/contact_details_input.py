from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_list,
    parse_str,
    present,
)

if TYPE_CHECKING:
    from ..models.additional_email import AdditionalEmail
    from ..models.address import Address


T = TypeVar("T", bound="ContactDetailsInput")


@_attrs_define
class ContactDetailsInput:
    """The customer the invoice is for.

    Attributes:
        id (str): Contact id.
        name (str):
        phone_no (str):
        email (str):
        additional_emails (list[AdditionalEmail] | Unset): Further addresses saved
            on the contact.
        company_name (str | Unset):
        address (Address | Unset): A postal address.
        custom_fields (list[str] | Unset):
    """

    id: str
    name: str
    phone_no: str
    email: str
    additional_emails: list[AdditionalEmail] | Unset = UNSET
    company_name: str | Unset = UNSET
    address: Address | Unset = UNSET
    custom_fields: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone_no = self.phone_no

        email = self.email

        additional_emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_emails, Unset):
            additional_emails = []
            for additional_emails_item_data in self.additional_emails:
                additional_emails_item = additional_emails_item_data.to_dict()
                additional_emails.append(additional_emails_item)

        company_name = self.company_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        custom_fields: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "phoneNo": phone_no,
                "email": email,
            }
        )
        if additional_emails is not UNSET:
            field_dict["additionalEmails"] = additional_emails
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if address is not UNSET:
            field_dict["address"] = address
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

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
            field_name = "phoneNo"
            raw = d.pop("phoneNo", ABSENT)
            phone_no: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "email"
            raw = d.pop("email", ABSENT)
            email: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "additionalEmails"
            raw = d.pop("additionalEmails", UNSET)
            additional_emails: list[AdditionalEmail] | Unset = (
                UNSET
                if isinstance(raw, Unset)
                else parse_list(raw, AdditionalEmail.from_dict)
            )
            field_name = "companyName"
            raw = d.pop("companyName", UNSET)
            company_name: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "address"
            raw = d.pop("address", UNSET)
            address: Address | Unset = (
                UNSET if isinstance(raw, Unset) else Address.from_dict(raw)
            )
            field_name = "customFields"
            raw = d.pop("customFields", UNSET)
            custom_fields: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        contact_details_input = cls(
            id=id,
            name=name,
            phone_no=phone_no,
            email=email,
            additional_emails=additional_emails,
            company_name=company_name,
            address=address,
            custom_fields=custom_fields,
        )

        return contact_details_input


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.additional_email import AdditionalEmail
    from ..models.address import Address
