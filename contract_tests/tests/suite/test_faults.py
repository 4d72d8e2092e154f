"""Live mode under faults, in process: the run's real guarded stack (guard, ledger, recorder, forwarder) in front of
the real emulator served on 127.0.0.1, behind a fault proxy that delays, drops, resets, answers 5xx or rewrites the
token. Any forwarder failure (a timeout, a reset, a 5xx to a write) stops the stack before its next request; a 5xx
to a read is an answer like any other; three refusals of the token in a row stop it; a create counts against the
budget and is journaled from the moment it leaves; the guard refuses unknown query parameters on writes and
method-override headers, before a byte reaches the proxy."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.operations.text2pay import CARD as TEXT2PAY
from contract_tests.record import resolve_pointer
from contract_tests.suite.ledger import JOURNAL_NAME, read_journal, unconfirmed
from contract_tests.suite.live_guard import RunStoppedError, UnsafeRequestError
from contract_tests.suite.schemas import spec_document
from contract_tests.suite.settings import EMULATOR_CONTACT_ID, EMULATOR_USER_ID, load_settings
from contract_tests.suite.targets import Target, TargetUnreachableError, build_target
from contract_tests.tests.suite.conftest import Served
from contract_tests.tests.suite.fault_proxy import Fault, FaultProxy, Rule, Seen
from highlevel_invoices_emulator import tokens
from highlevel_invoices_emulator.app import emulator_state

HEADERS = {"Version": "2021-07-28", "Authorization": f"Bearer {tokens.LOCATION_TOKEN}"}
NUMBER = "/invoices/generate-invoice-number"
WHERE = {"altId": tokens.MAIN_LOCATION_ID, "altType": "location"}


def draft() -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(resolve_pointer(spec_document("curated"), TEXT2PAY.example_pointer))
    body.update({**WHERE, "userId": EMULATOR_USER_ID, "action": "draft", "liveMode": False})
    body["contactDetails"]["id"] = EMULATOR_CONTACT_ID
    body.pop("invoiceNumber", None)
    return body


def is_create(seen: Seen) -> bool:
    return seen.method == "POST" and seen.path.lower().rstrip("/").endswith("text2pay")


def live_target(url: str, reports: Path, **extra: str) -> Target:
    env = {
        "CONTRACT_BASE_URL": url,
        "HIGHLEVEL_TOKEN": tokens.LOCATION_TOKEN,
        "HIGHLEVEL_LOCATION_ID": tokens.MAIN_LOCATION_ID,
        "HIGHLEVEL_TEST_LOCATION_ID": tokens.MAIN_LOCATION_ID,
        "HIGHLEVEL_USER_ID": EMULATOR_USER_ID,
        "HIGHLEVEL_CONTACT_ID": EMULATOR_CONTACT_ID,
        "CONTRACT_RATE_LIMIT": "9",
        "CONTRACT_MAX_CREATES": "2",
        "CONTRACT_READ_TIMEOUT": "1",
        "CONTRACT_REPORTS_DIR": str(reports),
        **extra,
    }
    return build_target(load_settings(env), journal=True)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def proxied(
    served_emulator: Served, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[FaultProxy, Target]]:
    rule: Rule = request.param
    with FaultProxy(served_emulator.url, rule).serving() as proxy:
        target = live_target(proxy.url, tmp_path)
        yield proxy, target
        assert target.forwarder is not None
        target.forwarder.close()


def client(target: Target) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=target.app), base_url="http://target", headers=HEADERS)


def delay_creates(seen: Seen) -> Fault | None:
    return Fault("delay", delay=2.5) if is_create(seen) else None


def reset_creates(seen: Seen) -> Fault | None:
    return Fault("reset") if is_create(seen) else None


def drop_creates(seen: Seen) -> Fault | None:
    return Fault("drop") if is_create(seen) else None


def gateway_error_on_creates(seen: Seen) -> Fault | None:
    return Fault("answer") if is_create(seen) else None


@pytest.mark.anyio
@pytest.mark.parametrize(
    "proxied", [delay_creates, reset_creates, drop_creates], indirect=True, ids=["late answer", "reset", "dropped"]
)
async def test_a_lost_answer_to_a_create_stops_the_run_before_its_next_request(
    proxied: tuple[FaultProxy, Target], served_emulator: Served, tmp_path: Path
) -> None:
    proxy, target = proxied
    before = len(list(emulator_state(served_emulator.app).store.invoices(tokens.MAIN_LOCATION_ID)))
    async with client(target) as http:
        with pytest.raises(TargetUnreachableError):
            await http.post("/invoices/text2pay", json=draft())
        sent = proxy.count()
        with pytest.raises(RunStoppedError, match="run aborted earlier"):
            await http.get(NUMBER, params=WHERE)
    assert proxy.count() == sent, "a request left after the forwarder failed"
    assert target.abort_reason is not None
    assert not target.credentials_refused
    # The draft exists (the request reached the server); the journal holds it as a pending create of this run,
    # stamped with nothing the answer said, and it counts against the create budget.
    after = list(emulator_state(served_emulator.app).store.invoices(tokens.MAIN_LOCATION_ID))
    assert len(after) == before + 1
    pending = unconfirmed(read_journal(tmp_path / JOURNAL_NAME), tokens.MAIN_LOCATION_ID, proxy.url)
    assert [p.run_id for p in pending] == [target.ledger.run_id]
    assert target.ledger.creates_left() == 1
    assert target.guard.pending == 1


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [gateway_error_on_creates], indirect=True)
async def test_a_5xx_to_a_write_stops_the_run(proxied: tuple[FaultProxy, Target]) -> None:
    proxy, target = proxied
    async with client(target) as http:
        answer = await http.post("/invoices/text2pay", json=draft())
        assert answer.status_code == 502
        with pytest.raises(RunStoppedError):
            await http.get(NUMBER, params=WHERE)
    assert proxy.count() == 1
    assert target.abort_reason is not None
    assert "502" in target.abort_reason
    assert target.ledger.unconfirmed(), "a create answered 5xx may have been made: it stays pending"


def gateway_error_on_reads(seen: Seen) -> Fault | None:
    return Fault("answer") if seen.method == "GET" and seen.index == 0 else None


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [gateway_error_on_reads], indirect=True)
async def test_a_5xx_to_a_read_is_a_finding_and_the_run_goes_on(proxied: tuple[FaultProxy, Target]) -> None:
    proxy, target = proxied
    async with client(target) as http:
        assert (await http.get(NUMBER, params=WHERE)).status_code == 502
        assert (await http.get(NUMBER, params=WHERE)).status_code == 200
    assert target.abort_reason is None
    assert proxy.count() == 2


REVOKED_AFTER = 2


def revoke_the_token(seen: Seen) -> Fault | None:
    """From request REVOKED_AFTER on, the server sees a token it no longer accepts."""
    if seen.index < REVOKED_AFTER:
        return None
    return Fault(set_headers=(("Authorization", "Bearer revoked-0000"),))


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [revoke_the_token], indirect=True)
async def test_a_token_revoked_mid_run_stops_it_after_three_refusals(proxied: tuple[FaultProxy, Target]) -> None:
    proxy, target = proxied
    statuses = []
    async with client(target) as http:
        for _ in range(10):
            try:
                statuses.append((await http.get(NUMBER, params=WHERE)).status_code)
            except RunStoppedError:
                break
    assert statuses == [200, 200, 401, 401, 401]
    assert proxy.count() == REVOKED_AFTER + 3
    assert target.credentials_refused
    assert target.abort_reason is not None
    assert "3 times in a row" in target.abort_reason


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [delay_creates], indirect=True)
async def test_a_create_counts_against_the_budget_from_the_moment_it_is_sent(
    proxied: tuple[FaultProxy, Target], tmp_path: Path
) -> None:
    proxy, target = proxied
    seen_when_sent: list[tuple[int | None, list[str]]] = []

    def at_send(seen: Seen) -> Fault | None:
        journal = tmp_path / JOURNAL_NAME
        events = [e.event for e in read_journal(journal)]
        seen_when_sent.append((target.ledger.creates_left(), events))
        return delay_creates(seen)

    proxy.rule = at_send
    async with client(target) as http:
        with pytest.raises(TargetUnreachableError):
            await http.post("/invoices/text2pay", json=draft())
    assert seen_when_sent == [(1, ["pending"])]  # journaled and counted before a byte reached the server


def passthrough(_seen: Seen) -> Fault | None:
    return None


INVOICE = "0123456789abcdef01234567"


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [passthrough], indirect=True)
@pytest.mark.parametrize(
    ("method", "path", "params", "headers"),
    [
        ("POST", "/invoices/text2pay", {"action": "send", "liveMode": "true"}, {}),
        ("POST", "/invoices/text2pay", {"id": INVOICE}, {}),
        ("DELETE", "/invoices/{own}", {"id": INVOICE}, {}),
        ("DELETE", "/invoices/{own}", {"altId": tokens.MAIN_LOCATION_ID, "search": "x"}, {}),
        ("POST", "/invoices/text2pay", {}, {"X-HTTP-Method-Override": "DELETE"}),
        ("POST", "/invoices/text2pay", {}, {"x-http-method": "PUT"}),
        ("GET", NUMBER, WHERE, {"X-Method-Override": "DELETE"}),
    ],
    ids=[
        "send in the query",
        "another's id in the query",
        "id on a delete",
        "search on a delete",
        "X-HTTP-Method-Override",
        "X-HTTP-Method",
        "X-Method-Override",
    ],
)
async def test_the_live_guard_refuses_unknown_query_parameters_on_writes_and_method_overrides(
    proxied: tuple[FaultProxy, Target], method: str, path: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    proxy, target = proxied
    async with client(target) as http:
        own = (await http.post("/invoices/text2pay", json=draft())).json()["invoice"]["_id"]
        sent = proxy.count()
        body = draft() if method == "POST" else {**WHERE}
        with pytest.raises(UnsafeRequestError):
            await http.request(method, path.format(own=own), params=params, headers=headers, json=body)
    assert proxy.count() == sent, "the refused request reached the server"
    assert target.abort_reason is not None


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [passthrough], indirect=True)
async def test_declared_query_parameters_of_a_write_and_any_of_a_read_go_out_as_checked(
    proxied: tuple[FaultProxy, Target],
) -> None:
    proxy, target = proxied
    async with client(target) as http:
        assert (await http.get(NUMBER, params={**WHERE, "extra": "a b"})).status_code in (200, 422)
        own = (await http.post("/invoices/text2pay", json=draft())).json()["invoice"]["_id"]
        answer = await http.request("DELETE", f"/invoices/{own}", params=WHERE, json=WHERE)
        assert answer.status_code == 200, answer.text
    assert target.abort_reason is None
    assert proxy.seen[0].target.endswith("extra=a+b")  # re-encoded from what the guard parsed


@pytest.mark.anyio
@pytest.mark.parametrize("proxied", [passthrough], indirect=True)
@pytest.mark.parametrize("named", [None, 7, True])
async def test_a_create_naming_no_invoice_by_a_string_is_a_create(
    proxied: tuple[FaultProxy, Target], tmp_path: Path, named: object
) -> None:
    """Only a string `id` names an invoice: a server may take null, a number or a boolean for none and make a
    draft (the emulator does, for null), so such a request is journaled and budgeted as a create."""
    _, target = proxied
    async with client(target) as http:
        answer = await http.post("/invoices/text2pay", json={**draft(), "id": named})
    entries = read_journal(tmp_path / JOURNAL_NAME)
    assert entries[0].event == "pending"
    made = answer.status_code == 200
    assert [e.event for e in entries] == ["pending", "created" if made else "not-created"], answer.text
    assert target.ledger.creates_left() == (1 if made else 2)
