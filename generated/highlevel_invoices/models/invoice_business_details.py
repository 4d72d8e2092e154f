from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    DecodeError,
    parse_none,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_address import InvoiceAddress, InvoiceAddressDict


T = TypeVar("T", bound="InvoiceBusinessDetails")


@_attrs_define
class InvoiceBusinessDetails:
    """The issuing business as stored on the invoice (parts sent as null come back as null).

    Attributes:
        name (None | str | Unset):
        logo_url (None | str | Unset):
        phone_no (None | str | Unset):
        website (None | str | Unset):
        address (InvoiceAddress | None | Unset):
    """

    name: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    address: InvoiceAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, InvoiceAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if website is not UNSET:
            field_dict["website"] = website
        if address is not UNSET:
            field_dict["address"] = address

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
        raw = d.pop("name", UNSET)
        name: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "name")
        )
        raw = d.pop("logoUrl", UNSET)
        logo_url: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "logoUrl")
        )
        raw = d.pop("phoneNo", UNSET)
        phone_no: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "phoneNo")
        )
        raw = d.pop("website", UNSET)
        website: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "website")
        )
        raw = d.pop("address", UNSET)
        address: InvoiceAddress | None | Unset = (
            raw
            if raw is None or raw is UNSET
            else read_field((lambda v: parse_union(v, InvoiceAddress.from_dict, parse_none)), raw, "address")
        )
        invoice_business_details = cls(
            name=name,
            logo_url=logo_url,
            phone_no=phone_no,
            website=website,
            address=address,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_business_details.additional_properties = d
        return invoice_business_details

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


class InvoiceBusinessDetailsDict(TypedDict, total=False):
    """`InvoiceBusinessDetails` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    name: str | None
    logoUrl: str | None
    phoneNo: str | None
    website: str | None
    address: InvoiceAddressDict | None


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice_address import InvoiceAddress
