"""The store and the journal cost what they count, and stay within their byte bounds on the served emulator."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.journal import Journal, JournalEntry
from highlevel_invoices_emulator.request_parsing import parse_json_text
from highlevel_invoices_emulator.serving import serve_in_thread
from highlevel_invoices_emulator.store import PER_INVOICE_OVERHEAD, InvoiceStore
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

from .support import TEXT2PAY, auth, minimal_body

UNLIMITED = RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9)
SLACK = 64 * 1024  # allocations made once (the deque's first blocks, the JSON codec's caches), not per entry
KEPT = 8


def big_body(items: int = 1_000) -> dict[str, object]:
    """About 50 KB of JSON: many line items, as an invoice near the 100 KB body limit has."""
    return minimal_body(items=[{"name": f"Widget {n}", "currency": "USD", "amount": 1, "qty": 1} for n in range(items)])


@contextmanager
def traced() -> Iterator[list[int]]:
    """The bytes Python allocated, and still holds, inside the block."""
    grown: list[int] = []
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        yield grown
        gc.collect()
        grown.append(tracemalloc.get_traced_memory()[0] - before)
    finally:
        tracemalloc.stop()


def _build(index: int, body: dict[str, object]) -> dict[str, object]:
    return {**json.loads(json.dumps(body)), "_id": f"id{index}", "status": "draft"}


def builder(invoice_id: str, **fields: object) -> Callable[[str], dict[str, object]]:
    """A `build` for `InvoiceStore.create`: an invoice of that id with the number it is given."""

    def build(number: str) -> dict[str, object]:
        return {"_id": invoice_id, "invoiceNumber": number, **fields}

    return build


def test_a_stored_invoice_costs_what_the_store_counts() -> None:
    store = InvoiceStore(1, max_invoices=1_000, max_bytes=1 << 40)
    body = big_body()
    with traced() as grown:
        for index in range(KEPT):
            store.create(
                MAIN_LOCATION_ID, None, allow_duplicates=False, build=builder(f"id{index}", **_build(index, body))
            )
    # Kept as a tree of dicts (before compact storage) the same invoice cost about 4.5 times its JSON.
    assert grown[0] <= store.bytes + SLACK
    assert store.bytes / KEPT - PER_INVOICE_OVERHEAD >= len(json.dumps(_build(0, body), separators=(",", ":")))


def test_a_journal_byte_costs_at_most_a_counted_byte() -> None:
    journal = Journal(10_000, max_bytes=1 << 40)
    text = json.dumps(big_body())
    with traced() as grown:
        for _ in range(KEPT // 2):
            journal.record(JournalEntry("POST", TEXT2PAY, {"altId": MAIN_LOCATION_ID}, parse_json_text(text), 200))
    assert grown[0] <= journal.bytes + SLACK  # as parsed trees (before) such bodies cost about 5.5 times their JSON


def test_stored_documents_and_journaled_bodies_survive_the_round_trip_exactly() -> None:
    odd = {"name": "caf\u00e9 \U0001f600 \ud800", "huge": float("inf"), "neg": -0.0, "n": 12345678901234567890.0}
    store = InvoiceStore(1)
    created = store.create("loc", None, allow_duplicates=False, build=lambda n: {"_id": "a", "invoiceNumber": n, **odd})
    assert store.get("loc", "a") == created
    journal = Journal()
    journal.record(JournalEntry("POST", TEXT2PAY, {"q": ["1", "2"]}, odd, 200))
    [entry] = journal.entries()
    assert (entry.query, entry.body) == ({"q": ["1", "2"]}, odd)
    assert journal.bodies(TEXT2PAY) == [odd]


def test_readers_get_copies_that_cannot_change_the_store() -> None:
    store = InvoiceStore(1)
    created = store.create("loc", None, allow_duplicates=False, build=lambda n: {"_id": "a", "invoiceNumber": n})
    created["name"] = "changed by the caller"
    fetched = store.get("loc", "a")
    assert fetched is not None
    assert "name" not in fetched
    fetched["invoiceNumber"] = "999"
    assert store.invoices() == [{"_id": "a", "invoiceNumber": "1"}]


def test_the_store_is_bounded_by_bytes_and_keeps_the_invoice_just_written() -> None:
    store = InvoiceStore(1, max_bytes=3_000)
    for index in range(10):
        store.create("loc", None, allow_duplicates=False, build=builder(f"id{index}", pad="x" * 500))
    assert store.bytes <= 3_000
    kept = [invoice["_id"] for invoice in store.invoices()]
    assert kept[-1] == "id9"
    assert 2 <= len(kept) <= 3
    store.create(
        "loc", None, allow_duplicates=False, build=lambda n: {"_id": "big", "invoiceNumber": n, "pad": "y" * 9_000}
    )
    assert [invoice["_id"] for invoice in store.invoices()] == ["big"]  # alone over the bound, yet kept
    assert store.peek_number("loc") == 12  # dropped invoices' numbers are not given out again
    with pytest.raises(ValueError, match="positive"):
        InvoiceStore(1, max_bytes=0)


def test_an_update_makes_an_invoice_the_last_to_be_dropped() -> None:
    store = InvoiceStore(1, max_invoices=2)
    for name in ("a", "b"):
        store.create("loc", None, allow_duplicates=False, build=builder(name))
    store.update("loc", "a", None, allow_duplicates=False, build=lambda current, n: {**current, "name": "again"})
    store.create("loc", None, allow_duplicates=False, build=lambda n: {"_id": "c", "invoiceNumber": n})
    assert [invoice["_id"] for invoice in store.invoices()] == ["a", "c"]


def test_the_served_emulator_keeps_big_invoices_within_its_store_bound() -> None:
    bound = 500_000
    app = create_app(rate_limit=UNLIMITED, max_store_bytes=bound, journal_bytes=200_000)
    state = emulator_state(app)
    answered = []
    with serve_in_thread(app) as base_url, httpx.Client(base_url=base_url) as client:
        for _ in range(8):
            response = client.post(TEXT2PAY, json=big_body(1_100), headers=auth())
            assert response.status_code == 200, response.text[:200]
            answered.append(response.json()["invoice"])
    assert len(json.dumps(answered[-1])) > 100_000  # each stored document is over 100 KB
    assert state.store.bytes <= bound
    assert state.journal.bytes <= 200_000
    kept = state.store.invoices(MAIN_LOCATION_ID)
    assert 2 <= len(kept) < 8
    assert kept == answered[-len(kept) :]  # the newest kept, exactly as answered
