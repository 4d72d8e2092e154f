"""The card of `PUT /invoices/{invoiceId}`: replaces a draft of the run (test mode, a free number)."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, RunIds
from contract_tests.operations.drafts import TEST_MODE_IF_GIVEN
from contract_tests.operations.lifecycle import UNKNOWN_INVOICE, pin_invoice_body


def pin(case: Case[Any], ids: RunIds) -> None:
    pin_invoice_body(case.body, ids, TEST_MODE_IF_GIVEN, updating=True)


def pin_example(body: Any, ids: RunIds, create: bool) -> None:
    if isinstance(body, dict):
        body["altId"] = ids.location_id
    pin_invoice_body(body, ids, TEST_MODE_IF_GIVEN, updating=True)


CARD = Card(
    "updateInvoice",
    effect=Effect.CHANGE,
    location_in=("body",),
    invoice=InvoiceRef("path", "invoiceId"),
    answer_invoice="",
    refusals=(UNKNOWN_INVOICE,),
    body_schema="UpdateInvoiceRequest",
    example="replaceContents",
    pin=pin,
    pin_body=pin_example,
    coverage_requests=1_100,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    generated_live=False,
    billing=TEST_MODE_IF_GIVEN,
)
