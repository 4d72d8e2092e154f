from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_contact_details_address import InvoiceContactDetailsAddress


T = TypeVar("T", bound="InvoiceContactDetails")


@_attrs_define
class InvoiceContactDetails:
    """The customer as stored on the invoice.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        phone_no (str | Unset):
        email (str | Unset):
        company_name (str | Unset):
        address (InvoiceContactDetailsAddress | Unset):
        custom_fields (list[Any] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_no: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    address: InvoiceContactDetailsAddress | Unset = UNSET
    custom_fields: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone_no = self.phone_no

        email = self.email

        company_name = self.company_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
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
        from ..models.invoice_contact_details_address import InvoiceContactDetailsAddress

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone_no = d.pop("phoneNo", UNSET)

        email = d.pop("email", UNSET)

        company_name = d.pop("companyName", UNSET)

        _address = d.pop("address", UNSET)
        address: InvoiceContactDetailsAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = InvoiceContactDetailsAddress.from_dict(_address)

        custom_fields = cast(list[Any], d.pop("customFields", UNSET))

        invoice_contact_details = cls(
            id=id,
            name=name,
            phone_no=phone_no,
            email=email,
            company_name=company_name,
            address=address,
            custom_fields=custom_fields,
        )

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
