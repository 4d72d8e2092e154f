from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="BusinessDetailsInput")


@_attrs_define
class BusinessDetailsInput:
    """The issuing business as printed on the invoice.

    Attributes:
        logo_url (str | Unset):
        name (str | Unset):
        phone_no (str | Unset):
        address (Address | Unset): A postal address.
        website (str | Unset):
        custom_values (list[str] | Unset):
    """

    logo_url: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_no: str | Unset = UNSET
    address: Address | Unset = UNSET
    website: str | Unset = UNSET
    custom_values: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        logo_url = self.logo_url

        name = self.name

        phone_no = self.phone_no

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        website = self.website

        custom_values: list[str] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = self.custom_values

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if name is not UNSET:
            field_dict["name"] = name
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if address is not UNSET:
            field_dict["address"] = address
        if website is not UNSET:
            field_dict["website"] = website
        if custom_values is not UNSET:
            field_dict["customValues"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        logo_url = d.pop("logoUrl", UNSET)

        name = d.pop("name", UNSET)

        phone_no = d.pop("phoneNo", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        website = d.pop("website", UNSET)

        custom_values = cast(list[str], d.pop("customValues", UNSET))

        business_details_input = cls(
            logo_url=logo_url,
            name=name,
            phone_no=phone_no,
            address=address,
            website=website,
            custom_values=custom_values,
        )

        return business_details_input
