from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    DecodeError,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address, AddressDict


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
        raw = d.pop("logoUrl", UNSET)
        logo_url: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "logoUrl")
        raw = d.pop("name", UNSET)
        name: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "name")
        raw = d.pop("phoneNo", UNSET)
        phone_no: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "phoneNo")
        raw = d.pop("address", UNSET)
        address: Address | Unset = UNSET if raw is UNSET else read_field(Address.from_dict, raw, "address")
        raw = d.pop("website", UNSET)
        website: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "website")
        raw = d.pop("customValues", UNSET)
        custom_values: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "customValues")
        )
        business_details_input = cls(
            logo_url=logo_url,
            name=name,
            phone_no=phone_no,
            address=address,
            website=website,
            custom_values=custom_values,
        )

        return business_details_input


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "logoUrl",
        "name",
        "phoneNo",
        "address",
        "website",
        "customValues",
    }
)


class BusinessDetailsInputDict(TypedDict, total=False):
    """`BusinessDetailsInput` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    logoUrl: str
    name: str
    phoneNo: str
    address: AddressDict
    website: str
    customValues: list[str]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.address import Address
