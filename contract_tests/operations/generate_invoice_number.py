"""The card of the next-invoice-number call: a read with the location in the query, and the preflight."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from contract_tests.operations.card import Card, RunIds
from contract_tests.operations.live_rules import reads_only


def observe(ids: RunIds, answer: Mapping[str, Any]) -> None:
    """The number handed out is the one a live create may use next."""
    if "invoiceNumber" in answer:
        ids.numbers.observe_issued(answer["invoiceNumber"])


CARD = Card(
    "generateInvoiceNumber",
    location_in=("query",),
    observe=observe,
    coverage_requests=55,
    requests_per_example=2,
    live_rule=reads_only,
    preflight=True,
)
