from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_float,
    read_leaf,
)

T = TypeVar("T", bound="InvoiceTotalSummary")


@_attrs_define
class InvoiceTotalSummary:
    """The invoice's totals before and after discount and tax, in major units.

    Attributes:
        sub_total (float):
        discount (float):
        tax (float):
    """

    sub_total: float
    discount: float
    tax: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_total = self.sub_total

        discount = self.discount

        tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subTotal": sub_total,
                "discount": discount,
                "tax": tax,
            }
        )

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
        raw = d.pop("subTotal", ABSENT)
        sub_total: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "subTotal")
        raw = d.pop("discount", ABSENT)
        discount: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "discount")
        raw = d.pop("tax", ABSENT)
        tax: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "tax")
        invoice_total_summary = cls(
            sub_total=sub_total,
            discount=discount,
            tax=tax,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_total_summary.additional_properties = d
        return invoice_total_summary

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


class InvoiceTotalSummaryDict(TypedDict, total=False):
    """`InvoiceTotalSummary` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    subTotal: Required[float]
    discount: Required[float]
    tax: Required[float]
