"""The request journal tests use to see what reached the "vendor"."""

from __future__ import annotations

import httpx
import pytest

from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.journal import PER_ENTRY_OVERHEAD, Journal, JournalEntry, is_unsafe_body
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN

from .support import GENERATE, TEXT2PAY, auth, location_query, minimal_body


@pytest.mark.asyncio
async def test_every_request_is_journaled_without_its_token(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await client.get(GENERATE, params=location_query(), headers=auth())
    await client.post(TEXT2PAY, json=minimal_body(), headers=auth())
    await client.post(TEXT2PAY, content=b"{oops", headers={**auth(), "Content-Type": "application/json"})
    await client.get("/elsewhere?q=1")
    entries = state.journal.entries()
    assert [(e.method, e.path, e.status) for e in entries] == [
        ("GET", GENERATE, 200),
        ("POST", TEXT2PAY, 200),
        ("POST", TEXT2PAY, 400),
        ("GET", "/elsewhere", 404),
    ]
    assert entries[0].query == location_query()
    assert entries[0].body is None
    assert entries[1].body == minimal_body()
    assert entries[2].body is None
    assert entries[3].query == {}  # a rejected request keeps neither its query nor its body
    assert LOCATION_TOKEN not in repr(entries)
    assert "Bearer" not in repr(entries)


@pytest.mark.asyncio
async def test_a_suite_can_prove_no_send_arrived(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await client.post(TEXT2PAY, json=minimal_body(), headers=auth())
    actions = [b.get("action") for b in state.journal.bodies(TEXT2PAY) if isinstance(b, dict)]
    assert actions == ["draft"]
    await client.post(TEXT2PAY, json=minimal_body(action="send", liveMode=True), headers=auth())
    bodies = [b for b in state.journal.bodies(TEXT2PAY) if isinstance(b, dict)]
    assert any(b.get("action") == "send" for b in bodies)
    assert any(b.get("liveMode") is True for b in bodies)


def test_the_journal_is_bounded_and_clearable() -> None:
    journal = Journal(max_entries=2)
    for status in (200, 401, 422):
        journal.record(JournalEntry("GET", "/", {}, None, status))
    assert [e.status for e in journal] == [401, 422]
    assert len(journal) == 2
    journal.clear()
    assert journal.entries() == []


@pytest.mark.asyncio
async def test_rejected_requests_keep_no_body_but_say_whether_they_were_unsafe(
    client: httpx.AsyncClient, state: EmulatorState
) -> None:
    junk = minimal_body(action="send", liveMode=True, termsNotes="x" * 50_000)
    await client.post(TEXT2PAY, json=junk)  # no token: 401
    await client.post(TEXT2PAY, json=minimal_body(name=5), headers=auth())  # 422
    [unauthenticated, invalid] = state.journal.entries()
    assert (unauthenticated.status, unauthenticated.body, unauthenticated.unsafe) == (401, None, True)
    assert (invalid.status, invalid.body, invalid.unsafe) == (422, None, False)
    assert state.journal.bytes < 1_000


def test_the_journal_is_bounded_by_bytes() -> None:
    journal = Journal(max_bytes=10_000)
    body = {"termsNotes": "x" * 3_000}
    for _ in range(10):
        journal.record(JournalEntry("POST", TEXT2PAY, {}, body, 200))
    assert journal.bytes <= 10_000
    assert 2 <= len(journal) <= 3
    journal.record(JournalEntry("POST", TEXT2PAY, {}, {"termsNotes": "y" * 20_000}, 200))
    [*_, last] = journal.entries()
    assert (last.body, last.status) == (None, 200)  # too large to keep: the fact stays, the body does not
    assert journal.bytes <= 10_000


@pytest.mark.asyncio
async def test_unauthenticated_floods_do_not_grow_the_journal(client: httpx.AsyncClient, state: EmulatorState) -> None:
    big = {"termsNotes": "x" * 90_000}
    for _ in range(200):
        await client.post(TEXT2PAY, json=big)
    assert len(state.journal) == 200
    assert state.journal.bytes < 200 * (PER_ENTRY_OVERHEAD + 100)  # the facts, never the 90 KB bodies


@pytest.mark.parametrize(
    ("body", "unsafe"),
    [
        ({"action": "send_manually", "liveMode": False}, False),
        ({"action": "draft", "liveMode": False}, False),
        ({"action": "email", "liveMode": False}, True),
        ({"action": "sms", "liveMode": False}, True),
        ({"action": "sms_and_email", "liveMode": False}, True),
        ({"action": "send_manually", "liveMode": False, "autoPayment": {"enable": True}}, True),
        ({"action": "send_manually", "liveMode": False, "autoPayment": {"enable": False}}, False),
        ({"action": ["email"], "liveMode": False}, False),
        ({"mode": "cash", "amount": 1}, False),
    ],
)
def test_a_send_that_reaches_a_customer_or_charges_a_card_is_unsafe(body: dict[str, object], unsafe: bool) -> None:
    assert is_unsafe_body(body) is unsafe
