"""The card of `POST /invoices/`: creates a draft from a full body (test mode only) and answers the flat invoice."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, RunIds
from contract_tests.operations.drafts import TEST_MODE
from contract_tests.operations.lifecycle import observe_flat_invoice, pin_invoice_body


def pin(case: Case[Any], ids: RunIds) -> None:
    pin_invoice_body(case.body, ids, TEST_MODE, updating=False)


def pin_example(body: Any, ids: RunIds, create: bool) -> None:
    if isinstance(body, dict):
        body["altId"] = ids.location_id
    pin_invoice_body(body, ids, TEST_MODE, updating=False)


CARD = Card(
    "createInvoice",
    effect=Effect.CREATE,
    location_in=("body",),
    answer_invoice="",
    body_schema="CreateInvoiceRequest",
    example="draftInvoice",
    pin=pin,
    observe=observe_flat_invoice,
    pin_body=pin_example,
    coverage_requests=1_200,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    generated_live=False,
    billing=TEST_MODE,
)
