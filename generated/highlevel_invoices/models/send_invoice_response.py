from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_str,
    read_field,
    read_leaf,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice, InvoiceDict
    from ..models.send_invoice_response_email_data import SendInvoiceResponseEmailData, SendInvoiceResponseEmailDataDict
    from ..models.send_invoice_response_sms_data import SendInvoiceResponseSmsData, SendInvoiceResponseSmsDataDict


T = TypeVar("T", bound="SendInvoiceResponse")


@_attrs_define
class SendInvoiceResponse:
    """The sent invoice, and what was sent by text message and by email (empty objects for `send_manually`).

    Attributes:
        invoice (Invoice): An invoice as the API returns it. The live service sends fields the vendor's docs do not list
            (the ones seen so far are described here, each with a discrepancy entry) and may send more; clients keep
            them. Of the fields the docs mark required, `title` has been seen absent. `issueDate` and `dueDate` are
            timestamps:
            the start and the end of the calendar day in the location's time zone, so the calendar date is only
            recoverable with that zone.
        sms_data (SendInvoiceResponseSmsData): What the text message said, or an empty object.
        email_data (SendInvoiceResponseEmailData): What the email said, or an empty object.
        trace_id (str | Unset): The vendor's id of this request, for its support; fresh on every answer.
    """

    invoice: Invoice
    sms_data: SendInvoiceResponseSmsData
    email_data: SendInvoiceResponseEmailData
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        sms_data = self.sms_data.to_dict()

        email_data = self.email_data.to_dict()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
                "smsData": sms_data,
                "emailData": email_data,
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
        raw = d.pop("invoice", ABSENT)
        invoice: Invoice = read_field(Invoice.from_dict, raw, "invoice")
        raw = d.pop("smsData", ABSENT)
        sms_data: SendInvoiceResponseSmsData = read_field(SendInvoiceResponseSmsData.from_dict, raw, "smsData")
        raw = d.pop("emailData", ABSENT)
        email_data: SendInvoiceResponseEmailData = read_field(SendInvoiceResponseEmailData.from_dict, raw, "emailData")
        raw = d.pop("traceId", UNSET)
        trace_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "traceId")
        send_invoice_response = cls(
            invoice=invoice,
            sms_data=sms_data,
            email_data=email_data,
            trace_id=trace_id,
        )

        # `d` is a fresh copy holding only the fields not read above.
        send_invoice_response.additional_properties = d
        return send_invoice_response

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


class SendInvoiceResponseDict(TypedDict, total=False):
    """`SendInvoiceResponse` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    invoice: Required[InvoiceDict]
    smsData: Required[SendInvoiceResponseSmsDataDict]
    emailData: Required[SendInvoiceResponseEmailDataDict]
    traceId: str


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.invoice import Invoice
    from ..models.send_invoice_response_email_data import SendInvoiceResponseEmailData
    from ..models.send_invoice_response_sms_data import SendInvoiceResponseSmsData
