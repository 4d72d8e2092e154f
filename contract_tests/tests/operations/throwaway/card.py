"""The card of a throwaway read of one invoice (test_new_operation.py): the invoice in the path, the location in
the query."""

from __future__ import annotations

from contract_tests.operations.card import INVOICE_CHECKS, Card, InvoiceRef, Refusal
from contract_tests.operations.live_rules import own_invoices_only

CARD = Card(
    "probeInvoice",
    location_in=("query",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="",
    refusals=(Refusal(400, "Unable to find an invoice with the given invoice id", gone=True),),
    coverage_requests=40,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    live_rule=own_invoices_only,
)
