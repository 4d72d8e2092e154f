from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_str,
    parse_str_or_int_as_str,
    present,
)

T = TypeVar("T", bound="NextInvoiceNumber")


@_attrs_define
class NextInvoiceNumber:
    """The next invoice number of a location. The page does not mark `invoiceNumber`
    required; the endpoint has
    nothing else to say, so this contract does, and the contract suite notices if it
    is ever missing.

        Attributes:
            invoice_number (str): An invoice number. The vendor documents it as a
                number but shows it as a string everywhere; the live wire
                type is not yet confirmed, so both forms are accepted. The generated
                client always hands it over as a string.
                Numbers the location assigns are digits, but a request may give any
                string (the page types the request's
                `invoiceNumber` as a plain string) and the invoice then carries that
                string, so no pattern is imposed.
                 Delivered as a string whatever its wire form.
            trace_id (str | Unset): The vendor's id of this request, for its support;
                fresh on every answer.
    """

    invoice_number: str
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_number: int | str
        invoice_number = self.invoice_number

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceNumber": invoice_number,
            }
        )
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

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
            field_name = "invoiceNumber"
            raw = d.pop("invoiceNumber", ABSENT)
            invoice_number: str = (
                raw if type(raw) is str else parse_str_or_int_as_str(present(raw))
            )
            field_name = "traceId"
            raw = d.pop("traceId", UNSET)
            trace_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        next_invoice_number = cls(
            invoice_number=invoice_number,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        next_invoice_number.additional_properties = d
        return next_invoice_number

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
