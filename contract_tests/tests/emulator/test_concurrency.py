"""State under concurrent load, over real loopback HTTP: no lost invoice, no repeated number."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx

from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.errors import HttpError
from highlevel_invoices_emulator.serving import serve_in_thread
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

from .support import GENERATE, TEXT2PAY, auth, location_query, minimal_body

CLIENTS = 8
INVOICES_PER_CLIENT = 250


def test_parallel_clients_get_distinct_numbers_and_lose_nothing() -> None:
    unlimited = RateLimitConfig(max_requests=1_000_000, interval_ms=10_000, daily_limit=1_000_000)
    app = create_app(rate_limit=unlimited)
    state = emulator_state(app)

    def client_run(base_url: str, client_no: int) -> list[tuple[int, str, str]]:
        # The standard library's client keeps client-side cost low, so the server is what gets exercised.
        url = urlsplit(base_url)
        connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=30)
        headers = {**auth(), "Content-Type": "application/json"}
        results = []
        try:
            for n in range(INVOICES_PER_CLIENT):
                body = json.dumps(minimal_body(name=f"client {client_no} invoice {n}"))
                connection.request("POST", TEXT2PAY, body=body, headers=headers)
                response = connection.getresponse()
                invoice = json.loads(response.read())["invoice"]
                results.append((response.status, invoice["invoiceNumber"], invoice["_id"]))
        finally:
            connection.close()
        return results

    with serve_in_thread(app) as base_url, ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(client_run, base_url, c) for c in range(CLIENTS)]
        results = [r for f in futures for r in f.result()]
        with httpx.Client(base_url=base_url) as client:
            peek = client.get(GENERATE, params=location_query(), headers=auth()).json()

    total = CLIENTS * INVOICES_PER_CLIENT
    assert {status for status, _, _ in results} == {200}
    numbers = [number for _, number, _ in results]
    assert len(set(numbers)) == total
    assert set(numbers) == {str(n) for n in range(1, total + 1)}
    assert len({invoice_id for _, _, invoice_id in results}) == total
    stored = state.store.invoices(MAIN_LOCATION_ID)
    assert len(stored) == total
    assert {inv["name"] for inv in stored} == {
        f"client {c} invoice {n}" for c in range(CLIENTS) for n in range(INVOICES_PER_CLIENT)
    }
    assert peek["invoiceNumber"] == str(total + 1)
    assert sum(1 for e in state.journal.entries() if e.path == TEXT2PAY and e.status == 200) == total


def test_racing_payments_never_pay_more_than_the_total() -> None:
    """Twenty threads pay 10 each on a 100 invoice: exactly ten are recorded, the rest refused as over the due."""
    state = emulator_state(create_app())
    where = {"altId": MAIN_LOCATION_ID, "altType": "location"}
    body = {
        **where,
        "name": "Race",
        "businessDetails": {},
        "currency": "USD",
        "items": [{"name": "A", "currency": "USD", "amount": 100, "qty": 1}],
        "discount": {"type": "percentage", "value": 0},
        "contactDetails": {"id": "c", "name": "n", "phoneNo": "p", "email": "a@example.com"},
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["a@example.com"]},
        "liveMode": False,
    }
    invoice_id = str(state.service.create(body, None)["_id"])
    state.service.send({**where, "userId": "u", "action": "send_manually", "liveMode": False}, invoice_id)

    def pay(_: int) -> str:
        try:
            state.service.record_payment({**where, "mode": "cash", "amount": 10}, invoice_id)
        except HttpError as refusal:
            return str(refusal.body["message"])
        return "recorded"

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        outcomes = list(pool.map(pay, range(20)))
    assert sorted(set(outcomes)) == ["Invoice is already paid", "recorded"]
    assert outcomes.count("recorded") == 10
    invoice = state.store.get(MAIN_LOCATION_ID, invoice_id)
    assert invoice is not None
    assert (invoice["status"], invoice["amountPaid"], invoice["amountDue"]) == ("paid", 100, 0)
