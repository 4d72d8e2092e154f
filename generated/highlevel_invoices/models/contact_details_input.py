from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_email import AdditionalEmail, AdditionalEmailDict
    from ..models.address import Address, AddressDict


T = TypeVar("T", bound="ContactDetailsInput")


@_attrs_define
class ContactDetailsInput:
    """The customer the invoice is for.

    Attributes:
        id (str): Contact id.
        name (str):
        phone_no (str):
        email (str):
        additional_emails (list[AdditionalEmail] | Unset): Further addresses saved on the contact.
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
        raw = d.pop("id", ABSENT)
        id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "id")
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("phoneNo", ABSENT)
        phone_no: str = raw if type(raw) is str else read_leaf(parse_str, raw, "phoneNo")
        raw = d.pop("email", ABSENT)
        email: str = raw if type(raw) is str else read_leaf(parse_str, raw, "email")
        raw = d.pop("additionalEmails", UNSET)
        additional_emails: list[AdditionalEmail] | Unset = (
            UNSET
            if raw is UNSET
            else read_field((lambda v: parse_list(v, AdditionalEmail.from_dict)), raw, "additionalEmails")
        )
        raw = d.pop("companyName", UNSET)
        company_name: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "companyName")
        )
        raw = d.pop("address", UNSET)
        address: Address | Unset = UNSET if raw is UNSET else read_field(Address.from_dict, raw, "address")
        raw = d.pop("customFields", UNSET)
        custom_fields: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "customFields")
        )
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


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "id",
        "name",
        "phoneNo",
        "email",
        "additionalEmails",
        "companyName",
        "address",
        "customFields",
    }
)


class ContactDetailsInputDict(TypedDict, total=False):
    """`ContactDetailsInput` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    id: Required[str]
    name: Required[str]
    phoneNo: Required[str]
    email: Required[str]
    additionalEmails: list[AdditionalEmailDict]
    companyName: str
    address: AddressDict
    customFields: list[str]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.additional_email import AdditionalEmail
    from ..models.address import Address
