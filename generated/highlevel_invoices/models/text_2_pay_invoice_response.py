from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_str,
    present,
    required,
)

if TYPE_CHECKING:
    from ..models.invoice import Invoice


T = TypeVar("T", bound="Text2PayInvoiceResponse")


@_attrs_define
class Text2PayInvoiceResponse:
    """The invoice as stored, and the link to its payment page.

    Attributes:
        invoice (Invoice): An invoice as the API returns it. The live service sends
            fields the vendor's docs do not list (the ones
            seen so far are described here, each with a discrepancy entry) and may send
            more; clients keep them. Of
            the fields the docs mark required, `title` has been seen absent. `issueDate`
            and `dueDate` are timestamps:
            the start and the end of the calendar day in the location's time zone, so
            the calendar date is only
            recoverable with that zone.
        invoice_url (str): Link to the invoice's hosted payment page: a short link
            on the vendor's payments domain, or a link on the business's white-labelled
            domain (https://pay.example.com/invoice/<id>).
        trace_id (str | Unset): The vendor's id of this request, for its support;
            fresh on every answer.
    """

    invoice: Invoice
    invoice_url: str
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        invoice_url = self.invoice_url

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
                "invoiceUrl": invoice_url,
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
            field_name = "invoice"
            invoice: Invoice = Invoice.from_dict(required(d, "invoice"))
            field_name = "invoiceUrl"
            raw = d.pop("invoiceUrl", ABSENT)
            invoice_url: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "traceId"
            raw = d.pop("traceId", UNSET)
            trace_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        text_2_pay_invoice_response = cls(
            invoice=invoice,
            invoice_url=invoice_url,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        text_2_pay_invoice_response.additional_properties = d
        return text_2_pay_invoice_response

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


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.invoice import Invoice
