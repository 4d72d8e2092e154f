"""A billing integration's whole day through a vendored client, run as a script beside the copy it imports.

Usage: python lifecycle_flow.py BASE_URL TOKEN LOCATION_ID USER_ID. It runs the flow once with the sync client
and once with the async one, and prints one line per step; any failure raises (exit status 1).
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from highlevel_invoices import AsyncHighLevelInvoices, BadRequestError, HighLevelInvoices
from highlevel_invoices.models import InvoiceItemInputDict

ITEM: InvoiceItemInputDict = {"name": "Consulting", "currency": "USD", "amount": 150, "qty": 2}


def draft(name: str, number: str) -> dict[str, Any]:
    """The keywords of a create: a test-mode draft of 300.00 USD."""
    return {
        "name": name,
        "business_details": {"name": "Contract Co"},
        "currency": "USD",
        "items": [ITEM],
        "discount": {"type": "fixed", "value": 0},
        "contact_details": {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Alex", "phoneNo": "+15550100", "email": "a@b.co"},
        "issue_date": "2026-12-01",
        "due_date": "2026-12-31",
        "sent_to": {"email": ["a@b.co"]},
        "live_mode": False,
        "invoice_number": number,
    }


def sync_flow(base_url: str, token: str, location: str, user: str) -> None:
    with HighLevelInvoices(token, base_url=base_url, location_id=location) as client:
        invoices = client.invoices
        first, second, third = (
            invoices.create(**draft(f"sync {n}", invoices.generate_number().invoice_number)) for n in range(3)
        )
        assert invoices.get(first.id).id == first.id
        pages = list(invoices.list(page_size=2, search="sync").pages)
        listed = [invoice.id for page in pages for invoice in page.invoices]
        assert len(pages) == 2, listed
        assert {first.id, second.id, third.id} <= set(listed), listed
        updated = invoices.update(
            first.id,
            name="sync 0, revised",
            currency="USD",
            invoice_items=[ITEM],
            issue_date="2026-12-01",
            due_date="2026-12-31",
        )
        assert updated.name == "sync 0, revised"
        sent = invoices.send(first.id, user_id=user, action="send_manually", live_mode=False)
        assert sent.invoice.status == "sent", sent.invoice.status
        half = invoices.record_payment(first.id, mode="cash", amount=100)
        assert half.invoice.status == "partially_paid", half.invoice
        assert half.invoice.amount_due == 200, half.invoice
        paid = invoices.record_payment(first.id, mode="cash", amount=200)
        assert paid.invoice.status == "paid", paid.invoice
        assert paid.invoice.amount_due == 0, paid.invoice
        invoices.send(second.id, user_id=user, action="send_manually", live_mode=False)
        assert invoices.void(second.id).status == "void"
        invoices.delete(third.id)
        try:
            invoices.get(third.id)
        except BadRequestError as error:
            print(f"sync: deleted invoice reads as {type(error).__name__} {error.status_code}")
        else:
            raise AssertionError("a deleted invoice was read back")
    print("sync: create, get, list, update, send, two cash payments, void, delete: ok")


async def async_flow(base_url: str, token: str, location: str, user: str) -> None:
    async with AsyncHighLevelInvoices(token, base_url=base_url, location_id=location) as client:
        invoices = client.invoices
        first, second, third = [
            await invoices.create(**draft(f"async {n}", (await invoices.generate_number()).invoice_number))
            for n in range(3)
        ]
        assert (await invoices.get(first.id)).id == first.id
        listed = [invoice.id async for invoice in invoices.list(page_size=2, search="async")]
        assert len(listed) == 3, listed
        assert {first.id, second.id, third.id} == set(listed), listed
        await invoices.update(
            first.id,
            name="async 0, revised",
            currency="USD",
            invoice_items=[ITEM],
            issue_date="2026-12-01",
            due_date="2026-12-31",
        )
        assert (
            await invoices.send(first.id, user_id=user, action="send_manually", live_mode=False)
        ).invoice.status == "sent"
        assert (await invoices.record_payment(first.id, mode="cash", amount=100)).invoice.status == "partially_paid"
        paid = await invoices.record_payment(first.id, mode="cash", amount=200)
        assert paid.invoice.status == "paid"
        assert paid.invoice.amount_due == 0
        await invoices.send(second.id, user_id=user, action="send_manually", live_mode=False)
        assert (await invoices.void(second.id)).status == "void"
        await invoices.delete(third.id)
        try:
            await invoices.get(third.id)
        except BadRequestError as error:
            print(f"async: deleted invoice reads as {type(error).__name__} {error.status_code}")
        else:
            raise AssertionError("a deleted invoice was read back")
    print("async: create, get, list, update, send, two cash payments, void, delete: ok")


if __name__ == "__main__":
    base_url, token, location, user = sys.argv[1:5]
    sync_flow(base_url, token, location, user)
    asyncio.run(async_flow(base_url, token, location, user))
