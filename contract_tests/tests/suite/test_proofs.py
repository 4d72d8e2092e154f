"""Proof verdicts, called directly on the real emulator (with one fault injected into its answers where a verdict
needs the vendor to have changed): present, resolved, contradicted, and unproven when only refusals were seen; a
drift of one field changes the verdict of no proof about another field."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.record import Discrepancy, proof_instances
from contract_tests.suite.ledger import InvoiceLedger
from contract_tests.suite.pinning import Pins
from contract_tests.suite.proofs import ProofContradicted, Prover
from contract_tests.suite.recording import Recorder, Redactor
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import build_schema, raw_curated, spec_document, suite_config
from contract_tests.suite.settings import load_settings
from contract_tests.suite.targets import build_emulator, wrap

ENTRIES = {e.id: e for e in proof_instances(raw_curated())}
Edit = Callable[[dict[str, Any]], None]


class EditedAnswers:
    """The emulator, with `edit` applied to the JSON object of every successful text2pay answer (fault injection:
    the vendor changing a field)."""

    def __init__(self, app: Any, edit: Edit) -> None:
        self.app, self.edit = app, edit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/text2pay"):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def hold(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, hold)
        body = b"".join(chunks)
        if 200 <= start["status"] < 300:
            data = json.loads(body)
            self.edit(data)
            body = json.dumps(data).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": body})


def prover(edit: Edit | None = None, *, token: str | None = None) -> Prover:
    env = {"CONTRACT_BASE_URL": "http://127.0.0.1:9", "HIGHLEVEL_TOKEN": token} if token else {}
    settings = load_settings(env)  # with a token: URL mode, but the app below answers (nothing is sent there)
    emulator: Any = build_emulator("default")
    inner = EditedAnswers(emulator, edit) if edit is not None else emulator
    ledger = InvoiceLedger()
    app, _ = wrap(inner, settings, Recorder(Redactor(())), ledger)
    document = spec_document("curated")
    schema = build_schema(document, app, config=suite_config())
    pins = Pins.of(settings.identity, strict_numbers=False, ledger=ledger)
    return Prover(ScenarioContext(settings, schema, pins, document), app)


def _set_invoice(**values: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data["invoice"].update(values)

    return edit


def entry(entry_id: str) -> Discrepancy:
    return ENTRIES[entry_id]


def test_a_recorded_response_difference_is_present() -> None:
    outcome = prover().prove(entry("t2p-invoice-number-type"))
    assert outcome.status == "present", outcome.detail
    assert "/invoice/invoiceNumber" in outcome.detail


def test_the_vendor_following_its_docs_resolves_the_entry() -> None:
    outcome = prover(_set_invoice(invoiceNumber=19)).prove(entry("t2p-invoice-number-type"))
    assert outcome.status == "resolved", outcome.detail


def test_an_answer_the_curated_spec_rejects_contradicts_the_proof() -> None:
    with pytest.raises(ProofContradicted, match=r"t2p-invoice-number-type.*invoiceNumber"):
        prover(_set_invoice(invoiceNumber={"value": 19})).prove(entry("t2p-invoice-number-type"))


@pytest.mark.parametrize("entry_id", ["t2p-invoice-number-type", "t2p-invoice-items-type"])
def test_a_drift_of_another_field_leaves_a_proof_present(entry_id: str) -> None:
    outcome = prover(_set_invoice(total="999.00")).prove(entry(entry_id))  # like the drift-total-as-string profile
    assert outcome.status == "present", outcome.detail


def test_a_refused_token_proves_nothing() -> None:
    """With a token the target refuses, every proof is unproven: none resolved, none contradicted."""
    run = prover(token="not-a-token-the-emulator-knows")
    outcomes = {e.id: run.prove(e) for e in ENTRIES.values()}
    decided = {i: (o.status, o.detail) for i, o in outcomes.items() if o.status != "unproven"}
    # The invalid-token probe is the one proof about a refused token: its own refusal is its answer.
    assert set(decided) <= {"unauthorized-example"}, decided
    assert "credentials were refused" in outcomes["t2p-invoice-number-type"].detail
