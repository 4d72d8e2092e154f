"""The request journal tests use to see what reached the "vendor"."""

from __future__ import annotations

import httpx
import pytest

from contract_tests.emulator.app import EmulatorState
from contract_tests.emulator.journal import Journal, JournalEntry
from contract_tests.emulator.tokens import LOCATION_TOKEN

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
    assert entries[3].query == {"q": "1"}
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
