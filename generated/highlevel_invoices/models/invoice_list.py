from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_int,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_details import InvoiceDetails, InvoiceDetailsDict


T = TypeVar("T", bound="InvoiceList")


@_attrs_define
class InvoiceList:
    """One page of invoices, and how many the filters select in all.

    Attributes:
        invoices (list[InvoiceDetails]):
        total (int): How many invoices the filters select, over all pages.
        trace_id (str | Unset): The vendor's id of this request, for its support; fresh on every answer.
    """

    invoices: list[InvoiceDetails]
    total: int
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        total = self.total

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoices": invoices,
                "total": total,
            }
        )
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

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
        raw = d.pop("invoices", ABSENT)
        invoices: list[InvoiceDetails] = read_field(
            (lambda v: parse_list(v, InvoiceDetails.from_dict)), raw, "invoices"
        )
        raw = d.pop("total", ABSENT)
        total: int = raw if type(raw) is int else read_leaf(parse_int, raw, "total")
        raw = d.pop("traceId", UNSET)
        trace_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "traceId")
        invoice_list = cls(
            invoices=invoices,
            total=total,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_list.additional_properties = d
        return invoice_list

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


class InvoiceListDict(TypedDict, total=False):
    """`InvoiceList` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    invoices: Required[list[InvoiceDetailsDict]]
    total: Required[int]
    traceId: str


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice_details import InvoiceDetails
