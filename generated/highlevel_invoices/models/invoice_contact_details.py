from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    DecodeError,
    parse_any,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_address import InvoiceAddress, InvoiceAddressDict


T = TypeVar("T", bound="InvoiceContactDetails")


@_attrs_define
class InvoiceContactDetails:
    """The customer as stored on the invoice (optional parts sent as null come back as null).

    Attributes:
        id (None | str | Unset):
        name (None | str | Unset):
        phone_no (None | str | Unset):
        email (None | str | Unset):
        company_name (None | str | Unset):
        address (InvoiceAddress | None | Unset):
        custom_fields (list[Any] | None | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    address: InvoiceAddress | None | Unset = UNSET
    custom_fields: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, InvoiceAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        custom_fields: list[Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = self.custom_fields

        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if email is not UNSET:
            field_dict["email"] = email
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
        raw = d.pop("id", UNSET)
        id: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "id")
        )
        raw = d.pop("name", UNSET)
        name: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "name")
        )
        raw = d.pop("phoneNo", UNSET)
        phone_no: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "phoneNo")
        )
        raw = d.pop("email", UNSET)
        email: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "email")
        )
        raw = d.pop("companyName", UNSET)
        company_name: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "companyName")
        )
        raw = d.pop("address", UNSET)
        address: InvoiceAddress | None | Unset = (
            raw
            if raw is None or raw is UNSET
            else read_field((lambda v: parse_union(v, InvoiceAddress.from_dict, parse_none)), raw, "address")
        )
        raw = d.pop("customFields", UNSET)
        custom_fields: list[Any] | None | Unset = (
            raw
            if raw is None or raw is UNSET
            else read_leaf(
                (lambda v: parse_union(v, (lambda v: parse_list(v, parse_any)), parse_none)), raw, "customFields"
            )
        )
        invoice_contact_details = cls(
            id=id,
            name=name,
            phone_no=phone_no,
            email=email,
            company_name=company_name,
            address=address,
            custom_fields=custom_fields,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_contact_details.additional_properties = d
        return invoice_contact_details

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


class InvoiceContactDetailsDict(TypedDict, total=False):
    """`InvoiceContactDetails` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    id: str | None
    name: str | None
    phoneNo: str | None
    email: str | None
    companyName: str | None
    address: InvoiceAddressDict | None
    customFields: list[Any] | None


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice_address import InvoiceAddress
