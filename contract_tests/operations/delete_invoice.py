"""The card of the draft delete: the invoice in the path, the location in the body (and the query), and the cleanup."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.operations.card import (
    INVOICE_CHECKS,
    UNKNOWN_INVOICE_ID,
    Card,
    Effect,
    InvoiceRef,
    Refusal,
    RunIds,
    put_if_string,
)
from contract_tests.operations.live_rules import own_invoices_only


def keep_a_draft(case: Case[Any], ids: RunIds) -> None:
    """Once the create budget is spent, a generated delete never takes the run's last live draft (creates beyond
    the budget become updates of it): it names an invoice that does not exist instead, which the vendor refuses
    with its documented 400."""
    if not ids.cases_may_create() and len(ids.invoices.left_behind()) <= 1:
        put_if_string(case.path_parameters, "invoiceId", UNKNOWN_INVOICE_ID)


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
    pin=keep_a_draft,
    # A live run deletes only its own drafts, at cleanup (and in the proofs); generated deletes run elsewhere.
    generated_live=False,
    coverage_requests=40,
    requests_per_example=1,
    checks=INVOICE_CHECKS,
    live_rule=own_invoices_only,
    cleanup=True,
)
