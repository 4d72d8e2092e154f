"""The card of `POST /invoices/{invoiceId}/send`: only `send_manually` in test mode ever goes out (nobody is told)."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, RunIds, put_if_string
from contract_tests.operations.drafts import SEND_MANUALLY, force_billing
from contract_tests.operations.lifecycle import UNKNOWN_INVOICE, name_no_runs_invoice


def pin(case: Case[Any], ids: RunIds) -> None:
    name_no_runs_invoice(case, ids)
    put_if_string(case.body, "userId", ids.user_id)
    force_billing(case.body, SEND_MANUALLY)


def pin_example(body: Any, ids: RunIds, create: bool) -> None:
    if isinstance(body, dict):
        body["altId"] = ids.location_id
        body["userId"] = ids.user_id
    force_billing(body, SEND_MANUALLY)


CARD = Card(
    "sendInvoice",
    effect=Effect.CHANGE,
    location_in=("body",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="/invoice",
    refusals=(UNKNOWN_INVOICE,),
    body_schema="SendInvoiceRequest",
    example="sendManually",
    pin=pin,
    pin_body=pin_example,
    coverage_requests=250,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    billing=SEND_MANUALLY,
)
