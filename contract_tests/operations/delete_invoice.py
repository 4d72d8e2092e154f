"""The card of the draft delete: the invoice in the path, the location in the body (and the query), and the cleanup."""

from __future__ import annotations

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, Refusal
from contract_tests.operations.live_rules import own_invoices_only

CARD = Card(
    "deleteInvoice",
    effect=Effect.DELETE,
    location_in=("body", "query"),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="",
    refusals=(
        Refusal(400, "Unable to find an invoice with the given invoice id", gone=True),
        Refusal(400, "Invoice status need to be draft to delete an invoice"),
    ),
    body_schema="DeleteInvoiceRequest",
    # A live run deletes only its own drafts, at cleanup (and in the proofs); generated deletes run elsewhere.
    generated_live=False,
    coverage_requests=40,
    requests_per_example=1,
    checks=INVOICE_CHECKS,
    live_rule=own_invoices_only,
    cleanup=True,
)
