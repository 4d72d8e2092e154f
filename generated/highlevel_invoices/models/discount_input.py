from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountInput")


@_attrs_define
class DiscountInput:
    """A discount on the invoice, optionally limited to some products.

    Attributes:
        type_ (DiscountType):
        value (float | Unset):  Default: 0.0.
        valid_on_product_ids (list[str] | Unset): Products the discount applies to; all items when absent.
    """

    type_: DiscountType
    value: float | Unset = 0.0
    valid_on_product_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        valid_on_product_ids: list[str] | Unset = UNSET
        if not isinstance(self.valid_on_product_ids, Unset):
            valid_on_product_ids = self.valid_on_product_ids

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        type_ = DiscountType(d.pop("type"))

        value = d.pop("value", UNSET)

        valid_on_product_ids = cast(list[str], d.pop("validOnProductIds", UNSET))

        discount_input = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        return discount_input
