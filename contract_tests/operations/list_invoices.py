"""The card of `GET /invoices/`: one page of a location's invoices; a built request asks for the first 100."""

from __future__ import annotations

from contract_tests.operations.card import Card, Effect

CARD = Card(
    "listInvoices",
    effect=Effect.READ,
    location_in=("query",),
    query=(("limit", "100"), ("offset", "0")),
    coverage_requests=200,
    requests_per_example=2,
    generated_live=False,
)
