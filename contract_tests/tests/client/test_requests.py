"""Requests that read like the docs: TypedDict bodies checked before sending, `id` for `_id`, one-value defaults."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from highlevel_invoices import HighLevelInvoices, RequestValidationError, Text2PayInvoiceRequestDict
from highlevel_invoices.models import AltType, ItemTax, Text2PayInvoiceRequest
from starlette.applications import Starlette

from contract_tests.tests.client.conftest import invoices_in
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

REPO = Path(__file__).resolve().parents[3]


def draft(**changes: object) -> Text2PayInvoiceRequestDict:
    body: Text2PayInvoiceRequestDict = {
        "altId": MAIN_LOCATION_ID,
        "userId": "hUm4SmFjEfHyjzTtQxXy",
        "name": "Typed draft",
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
        "action": "draft",
    }
    body.update(changes)  # type: ignore[typeddict-item]
    return body


def _counting() -> tuple[HighLevelInvoices, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return HighLevelInvoices("t", transport=httpx.MockTransport(handler), max_retries=0), sent


def test_a_draft_from_a_typed_dict(client: HighLevelInvoices, app: Starlette) -> None:
    created = client.create_and_send_invoice(draft())
    assert created.invoice.alt_type is AltType.LOCATION  # altType was not given: its only value is the default
    assert created.invoice.id
    assert invoices_in(app) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"acton": "draft"}, "body.acton: unknown field; did you mean 'action'?"),
        ({"liveMod": False}, "body.liveMod: unknown field; did you mean 'liveMode'?"),
        ({"items": [{"name": "W", "currency": "USD", "amount": 1, "qyt": 1}]}, "body.items[0].qyt: unknown field"),
        ({"sentTo": {"emails": ["a@example.com"]}}, "body.sentTo.emails: unknown field; did you mean 'email'?"),
        ({"liveMode": "false"}, "body.liveMode: expected a boolean, got a string"),
        ({"action": "sned"}, "body.action: unexpected value 'sned'"),
    ],
)
def test_bad_input_is_refused_before_sending(change: dict[str, object], message: str) -> None:
    client, sent = _counting()
    with client, pytest.raises(RequestValidationError) as caught:
        client.create_and_send_invoice(draft(**change))
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)
    assert sent == []


def test_a_missing_required_key_is_refused() -> None:
    body = dict(draft())
    del body["currency"]
    client, sent = _counting()
    with client, pytest.raises(RequestValidationError, match=r"body\.currency: required field is missing"):
        client.create_and_send_invoice(body)  # type: ignore[arg-type]
    assert sent == []


def test_a_bare_from_dict_is_strict_too() -> None:
    with pytest.raises(ValueError, match="did you mean 'action'"):
        Text2PayInvoiceRequest.from_dict({**draft(), "acton": "send"})


def test_underscore_id_is_id_in_python_and_on_the_wire() -> None:
    tax = ItemTax(id="673d01d7d547648a8dab6211", name="VAT", rate=20)
    assert tax.to_dict()["_id"] == "673d01d7d547648a8dab6211"
    assert ItemTax.from_dict(tax.to_dict()).id == tax.id


def test_single_value_enums_default() -> None:
    model = Text2PayInvoiceRequest.from_dict(draft())
    assert model.alt_type is AltType.LOCATION
    assert model.to_dict()["altType"] == "location"


_TYPED_APP = """
from highlevel_invoices import HighLevelInvoices, Text2PayInvoiceRequestDict

draft: Text2PayInvoiceRequestDict = {
    "altId": "loc", "userId": "user", "name": "Typed", "currency": "USD",
    "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
    "issueDate": "2024-01-01", "sentTo": {"email": ["a@example.com"]}, "liveMode": False, "action": "draft",
}

def create(client: HighLevelInvoices) -> str:
    return client.create_and_send_invoice(draft).invoice.invoice_number
"""


@pytest.mark.slow
def test_mypy_strict_accepts_a_typed_draft_and_rejects_a_typo(tmp_path: Path) -> None:
    good = tmp_path / "good_app.py"
    good.write_text(textwrap.dedent(_TYPED_APP), encoding="utf-8")
    bad = tmp_path / "bad_app.py"
    bad.write_text(textwrap.dedent(_TYPED_APP).replace('"action": "draft"', '"acton": "draft"'), encoding="utf-8")
    results = {}
    for app in (good, bad):
        results[app.name] = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(app)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
            env={"MYPYPATH": str(REPO / "generated"), "PATH": "/usr/bin:/bin"},
        )
    assert results["good_app.py"].returncode == 0, results["good_app.py"].stdout
    assert results["bad_app.py"].returncode == 1
    assert 'Extra key "acton"' in results["bad_app.py"].stdout
    assert 'Missing key "action"' in results["bad_app.py"].stdout
