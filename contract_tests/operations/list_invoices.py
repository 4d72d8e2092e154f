"""The card of `GET /invoices/`: one page of a location's invoices; a built request asks for the first 100."""

from __future__ import annotations

from contract_tests.operations.card import Card, Effect
from contract_tests.operations.live_rules import reads_only

CARD = Card(
    "listInvoices",
    effect=Effect.READ,
    location_in=("query",),
    query=(("limit", "100"), ("offset", "0")),
    coverage_requests=200,
    requests_per_example=2,
    generated_live=False,
    # Reconciliation reads with it in live mode too (only drafts carrying the run's id are ever acted on).
    live_rule=reads_only,
    search_drafts=True,
)
