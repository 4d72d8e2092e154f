from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceDiscount")


@_attrs_define
class InvoiceDiscount:
    """
    Attributes:
        type_ (DiscountType | Unset):
        value (float | Unset):
        valid_on_product_ids (list[str] | Unset):
    """

    type_: DiscountType | Unset = UNSET
    value: float | Unset = UNSET
    valid_on_product_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        valid_on_product_ids: list[str] | Unset = UNSET
        if not isinstance(self.valid_on_product_ids, Unset):
            valid_on_product_ids = self.valid_on_product_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if valid_on_product_ids is not UNSET:
            field_dict["validOnProductIds"] = valid_on_product_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DiscountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DiscountType(_type_)

        value = d.pop("value", UNSET)

        valid_on_product_ids = cast(list[str], d.pop("validOnProductIds", UNSET))

        invoice_discount = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

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
