"""An integrator's own tests of their billing code, written as a user of the emulator writes them.

It is not collected by this repository's test run (the name does not start with `test_`): `test_plugin.py` and
`test_distribution.py` run it with pytest, in process and against the served command, in this checkout and in a
fresh virtual environment holding only the emulator distribution (with its `pytest` extra) and our client.
It imports nothing from this repository but those two packages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from highlevel_invoices import HighLevelInvoices, PermissionDeniedError, RateLimitError

from highlevel_invoices_emulator import Fault
from highlevel_invoices_emulator.testing import HighLevelEmulator


def bill_customer(client: HighLevelInvoices, location_id: str, name: str) -> str:
    """The code under test: a draft invoice for a customer, never sent, never live; its id."""
    answer = client.create_and_send_invoice(
        {
            "altId": location_id,
            "userId": "hUm4SmFjEfHyjzTtQxXy",
            "name": name,
            "currency": "USD",
            "items": [{"name": "Consulting", "currency": "USD", "amount": 120, "qty": 3}],
            "issueDate": "2024-01-15",
            "sentTo": {"email": ["alex@example.com"]},
            "liveMode": False,
            "action": "draft",
        }
    )
    return answer.invoice.id


def client_for(emulator: HighLevelEmulator, token: str | None = None, max_retries: int = 2) -> HighLevelInvoices:
    """Our client on the fixture's transport: the one line an integrator adds."""
    return HighLevelInvoices(
        token or emulator.token, base_url=emulator.base_url, transport=emulator.transport, max_retries=max_retries
    )


def test_a_draft_is_created_and_nothing_live_is_ever_sent(highlevel_emulator: HighLevelEmulator) -> None:
    with client_for(highlevel_emulator) as client:
        invoice_id = bill_customer(client, highlevel_emulator.location_id, "January consulting")

    (sent,) = highlevel_emulator.requests
    assert (sent.method, sent.path, sent.status) == ("POST", "/invoices/text2pay", 200)
    assert sent.body["liveMode"] is False
    assert sent.body["action"] == "draft"
    assert all(not request.unsafe for request in highlevel_emulator.requests)
    (stored,) = highlevel_emulator.invoices()
    assert (stored["_id"], stored["status"], stored["total"]) == (invoice_id, "draft", 360)


def test_a_burst_of_429s_is_retried_without_a_second_invoice(highlevel_emulator: HighLevelEmulator) -> None:
    highlevel_emulator.rate_limit(times=2, path="/invoices/text2pay")
    with client_for(highlevel_emulator, max_retries=2) as client:
        bill_customer(client, highlevel_emulator.location_id, "Retried")

    assert [(r.status, r.fault) for r in highlevel_emulator.requests] == [
        (429, "rate-limit"),
        (429, "rate-limit"),
        (200, None),
    ]
    assert len(highlevel_emulator.invoices()) == 1


def test_past_the_retries_the_rate_limit_reaches_the_caller(highlevel_emulator: HighLevelEmulator) -> None:
    highlevel_emulator.inject(Fault.rate_limit(times=None))
    with client_for(highlevel_emulator, max_retries=1) as client, pytest.raises(RateLimitError):
        bill_customer(client, highlevel_emulator.location_id, "Refused")

    assert [r.status for r in highlevel_emulator.requests] == [429, 429]
    assert highlevel_emulator.invoices() == []


@pytest.mark.highlevel_emulator(now="2024-01-15T09:30:00Z", seed=3)
def test_existing_invoices_a_second_location_and_a_fixed_now(highlevel_emulator: HighLevelEmulator) -> None:
    sent = highlevel_emulator.add_invoice(status="sent", name="Sent last week", issueDate="2024-01-08")
    other = highlevel_emulator.add_location(timezone="Europe/Berlin")

    with client_for(highlevel_emulator) as client:
        assert client.generate_invoice_number(alt_id=highlevel_emulator.location_id).invoice_number == "5"
        invoice_id = bill_customer(client, highlevel_emulator.location_id, "After the seeded ones")
    with client_for(highlevel_emulator, token=other.token) as theirs:
        assert theirs.generate_invoice_number(alt_id=other.location_id).invoice_number == "1"
        with pytest.raises(PermissionDeniedError):
            theirs.generate_invoice_number(alt_id=highlevel_emulator.location_id)

    assert sent["status"] == "sent"
    assert sent["issueDate"] == "2024-01-08T08:00:00.000Z"  # the main location's zone: America/Los_Angeles
    mine = {invoice["_id"]: invoice for invoice in highlevel_emulator.invoices(highlevel_emulator.location_id)}
    assert len(mine) == 5
    assert mine[invoice_id]["createdAt"] == "2024-01-15T09:30:00.000Z"
    assert datetime.fromisoformat(mine[invoice_id]["createdAt"]) == datetime(2024, 1, 15, 9, 30, tzinfo=UTC)
