"""The card of `POST /invoices/{invoiceId}/void`: voids a sent invoice; the vendor documents its three refusals."""

from __future__ import annotations

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, Refusal
from contract_tests.operations.lifecycle import UNKNOWN_INVOICE, name_no_runs_invoice

CARD = Card(
    "voidInvoice",
    effect=Effect.CHANGE,
    location_in=("body",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="",
    refusals=(
        UNKNOWN_INVOICE,
        Refusal(400, "Can not void draft invoice. You can delete draft invoice!"),
        Refusal(
            400,
            "To void an invoice which has received payment through the payment provider, the corresponding "
            "transaction needs to be refunded first",
        ),
    ),
    body_schema="VoidInvoiceRequest",
    pin=name_no_runs_invoice,
    coverage_requests=40,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
)
