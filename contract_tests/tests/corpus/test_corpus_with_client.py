"""The generated client reads every recorded answer it has a model for, without raising and without losing fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from highlevel_invoices.models import DeletedInvoice, Invoice, NextInvoiceNumber

from contract_tests.corpus import CorpusExchange, load_corpus, resolve

MODELS: dict[tuple[str | None, str | None, str | None], Any] = {
    (None, None, "/components/schemas/Invoice"): Invoice,
    ("deleteInvoice", "200", None): DeletedInvoice,
    ("generateInvoiceNumber", "200", None): NextInvoiceNumber,
}
PARSED = [
    (exchange, check)
    for exchange in load_corpus()
    for check in exchange.checks
    if (check.operation, check.status, check.schema) in MODELS
]


@pytest.mark.parametrize(("exchange", "check"), PARSED, ids=[f"{e.id}:{c.operation or c.schema}" for e, c in PARSED])
def test_the_client_parses_the_recorded_answer(exchange: CorpusExchange, check: Any) -> None:
    model = MODELS[(check.operation, check.status, check.schema)]
    data = resolve(exchange.body, check.instance)
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in check.drop}
    parsed = model.from_dict(data)
    assert parsed is not None


def test_a_recorded_live_invoice_parses_with_timestamp_dates_and_no_title() -> None:
    [live] = [e for e in load_corpus() if e.id == "2025-05-invoices-create"]
    body = {k: v for k, v in live.body.items() if k != "traceId"}
    invoice = Invoice.from_dict(body)
    assert isinstance(invoice.issue_date, datetime)
    assert invoice.issue_date.tzinfo is not None
    assert invoice.issue_date.isoformat() == "2025-05-28T07:00:00+00:00"
    assert invoice.invoice_number == "1001"
    assert invoice.to_dict()["companyId"] == body["companyId"]
