"""The card of `POST /invoices/{invoiceId}/record-payment`: a manual payment (the built one: cash, one unit)."""

from __future__ import annotations

from typing import Any

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, RunIds
from contract_tests.operations.lifecycle import UNKNOWN_INVOICE, name_no_runs_invoice


def pin_example(body: Any, ids: RunIds, create: bool) -> None:
    if isinstance(body, dict):
        body["altId"] = ids.location_id


CARD = Card(
    "recordInvoicePayment",
    effect=Effect.CHANGE,
    location_in=("body",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="/invoice",
    refusals=(UNKNOWN_INVOICE,),
    body_schema="RecordPaymentRequest",
    example="cashPayment",
    pin=name_no_runs_invoice,
    pin_body=pin_example,
    coverage_requests=150,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
)
