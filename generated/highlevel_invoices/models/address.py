from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    DecodeError,
    parse_str,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address.

    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country_code (str | Unset):
        postal_code (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        state = self.state

        country_code = self.country_code

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}

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
        if not _FIELDS.issuperset(d):  # first, so that a misspelt key is reported as such, not as a missing one
            reject_unknown([key for key in d if key not in _FIELDS], _FIELDS)
        raw = d.pop("addressLine1", UNSET)
        address_line_1: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "addressLine1")
        )
        raw = d.pop("addressLine2", UNSET)
        address_line_2: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "addressLine2")
        )
        raw = d.pop("city", UNSET)
        city: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "city")
        raw = d.pop("state", UNSET)
        state: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "state")
        raw = d.pop("countryCode", UNSET)
        country_code: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "countryCode")
        )
        raw = d.pop("postalCode", UNSET)
        postal_code: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "postalCode")
        address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state=state,
            country_code=country_code,
            postal_code=postal_code,
        )

        return address


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "addressLine1",
        "addressLine2",
        "city",
        "state",
        "countryCode",
        "postalCode",
    }
)


class AddressDict(TypedDict, total=False):
    """`Address` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    addressLine1: str
    addressLine2: str
    city: str
    state: str
    countryCode: str
    postalCode: str
