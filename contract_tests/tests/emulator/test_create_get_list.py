"""POST /invoices/, GET /invoices/{invoiceId} and GET /invoices/: the vendor's DTOs, the recorded live create,
the list's filters, order, total and pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.seeding import seed_invoices
from highlevel_invoices_emulator.tokens import (
    AGENCY_TOKEN,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    READONLY_TOKEN,
)

from .support import (
    INVOICES,
    ManualClock,
    auth,
    create_body,
    create_invoice,
    emulator,
    get_invoice,
    invoice_path,
    list_invoices,
    list_query,
    location_query,
    pay_invoice,
    sent_invoice,
)

pytestmark = pytest.mark.asyncio

RECORDED = Path(__file__).resolve().parents[2] / "corpus" / "exchanges" / "2025-05-invoices-create.json"


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


# --- create -------------------------------------------------------------------------------------------------


async def test_the_recorded_live_create_gets_the_recorded_answer_shape(client: httpx.AsyncClient) -> None:
    exchange = json.loads(RECORDED.read_text(encoding="utf-8"))
    body = {**exchange["request"]["body"], "altId": MAIN_LOCATION_ID}
    response = await client.post(INVOICES, json=body, headers=auth())
    recorded = exchange["response"]["body"]
    answer = ok(response)
    assert set(answer) == set(recorded)
    assert set(answer["invoiceItems"][0]) == set(recorded["invoiceItems"][0])
    for key in ("status", "total", "invoiceTotal", "amountDue", "amountPaid", "invoiceNumber", "invoiceNumberPrefix"):
        assert answer[key] == recorded[key], key
    # The recorded location is UTC-7 in May, as is the default zone: the same day bounds.
    assert (answer["issueDate"], answer["dueDate"]) == (recorded["issueDate"], recorded["dueDate"])


async def test_create_requires_what_the_vendor_dto_requires_and_takes_no_action(client: httpx.AsyncClient) -> None:
    required = {key: value for key, value in create_body().items() if key in ("altId", "altType")}
    response = await client.post(INVOICES, json=required, headers=auth())
    assert response.status_code == 422
    assert response.json()["message"] == [
        "name must be a string",
        "name should not be empty",
        "businessDetails must be an object",
        "currency must be a string",
        "currency should not be empty",
        "items must be an array",
        "discount must be an object",
        "contactDetails must be an object",
        "issueDate must be in YYYY-MM-DD format",
        "issueDate must be a string",
        "sentTo must be an object",
        "liveMode must be a boolean value",
    ]
    text2pay_only = await client.post(
        INVOICES, json=create_body(action="draft", userId="u", id="x", includeTermsNote=True), headers=auth()
    )
    assert text2pay_only.json()["message"] == [
        "property action should not exist",
        "property userId should not exist",
        "property id should not exist",
        "property includeTermsNote should not exist",
    ]
    no_type = await client.post(INVOICES, json=create_body(discount={"value": 5}), headers=auth())
    assert no_type.json()["message"] == ["discount.type must be a valid enum value"]


async def test_create_answers_a_draft_numbered_from_the_sequence(client: httpx.AsyncClient) -> None:
    first = await create_invoice(client)
    second = await create_invoice(client, invoiceNumber="7")
    third = await create_invoice(client)
    assert [first["invoiceNumber"], second["invoiceNumber"], third["invoiceNumber"]] == ["1", "7", "8"]
    assert first["status"] == "draft"
    assert "traceId" in first
    duplicate = await client.post(INVOICES, json=create_body(invoiceNumber="7"), headers=auth())
    assert (duplicate.status_code, duplicate.json()["message"]) == (400, "Invoice number already exists")


async def test_create_tokens() -> None:
    async with emulator() as (client, _):
        read_only = await client.post(INVOICES, json=create_body(), headers=auth(READONLY_TOKEN))
        assert (read_only.status_code, read_only.json()["message"]) == (
            401,
            "The token is not authorized for this scope.",
        )
        foreign = await client.post(INVOICES, json=create_body(), headers=auth(OTHER_LOCATION_TOKEN))
        assert foreign.status_code == 403
        agency = await client.post(INVOICES, json=create_body(), headers=auth(AGENCY_TOKEN))
        assert agency.status_code == 200  # the vendor lists agency tokens for create


# --- get ----------------------------------------------------------------------------------------------------


async def test_get_reads_the_location_from_the_query(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    bare = await client.get(invoice_path(invoice_id), headers=auth())
    assert bare.json()["message"] == [
        "altId must be a string",
        "altId should not be empty",
        "altType must be a valid enum value",
        "altType should not be empty",
    ]
    extra = await client.get(invoice_path(invoice_id), params={**location_query(), "x": "1"}, headers=auth())
    assert extra.json()["message"] == ["property x should not exist"]
    read_only = await client.get(invoice_path(invoice_id), params=location_query(), headers=auth(READONLY_TOKEN))
    assert read_only.status_code == 200  # invoices.readonly
    agency = await client.get(invoice_path(invoice_id), params=location_query(), headers=auth(AGENCY_TOKEN))
    assert agency.status_code == 200
    foreign = await client.get(invoice_path(invoice_id), params=location_query(), headers=auth(OTHER_LOCATION_TOKEN))
    assert foreign.status_code == 403
    assert "totalSummary" not in ok(await get_invoice(client, invoice_id))  # the total_summary choice


async def test_get_of_an_unknown_id_is_the_vendors_400(client: httpx.AsyncClient) -> None:
    for invoice_id in ("0123456789abcdef01234567", "not-an-object-id", "%E2%82%AC"):
        response = await get_invoice(client, invoice_id)
        assert response.json() == {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"}


# --- list ---------------------------------------------------------------------------------------------------


async def test_list_pages_cover_every_invoice_once_in_a_stable_order(
    client: httpx.AsyncClient, state: EmulatorState
) -> None:
    ids = seed_invoices(state, 25)
    pages = [ok(await list_invoices(client, limit=10, offset=offset)) for offset in (0, 10, 20, 30)]
    assert [page["total"] for page in pages] == [25, 25, 25, 25]
    assert [len(page["invoices"]) for page in pages] == [10, 10, 5, 0]
    listed = [invoice["_id"] for page in pages for invoice in page["invoices"]]
    assert listed == list(reversed(ids))  # newest first, by default
    ascending = ok(await list_invoices(client, limit=100, sortOrder="ascend"))
    assert [invoice["_id"] for invoice in ascending["invoices"]] == ids


async def test_list_sorts_by_issue_date_with_creation_order_for_ties(client: httpx.AsyncClient) -> None:
    dates = ["2024-03-05", "2024-03-01", "2024-03-05", "2024-02-01"]
    ids = [(await create_invoice(client, issueDate=day))["_id"] for day in dates]
    ascend = ok(await list_invoices(client, sortField="issueDate", sortOrder="ascend"))
    assert [invoice["_id"] for invoice in ascend["invoices"]] == [ids[3], ids[1], ids[0], ids[2]]
    descend = ok(await list_invoices(client, sortField="issueDate", sortOrder="descend"))
    assert [invoice["_id"] for invoice in descend["invoices"]] == [ids[0], ids[2], ids[1], ids[3]]


async def test_list_filters(client: httpx.AsyncClient) -> None:
    alex = await create_invoice(client, name="Roof repair", issueDate="2024-03-01")
    sam = await create_invoice(
        client,
        name="Gutters",
        issueDate="2024-03-10",
        liveMode=True,
        contactDetails={"id": "SamContact0000000001", "name": "Sam", "phoneNo": "+1999", "email": "sam@example.com"},
    )
    sent = await sent_invoice(client, name="Windows", issueDate="2024-04-01")

    async def ids(**filters: str) -> list[str]:
        params = {**list_query(), "sortOrder": "ascend", **filters}
        page = ok(await client.get(INVOICES, params=params, headers=auth()))
        assert page["total"] == len(page["invoices"])
        return [invoice["_id"] for invoice in page["invoices"]]

    assert await ids(status="sent") == [sent]
    assert await ids(status="draft") == [alex["_id"], sam["_id"]]
    assert await ids(status="paid") == []
    assert await ids(status="") == [alex["_id"], sam["_id"], sent]  # empty filters are ignored
    assert await ids(startAt="2024-03-02", endAt="2024-03-31") == [sam["_id"]]
    assert await ids(startAt="2024-03-10") == [sam["_id"], sent]
    assert await ids(endAt="2024-03-01") == [alex["_id"]]  # the whole day, in the location's zone
    assert await ids(search="ROOF") == [alex["_id"]]
    assert await ids(search="sam@EXAMPLE") == [sam["_id"]]
    assert await ids(search="+1999") == [sam["_id"]]
    assert await ids(search=alex["_id"][-6:]) == [alex["_id"]]
    assert await ids(search=".*") == []  # literal text, not a pattern
    assert await ids(paymentMode="live") == [sam["_id"]]
    assert await ids(paymentMode="test") == [alex["_id"], sent]
    assert await ids(paymentMode="default") == [alex["_id"], sam["_id"], sent]
    assert await ids(contactId="SamContact0000000001") == [sam["_id"]]
    assert await ids(status="draft", search="gutters", paymentMode="live") == [sam["_id"]]
    await pay_invoice(client, sent, amount=1)
    assert await ids(status="partially_paid") == [sent]


async def test_list_query_validation(client: httpx.AsyncClient) -> None:
    async def messages(**query: str) -> object:
        response = await client.get(INVOICES, params=query, headers=auth())
        assert response.status_code == 422, response.text
        return response.json()["message"]

    base = list_query()
    assert await messages(altId=MAIN_LOCATION_ID, altType="location") == [
        "limit must be a number string",
        "limit should not be empty",
        "offset must be a number string",
        "offset should not be empty",
    ]
    assert await messages(**{**base, "limit": "-1", "offset": "1.5"}) == [
        "limit must be a number string",
        "offset must be a number string",
    ]
    assert await messages(**{**base, "startAt": "2024-13-01", "endAt": "01/02/2024"}) == [
        "startAt must be in YYYY-MM-DD format",
        "endAt must be in YYYY-MM-DD format",
    ]
    assert await messages(**{**base, "sortField": "total", "sortOrder": "asc", "paymentMode": "LIVE"}) == [
        "paymentMode must be a valid enum value",
        "sortField must be a valid enum value",
        "sortOrder must be a valid enum value",
    ]
    assert await messages(**{**base, "page": "2"}) == ["property page should not exist"]
    arrays = await client.get(INVOICES, params=[*base.items(), ("status[]", "draft")], headers=auth())
    assert arrays.json()["message"] == ["status must be a string"]


async def test_list_limit_is_capped(client: httpx.AsyncClient, state: EmulatorState) -> None:
    seed_invoices(state, 150)
    for limit in ("101", "1000", "0", "9" * 40):
        page = ok(await client.get(INVOICES, params={**list_query(), "limit": limit}, headers=auth()))
        assert (len(page["invoices"]), page["total"]) == (100, 150), limit
    far = ok(await client.get(INVOICES, params={**list_query(), "offset": "9" * 40}, headers=auth()))
    assert (far["invoices"], far["total"]) == ([], 150)


async def test_list_tokens_and_locations(client: httpx.AsyncClient) -> None:
    await create_invoice(client)
    read_only = await client.get(INVOICES, params=list_query(), headers=auth(READONLY_TOKEN))
    assert ok(read_only)["total"] == 1
    agency = await client.get(INVOICES, params=list_query(), headers=auth(AGENCY_TOKEN))
    assert ok(agency)["total"] == 1
    foreign = await client.get(INVOICES, params=list_query(), headers=auth(OTHER_LOCATION_TOKEN))
    assert foreign.status_code == 403


async def test_listed_invoices_match_their_get(client: httpx.AsyncClient) -> None:
    invoice_id = await sent_invoice(client)
    listed = ok(await list_invoices(client))["invoices"][0]
    fetched = ok(await get_invoice(client, invoice_id))
    fetched.pop("traceId")
    assert listed == fetched


async def test_dates_bound_days_in_the_locations_zone() -> None:
    tokens = {
        "pit-tokyo": {
            "type": "location",
            "locationId": MAIN_LOCATION_ID,
            "companyId": "Co",
            "scopes": ["invoices.readonly", "invoices.write"],
            "timezone": "Asia/Tokyo",
        }
    }
    async with emulator(tokens=tokens, clock=ManualClock()) as (client, _):
        body = create_body(issueDate="2024-03-01")
        created = ok(await client.post(INVOICES, json=body, headers=auth("pit-tokyo")))
        assert created["issueDate"] == "2024-02-29T15:00:00.000Z"
        params = {**list_query(), "startAt": "2024-03-01", "endAt": "2024-03-01"}
        listed = ok(await client.get(INVOICES, params=params, headers=auth("pit-tokyo")))
        assert listed["total"] == 1
        params = {**list_query(), "startAt": "2024-02-29", "endAt": "2024-02-29"}
        assert ok(await client.get(INVOICES, params=params, headers=auth("pit-tokyo")))["total"] == 0
