from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
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
        raw = d.pop("type", ABSENT)
        type_: DiscountType = read_field(DiscountType.decode, raw, "type")
        raw = d.pop("value", UNSET)
        value: float | Unset = (
            raw if (type(raw) is float or type(raw) is int) or raw is UNSET else read_leaf(parse_float, raw, "value")
        )
        raw = d.pop("validOnProductIds", UNSET)
        valid_on_product_ids: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "validOnProductIds")
        )
        discount_input = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        return discount_input


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "type",
        "value",
        "validOnProductIds",
    }
)


class DiscountInputDict(TypedDict, total=False):
    """`DiscountInput` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    type: Required[DiscountType | Literal["percentage", "fixed"]]
    value: float
    validOnProductIds: list[str]
