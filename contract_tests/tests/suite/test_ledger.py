"""The ledger learns creates and deletes from the target's answers, journals them, refuses a create beyond the
budget and (live) a delete of another's invoice, and stops a run whose token the target keeps refusing; pinning
turns creates beyond the budget into updates and sends, live, only numbers generate-invoice-number just returned."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.operations.text2pay import CARD as TEXT2PAY
from contract_tests.operations.text2pay import pin_generated_body as pin_text2pay_body
from contract_tests.record import resolve_pointer
from contract_tests.suite.ledger import (
    InvoiceLedger,
    LedgerMiddleware,
    LedgerRefusalError,
    TokenRefusals,
    judges_no_token,
    outstanding,
    read_journal,
    token_refusal,
)
from contract_tests.suite.pinning import InvoiceNumbers, Pins
from contract_tests.suite.schemas import spec_document
from contract_tests.suite.settings import emulator_identity
from contract_tests.suite.targets import build_emulator

IDENTITY = emulator_identity()
HEADERS = {"Version": "2021-07-28", "Authorization": f"Bearer {IDENTITY.token}"}


def _draft() -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(resolve_pointer(spec_document("curated"), TEXT2PAY.example_pointer))
    body.update({"altId": IDENTITY.location_id, "userId": IDENTITY.user_id, "action": "draft", "liveMode": False})
    body["contactDetails"]["id"] = IDENTITY.contact_id
    body.pop("invoiceNumber", None)
    return body


DRAFT = _draft()


def client(ledger: InvoiceLedger, *, live: bool = False) -> httpx.AsyncClient:
    app = LedgerMiddleware(build_emulator("default"), ledger, live=live)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator", headers=HEADERS)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_creates_are_learned_and_journaled_and_the_budget_holds(tmp_path: Path) -> None:
    journal = tmp_path / "invoices.jsonl"
    ledger = InvoiceLedger(max_creates=2, journal=journal, location_id=IDENTITY.location_id, target="t")
    async with client(ledger) as http:
        first = (await http.post("/invoices/text2pay", json=DRAFT)).json()["invoice"]["_id"]
        update = await http.post("/invoices/text2pay", json={**DRAFT, "id": first})
        assert update.status_code == 200, update.text
        await http.post("/invoices/text2pay", json=DRAFT)
        assert ledger.creates_left() == 0
        for spelling in ("/invoices/text2pay", "/Invoices//text2pay/"):  # the vendor's router reads both alike
            with pytest.raises(LedgerRefusalError, match="create budget of 2"):
                await http.post(spelling, json=DRAFT)
    assert len(ledger.created) == 2
    assert ledger.created[0] == first
    assert ledger.abort_reason is not None
    entries = read_journal(journal)
    assert [e.event for e in entries] == ["pending", "created", "pending", "created"]  # journaled before sent
    assert outstanding(entries, IDENTITY.location_id, "t") == ledger.created
    assert outstanding(entries, "another-location", "t") == []


@pytest.mark.anyio
async def test_a_live_run_deletes_only_its_own_invoices() -> None:
    ledger = InvoiceLedger()
    async with client(ledger, live=True) as http:
        with pytest.raises(LedgerRefusalError, match="did not create"):
            await http.request("DELETE", "/invoices/0123456789abcdef01234567", json={"altId": "x"})
    assert ledger.refused


A, B = "a" * 24, "b" * 24


def test_deletes_are_learned_and_journaled(tmp_path: Path) -> None:
    journal = tmp_path / "invoices.jsonl"
    ledger = InvoiceLedger(journal=journal, location_id="L", target="t")
    ledger.note_created(A)
    ledger.note_created(B)
    ledger.note_deleted(A)
    ledger.note_deleted("c" * 24)  # not ours
    assert ledger.left_behind() == [B]
    assert ledger.latest() == B
    journal.write_text(journal.read_text() + '{"event": "crea')  # a line cut by a crash
    assert outstanding(read_journal(journal), "L", "t") == [B]


def test_the_token_refused_three_times_in_a_row_stops_the_run() -> None:
    refusals = TokenRefusals()
    refusal = token_refusal(401, json.dumps({"statusCode": 401, "message": "Invalid JWT"}).encode())
    assert refusal == "Invalid JWT"
    assert token_refusal(401, b'{"message": "version header was not found."}') is None
    assert token_refusal(403, b'{"message": "Invalid JWT"}') is None
    assert [refusals.note(answer) for answer in (refusal, None, refusal, refusal)] == [None] * 4
    reason = refusals.note(refusal)
    assert reason is not None
    assert "Invalid JWT" in reason


def pins(max_creates: int | None, *, strict: bool = False) -> Pins:
    return Pins.of(IDENTITY, strict_numbers=strict, ledger=InvoiceLedger(max_creates=max_creates))


def test_creates_beyond_the_budget_become_updates_of_the_runs_own_draft() -> None:
    p = pins(1)
    body: dict[str, Any] = dict(DRAFT)
    pin_text2pay_body(body, p)
    assert "id" not in body  # within the budget: a create
    p.invoices.note_created("own-draft")
    body = dict(DRAFT, invoiceNumber="5")
    pin_text2pay_body(body, p)
    assert body["id"] == "own-draft"
    assert (body["action"], body["liveMode"]) == ("draft", False)


def test_the_proofs_keep_their_share_of_the_budget() -> None:
    p = Pins.of(IDENTITY, strict_numbers=False, ledger=InvoiceLedger(max_creates=3), reserve=2)
    assert p.cases_may_create()
    p.invoices.note_created("one")
    assert not p.cases_may_create()
    assert p.invoices.creates_left() == 2


def test_a_generated_update_names_the_runs_latest_draft_or_becomes_a_create() -> None:
    p = pins(None)
    body: dict[str, Any] = dict(DRAFT, id="somebody-elses")
    pin_text2pay_body(body, p)
    assert "id" not in body
    p.invoices.note_created("mine")
    body = dict(DRAFT, id="somebody-elses")
    pin_text2pay_body(body, p)
    assert body["id"] == "mine"


def test_live_numbers_are_only_the_one_just_issued() -> None:
    numbers = InvoiceNumbers(strict=True)
    assert numbers.claim("7000000000") is None  # nothing issued: send none, the vendor takes the next
    numbers.observe_issued(41)
    assert numbers.claim("7000000000") == "41"
    assert numbers.claim("41") is None  # used: not again
    loose = InvoiceNumbers(strict=False)
    assert loose.claim("12") == "12"
    assert loose.claim("12") != "12"


def test_a_live_update_carries_no_number_and_a_create_only_the_issued_one() -> None:
    p = pins(1, strict=True)
    body: dict[str, Any] = dict(DRAFT, invoiceNumber="999999")
    pin_text2pay_body(body, p)
    assert "invoiceNumber" not in body
    p.numbers.observe_issued("42")
    body = dict(DRAFT, invoiceNumber="999999")
    pin_text2pay_body(body, p)
    assert body["invoiceNumber"] == "42"
    p.invoices.note_created("own")
    p.numbers.observe_issued("43")
    body = dict(DRAFT, invoiceNumber="43")
    pin_text2pay_body(body, p)
    assert body["id"] == "own"
    assert "invoiceNumber" not in body


def test_checks_that_saw_only_refused_credentials_are_unproven() -> None:
    from dataclasses import replace

    from contract_tests.operations.generate_invoice_number import CARD as GENERATE
    from contract_tests.suite.results import RunResults
    from contract_tests.suite.runtime import Run
    from contract_tests.suite.settings import load_settings
    from contract_tests.suite.targets import build_target

    settings = load_settings({})
    settings = replace(settings, identity=replace(settings.identity, token="eyJhbGciOiJub25lIn0.e30.revoked"))
    run = Run(settings=settings, target=build_target(settings))
    case = run.schema()[GENERATE.path][GENERATE.method].Case(
        query={"altId": IDENTITY.location_id, "altType": "location"}, headers={"Version": "2021-07-28"}
    )
    response = case.call(**run.call_kwargs())
    assert response.status_code == 401
    assert run.refuses_credentials(case, response)
    probe = case.call(headers={"Authorization": "Bearer something-else"})
    assert not run.refuses_credentials(case, probe)  # a probe's own 401 is the answer it seeks

    results = RunResults()
    results.record_checks(GENERATE.label, [("status_code_conformance", True)], unproven=True)
    assert results.check_status(GENERATE.label, "status_code_conformance") == "unproven"
    assert results.unproven_checks() == [(GENERATE.label, "status_code_conformance")]
    results.record_checks(GENERATE.label, [("status_code_conformance", True)])
    assert results.check_status(GENERATE.label, "status_code_conformance") == "passed"
    assert results.unproven_checks() == []


def test_the_latest_draft_is_never_one_the_run_deleted() -> None:
    """Once every draft of the run is deleted there is no latest: an update or a read of a deleted draft judges the
    vendor on an invoice that is gone."""
    ledger = InvoiceLedger()
    ledger.note_created("a")
    ledger.note_created("b")
    ledger.note_deleted("b")
    assert ledger.latest() == "a"
    ledger.note_deleted("a")
    assert ledger.latest() is None


def test_pinning_never_updates_a_deleted_draft() -> None:
    """Neither a generated body nor a proof's body is pinned to a draft the run already deleted (a stateful delete
    link takes the draft a create just made)."""
    from contract_tests.suite.scenarios import ScenarioContext
    from contract_tests.suite.settings import load_settings

    p = pins(1)
    p.invoices.note_created("gone")
    p.invoices.note_deleted("gone")
    generated: dict[str, Any] = dict(DRAFT, id="somebody-elses")
    pin_text2pay_body(generated, p)
    assert "id" not in generated
    context = ScenarioContext(load_settings({}), None, p, spec_document("curated"))  # type: ignore[arg-type]
    proof_body = context.example_body(TEXT2PAY)
    assert proof_body.get("id") != "gone"
    assert "id" not in proof_body


def test_a_generated_delete_keeps_the_last_live_draft_once_the_budget_is_spent() -> None:
    """Creates beyond the budget become updates of the run's live draft, so a generated delete may not take the
    last one: it names an invoice that does not exist (the documented 400) instead."""
    from contract_tests.operations.card import UNKNOWN_INVOICE_ID
    from contract_tests.operations.delete_invoice import CARD as DELETE
    from contract_tests.suite.schemas import build_schema, suite_config

    operation = build_schema(spec_document("curated"), build_emulator("default"), config=suite_config())[DELETE.path][
        DELETE.method
    ]
    p = pins(2)
    p.invoices.note_created("first")

    def pinned() -> str:
        case = operation.Case(path_parameters={"invoiceId": "generated"}, query={"altId": "x"}, body={"altId": "x"})
        DELETE.pin_case(case, p)
        return str(case.path_parameters["invoiceId"])

    assert pinned() == "first"  # the budget allows another create
    p.invoices.note_created("second")
    assert pinned() == "second"  # spent, but another live draft remains
    p.invoices.note_deleted("second")
    assert pinned() == UNKNOWN_INVOICE_ID


def test_answers_about_the_version_neither_count_nor_reset_the_refusals() -> None:
    """The vendor checks Version before the token: a revoked token's run must not go on because negative cases
    about Version come between its refusals (the issue's 900 requests)."""
    refusals = TokenRefusals()
    refusal = "Invalid Private Integration token"
    version = b'{"statusCode": 401, "message": "version header was not found."}'
    assert judges_no_token(401, version)
    assert not judges_no_token(401, b'{"message": "Invalid JWT"}')
    assert refusals.note(refusal) is None
    assert refusals.note(refusal) is None
    assert refusals.note(None, neutral=judges_no_token(401, version)) is None
    assert refusals.note(refusal) is not None
