from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_list,
    parse_none,
    parse_str,
    parse_union,
    read_field,
    read_leaf,
)
from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceDiscount")


@_attrs_define
class InvoiceDiscount:
    """The discount as stored (optional parts sent as null come back as null).

    Attributes:
        type_ (DiscountType):
        value (float | None | Unset):
        valid_on_product_ids (list[str] | None | Unset):
    """

    type_: DiscountType
    value: float | None | Unset = UNSET
    valid_on_product_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        valid_on_product_ids: list[str] | None | Unset
        if isinstance(self.valid_on_product_ids, Unset):
            valid_on_product_ids = UNSET
        elif isinstance(self.valid_on_product_ids, list):
            valid_on_product_ids = self.valid_on_product_ids

        else:
            valid_on_product_ids = self.valid_on_product_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if valid_on_product_ids is not UNSET:
            field_dict["validOnProductIds"] = valid_on_product_ids

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
        raw = d.pop("type", ABSENT)
        type_: DiscountType = read_field(DiscountType.decode, raw, "type")
        raw = d.pop("value", UNSET)
        value: float | None | Unset = (
            raw
            if (raw is None or (type(raw) is float or type(raw) is int)) or raw is UNSET
            else read_leaf((lambda v: parse_union(v, parse_float, parse_none)), raw, "value")
        )
        raw = d.pop("validOnProductIds", UNSET)
        valid_on_product_ids: list[str] | None | Unset = (
            raw
            if raw is None or raw is UNSET
            else read_leaf(
                (lambda v: parse_union(v, (lambda v: parse_list(v, parse_str)), parse_none)), raw, "validOnProductIds"
            )
        )
        invoice_discount = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_discount.additional_properties = d
        return invoice_discount

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


class InvoiceDiscountDict(TypedDict, total=False):
    """`InvoiceDiscount` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    type: Required[DiscountType | Literal["percentage", "fixed"]]
    value: float | None
    validOnProductIds: list[str] | None
