"""Invoice creation and update through text2pay, invoice numbers, and the shape of the answers."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import (
    MAIN_COMPANY_ID,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    READONLY_TOKEN,
)

from .support import GENERATE, TEXT2PAY, ManualClock, auth, emulator, full_body, location_query, minimal_body

pytestmark = pytest.mark.asyncio

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
ISO_MILLIS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
SHORT_LINK = re.compile(r"https://link\.fastpaydirect\.com/l/[0-9A-Za-z]{8}")

# The keys of the live invoice recorded in the corpus (2025-05-invoices-create), for a body that, like this
# minimal one, sends no title, terms, schedule or payment methods.
RECORDED_KEYS = {
    "_id",
    "status",
    "liveMode",
    "amountPaid",
    "altId",
    "altType",
    "companyId",
    "name",
    "businessDetails",
    "invoiceNumber",
    "invoiceNumberPrefix",
    "currency",
    "contactDetails",
    "sentTo",
    "issueDate",
    "dueDate",
    "discount",
    "invoiceItems",
    "total",
    "invoiceTotal",
    "amountDue",
    "automaticTaxesCalculated",
    "attachments",
    "syncDetails",
    "tipsReceived",
    "externalTransactions",
    "createdAt",
    "updatedAt",
}


async def create(client: httpx.AsyncClient, token: str | None = None, **overrides: object) -> dict[str, Any]:
    body = minimal_body(**overrides)
    response = await client.post(TEXT2PAY, json=body, headers=auth(token) if token else auth())
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


async def next_number(client: httpx.AsyncClient, location: str = MAIN_LOCATION_ID, token: str | None = None) -> object:
    headers = auth(token) if token else auth()
    response = await client.get(GENERATE, params=location_query(location), headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["invoiceNumber"]


async def test_a_created_invoice_has_the_recorded_shape(client: httpx.AsyncClient, clock: ManualClock) -> None:
    payload = await create(client)
    assert set(payload) == {"invoice", "invoiceUrl", "traceId"}
    invoice = payload["invoice"]
    assert set(invoice) == RECORDED_KEYS
    assert OBJECT_ID.fullmatch(invoice["_id"])
    assert invoice["status"] == "draft"
    assert invoice["liveMode"] is False
    assert invoice["altId"] == MAIN_LOCATION_ID
    assert invoice["altType"] == "location"
    assert invoice["companyId"] == MAIN_COMPANY_ID
    assert invoice["invoiceNumber"] == "1"
    assert invoice["currency"] == "USD"
    # The start and the end of 2024-03-01 in the default zone (America/Los_Angeles, UTC-8 then).
    assert invoice["issueDate"] == "2024-03-01T08:00:00.000Z"
    assert invoice["dueDate"] == "2024-03-02T07:59:59.999Z"  # due on issue by default
    assert invoice["amountPaid"] == 0
    assert invoice["total"] == invoice["invoiceTotal"] == 999
    assert invoice["amountDue"] == 999
    assert "title" not in invoice
    assert invoice["syncDetails"] == invoice["tipsReceived"] == invoice["externalTransactions"] == []
    assert invoice["discount"] == {"type": "percentage", "value": 0}
    assert invoice["createdAt"] == invoice["updatedAt"] == "2024-06-01T00:00:00.000Z"
    assert ISO_MILLIS.fullmatch(invoice["createdAt"])
    assert int(invoice["_id"][:8], 16) == int(clock.now)
    [item] = invoice["invoiceItems"]
    assert OBJECT_ID.fullmatch(item["_id"])
    assert item == {
        "_id": item["_id"],
        "name": "Widget",
        "currency": "USD",
        "amount": 999,
        "qty": 1,
        "taxes": [],
        "taxInclusive": False,
    }
    assert SHORT_LINK.fullmatch(payload["invoiceUrl"])


async def test_the_full_body_is_carried_into_the_invoice(client: httpx.AsyncClient) -> None:
    body = full_body()
    response = await client.post(TEXT2PAY, json=body, headers=auth())
    invoice = response.json()["invoice"]
    for key in ("businessDetails", "contactDetails", "sentTo", "paymentSchedule", "discount", "attachments"):
        assert invoice[key] == body[key], key
    for key in ("lateFeesConfiguration", "tipsConfiguration", "paymentMethods", "miscellaneousCharges"):
        assert invoice[key] == body[key], key
    for key in ("title", "termsNotes", "includeTermsNote", "automaticTaxesEnabled", "invoiceNumberPrefix"):
        assert invoice[key] == body[key], key
    assert invoice["dueDate"] == "2024-03-16T06:59:59.999Z"  # the end of 2024-03-15, UTC-7 from 10 March
    [item] = invoice["invoiceItems"]
    assert item["taxes"] == body["items"][0]["taxes"]
    assert item["productId"] == body["items"][0]["productId"]
    assert item["type"] == "one_time"
    # 999 - 10% (only product listed) = 899.1, plus 8.25% tax on it = 74.18
    assert invoice["total"] == 973.28
    assert invoice["amountDue"] == 973.28


async def test_action_send_marks_the_invoice_sent(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = (await create(client, action="send"))["invoice"]
    assert invoice["status"] == "sent"
    assert [b["action"] for b in state.journal.bodies(TEXT2PAY) if isinstance(b, dict)] == ["send"]


async def test_numbers_count_up_per_location(client: httpx.AsyncClient) -> None:
    numbers = [(await create(client))["invoice"]["invoiceNumber"] for _ in range(3)]
    assert numbers == ["1", "2", "3"]
    other = await create(client, token=OTHER_LOCATION_TOKEN, altId=OTHER_LOCATION_ID)
    assert other["invoice"]["invoiceNumber"] == "1"


async def test_generate_peeks_at_the_next_number(client: httpx.AsyncClient) -> None:
    assert await next_number(client) == "1"
    assert await next_number(client) == "1"
    await create(client)
    assert await next_number(client, token=READONLY_TOKEN) == "2"
    assert await next_number(client, OTHER_LOCATION_ID, OTHER_LOCATION_TOKEN) == "1"


async def test_a_given_number_is_honoured_and_moves_the_sequence(client: httpx.AsyncClient) -> None:
    assert (await create(client, invoiceNumber="1001"))["invoice"]["invoiceNumber"] == "1001"
    assert await next_number(client) == "1002"
    assert (await create(client))["invoice"]["invoiceNumber"] == "1002"
    assert (await create(client, invoiceNumber="INV-7"))["invoice"]["invoiceNumber"] == "INV-7"
    assert await next_number(client) == "1003"
    assert (await create(client, invoiceNumber="5"))["invoice"]["invoiceNumber"] == "5"
    assert await next_number(client) == "1003"


async def test_automatic_numbers_skip_numbers_in_use(client: httpx.AsyncClient) -> None:
    await create(client, invoiceNumber="2")
    assert [(await create(client))["invoice"]["invoiceNumber"] for _ in range(2)] == ["3", "4"]
    await create(client, invoiceNumber="1")
    assert await next_number(client) == "5"


async def test_a_duplicate_number_is_refused(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await create(client, invoiceNumber="77")
    response = await client.post(TEXT2PAY, json=minimal_body(invoiceNumber="77"), headers=auth())
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Invoice number already exists", "error": "Bad Request"}
    assert len(state.store.invoices()) == 1


async def test_update_by_id(client: httpx.AsyncClient, clock: ManualClock) -> None:
    created = (await create(client))["invoice"]
    clock.advance(90.5)
    items = [{"name": "Gadget", "currency": "USD", "amount": 10, "qty": 3}]
    updated_payload = await create(client, id=created["_id"], name="Renamed", items=items, action="send")
    updated = updated_payload["invoice"]
    assert updated["_id"] == created["_id"]
    assert updated["invoiceNumber"] == created["invoiceNumber"]
    assert updated["createdAt"] == created["createdAt"]
    assert updated["updatedAt"] == "2024-06-01T00:01:30.500Z"
    assert updated["name"] == "Renamed"
    assert updated["status"] == "sent"
    assert updated["total"] == 30
    assert [i["name"] for i in updated["invoiceItems"]] == ["Gadget"]
    assert await next_number(client) == "2"


async def test_update_can_renumber_but_not_onto_another_invoice(client: httpx.AsyncClient) -> None:
    first = (await create(client))["invoice"]
    await create(client)
    renumbered = await create(client, id=first["_id"], invoiceNumber="50")
    assert renumbered["invoice"]["invoiceNumber"] == "50"
    same = await create(client, id=first["_id"], invoiceNumber="50")
    assert same["invoice"]["invoiceNumber"] == "50"
    response = await client.post(TEXT2PAY, json=minimal_body(id=first["_id"], invoiceNumber="2"), headers=auth())
    assert response.status_code == 400
    assert response.json()["message"] == "Invoice number already exists"
    assert (await create(client))["invoice"]["invoiceNumber"] == "51"
    assert (await create(client, invoiceNumber="1"))["invoice"]["invoiceNumber"] == "1"


async def test_a_sent_invoice_stays_sent_when_updated_as_draft(client: httpx.AsyncClient) -> None:
    sent = (await create(client, action="send"))["invoice"]
    again = (await create(client, id=sent["_id"], action="draft"))["invoice"]
    assert again["status"] == "sent"


async def test_update_of_an_unknown_id(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(id="6578278e879ad2646715ba9c"), headers=auth())
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"}
    assert state.store.invoices() == []


async def test_an_invoice_of_another_location_is_unknown(client: httpx.AsyncClient) -> None:
    theirs = await create(client, token=OTHER_LOCATION_TOKEN, altId=OTHER_LOCATION_ID)
    response = await client.post(TEXT2PAY, json=minimal_body(id=theirs["invoice"]["_id"]), headers=auth())
    assert response.status_code == 400


async def test_the_short_link_is_stable_across_updates(client: httpx.AsyncClient) -> None:
    first = await create(client)
    second = await create(client, id=first["invoice"]["_id"], name="again")
    assert first["invoiceUrl"] == second["invoiceUrl"]
    other = await create(client)
    assert other["invoiceUrl"] != first["invoiceUrl"]


async def test_the_store_holds_what_was_answered(client: httpx.AsyncClient, state: EmulatorState) -> None:
    answered = (await create(client))["invoice"]
    stored = state.store.get(MAIN_LOCATION_ID, answered["_id"])
    assert stored is not None
    assert stored == answered
    assert state.store.get(OTHER_LOCATION_ID, answered["_id"]) is None


async def test_net_30_due_date_at_the_end_of_the_calendar() -> None:
    async with emulator(profile="due-date-net-30") as (client, _):
        invoice = (await create(client, issueDate="9999-12-20"))["invoice"]
    assert invoice["dueDate"] == "9999-12-21T07:59:59.999Z"  # net 30 would pass 9999-12-31: due on issue
