from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    DecodeError,
    parse_none,
    parse_str,
    parse_union,
    read_leaf,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceAddress")


@_attrs_define
class InvoiceAddress:
    """A postal address as stored on the invoice. Every part may be absent, and a part sent as null comes back as null
    (the vendor's validation lets null through for optional properties and stores it).

        Attributes:
            address_line_1 (None | str | Unset):
            address_line_2 (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            country_code (None | str | Unset):
            postal_code (None | str | Unset):
    """

    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

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
        raw = d.pop("addressLine1", UNSET)
        address_line_1: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "addressLine1")
        )
        raw = d.pop("addressLine2", UNSET)
        address_line_2: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "addressLine2")
        )
        raw = d.pop("city", UNSET)
        city: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "city")
        )
        raw = d.pop("state", UNSET)
        state: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "state")
        )
        raw = d.pop("countryCode", UNSET)
        country_code: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "countryCode")
        )
        raw = d.pop("postalCode", UNSET)
        postal_code: None | str | Unset = (
            raw
            if (raw is None or type(raw) is str) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_str, parse_none)), raw, "postalCode")
        )
        invoice_address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state=state,
            country_code=country_code,
            postal_code=postal_code,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_address.additional_properties = d
        return invoice_address

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


class InvoiceAddressDict(TypedDict, total=False):
    """`InvoiceAddress` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    addressLine1: str | None
    addressLine2: str | None
    city: str | None
    state: str | None
    countryCode: str | None
    postalCode: str | None
