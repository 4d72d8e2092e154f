from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_str,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice, InvoiceDict


T = TypeVar("T", bound="RecordPaymentResponse")


@_attrs_define
class RecordPaymentResponse:
    """Whether the payment was recorded, and the invoice after it.

    Attributes:
        success (bool):
        invoice (Invoice): An invoice as the API returns it. The live service sends fields the vendor's docs do not list
            (the ones seen so far are described here, each with a discrepancy entry) and may send more; clients keep
            them. Of the fields the docs mark required, `title` has been seen absent. `issueDate` and `dueDate` are
            timestamps:
            the start and the end of the calendar day in the location's time zone, so the calendar date is only
            recoverable with that zone.
        trace_id (str | Unset): The vendor's id of this request, for its support; fresh on every answer.
    """

    success: bool
    invoice: Invoice
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        invoice = self.invoice.to_dict()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "invoice": invoice,
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
        raw = d.pop("success", ABSENT)
        success: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "success")
        raw = d.pop("invoice", ABSENT)
        invoice: Invoice = read_field(Invoice.from_dict, raw, "invoice")
        raw = d.pop("traceId", UNSET)
        trace_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "traceId")
        record_payment_response = cls(
            success=success,
            invoice=invoice,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        record_payment_response.additional_properties = d
        return record_payment_response

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


class RecordPaymentResponseDict(TypedDict, total=False):
    """`RecordPaymentResponse` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    success: Required[bool]
    invoice: Required[InvoiceDict]
    traceId: str


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice import Invoice
