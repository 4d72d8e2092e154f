from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.discount_type import DiscountType
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_enum,
    parse_float,
    parse_list,
    parse_str,
    required,
)

T = TypeVar("T", bound="DiscountInput")


@_attrs_define
class DiscountInput:
    """A discount on the invoice, optionally limited to some products.

    Attributes:
        type_ (DiscountType):
        value (float | Unset):  Default: 0.0.
        valid_on_product_ids (list[str] | Unset): Products the discount applies to;
            all items when absent.
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
        """Read the JSON object `src_dict`, checking every field against the spec.

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "type"
            type_: DiscountType = parse_enum(DiscountType, required(d, "type"))
            field_name = "value"
            raw = d.pop("value", UNSET)
            value: float | Unset = (
                raw
                if (type(raw) is float or type(raw) is int) or isinstance(raw, Unset)
                else parse_float(raw)
            )
            field_name = "validOnProductIds"
            raw = d.pop("validOnProductIds", UNSET)
            valid_on_product_ids: list[str] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, parse_str)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        discount_input = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        return discount_input
