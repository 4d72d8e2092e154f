"""The card of `GET /invoices/{invoiceId}`: reads one invoice; the location travels in the query."""

from __future__ import annotations

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef
from contract_tests.operations.lifecycle import UNKNOWN_INVOICE
from contract_tests.operations.live_rules import reads_only

CARD = Card(
    "getInvoice",
    effect=Effect.READ,
    location_in=("query",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="",
    refusals=(UNKNOWN_INVOICE,),
    coverage_requests=40,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    # Reconciliation reads with it in live mode too (only drafts carrying the run's id are ever acted on).
    live_rule=reads_only,
    read_drafts=True,
)
