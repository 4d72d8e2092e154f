"""The invoice's state machine through the real app: create -> get -> list -> update -> send -> payments -> void
-> delete, and each transition's refusals in the vendor's words."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import (
    AGENCY_TOKEN,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    READONLY_TOKEN,
)

from .support import (
    TEXT2PAY,
    auth,
    create_invoice,
    delete_path,
    emulator,
    get_invoice,
    invoice_path,
    list_invoices,
    location_query,
    minimal_body,
    pay_invoice,
    send_body,
    send_invoice,
    sent_invoice,
    update_body,
    void_invoice,
)

pytestmark = pytest.mark.asyncio

UNKNOWN = {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"}


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


async def test_the_whole_lifecycle(client: httpx.AsyncClient, state: EmulatorState) -> None:
    created = await create_invoice(client)
    invoice_id = created["_id"]
    assert (created["status"], created["total"], created["amountDue"], created["amountPaid"]) == ("draft", 200, 200, 0)

    fetched = ok(await get_invoice(client, invoice_id))
    assert {key: fetched[key] for key in created if key != "traceId"} == {
        key: value for key, value in created.items() if key != "traceId"
    }

    for _ in range(4):
        await create_invoice(client)
    seen: list[str] = []
    total = None
    for offset in range(0, 5, 2):
        page = ok(await list_invoices(client, limit=2, offset=offset))
        total = page["total"]
        seen += [invoice["_id"] for invoice in page["invoices"]]
    assert total == 5
    assert len(seen) == len(set(seen)) == 5
    assert invoice_id in seen

    updated = ok(await client.put(invoice_path(invoice_id), json=update_body(), headers=auth()))
    assert (updated["name"], updated["total"], updated["amountDue"], updated["status"]) == (
        "Updated invoice",
        300,
        300,
        "draft",
    )
    assert updated["invoiceNumber"] == created["invoiceNumber"]
    assert updated["contactDetails"] == created["contactDetails"]

    sent = ok(await send_invoice(client, invoice_id))
    assert sent["invoice"]["status"] == "sent"
    assert (sent["smsData"], sent["emailData"]) == ({}, {})  # send_manually notifies nobody

    first = ok(await pay_invoice(client, invoice_id, amount=100))
    assert first["success"] is True
    assert (first["invoice"]["status"], first["invoice"]["amountPaid"], first["invoice"]["amountDue"]) == (
        "partially_paid",
        100,
        200,
    )
    second = ok(await pay_invoice(client, invoice_id, amount=200))["invoice"]
    assert (second["status"], second["amountPaid"], second["amountDue"]) == ("paid", 300, 0)
    assert ok(await get_invoice(client, invoice_id))["status"] == "paid"

    other = await sent_invoice(client)
    voided = ok(await void_invoice(client, other))
    assert voided["status"] == "void"

    third = (await create_invoice(client))["_id"]
    deleted = await client.request("DELETE", delete_path(third), json=location_query(), headers=auth())
    assert deleted.status_code == 200
    gone = await get_invoice(client, third)
    assert (gone.status_code, gone.json()) == (400, UNKNOWN)

    statuses = sorted(str(invoice["status"]) for invoice in state.store.invoices())
    assert statuses == ["draft", "draft", "draft", "draft", "paid", "void"]


async def test_a_draft_is_voided_never_and_a_sent_invoice_deleted_never(client: httpx.AsyncClient) -> None:
    draft = (await create_invoice(client))["_id"]
    refused = await void_invoice(client, draft)
    assert (refused.status_code, refused.json()) == (
        400,
        {"statusCode": 400, "message": "Can not void draft invoice. You can delete draft invoice!"},
    )
    sent = await sent_invoice(client)
    kept = await client.request("DELETE", delete_path(sent), json=location_query(), headers=auth())
    assert kept.json() == {"statusCode": 400, "message": "Invoice status need to be draft to delete an invoice"}
    assert ok(await void_invoice(client, sent))["status"] == "void"
    void_again = await client.request("DELETE", delete_path(sent), json=location_query(), headers=auth())
    assert void_again.status_code == 400  # a void invoice stays, as the vendor's delete rule says


async def test_payments_keep_amount_due_equal_to_total_minus_paid(client: httpx.AsyncClient) -> None:
    invoice_id = await sent_invoice(
        client, items=[{"name": "A", "currency": "USD", "amount": 33.33, "qty": 3}]
    )  # total 99.99
    for amount, paid, due, status in ((0.01, 0.01, 99.98, "partially_paid"), (49.99, 50, 49.99, "partially_paid")):
        invoice = ok(await pay_invoice(client, invoice_id, amount=amount))["invoice"]
        assert (invoice["amountPaid"], invoice["amountDue"], invoice["status"]) == (paid, due, status)
        assert round(invoice["total"] - invoice["amountPaid"], 2) == invoice["amountDue"]
    over = await pay_invoice(client, invoice_id, amount=50)
    assert (over.status_code, over.json()["message"]) == (400, "Amount to be paid can not be more than the amount due")
    tiny = await pay_invoice(client, invoice_id, amount=0.004)
    assert (tiny.status_code, tiny.json()["message"]) == (400, "Amount to be paid must be at least 0.01")
    rest = ok(await pay_invoice(client, invoice_id))["invoice"]  # no amount: what is due
    assert (rest["amountPaid"], rest["amountDue"], rest["status"]) == (99.99, 0, "paid")
    after = await pay_invoice(client, invoice_id, amount=1)
    assert (after.status_code, after.json()["message"]) == (400, "Invoice is already paid")


async def test_payment_refusals(client: httpx.AsyncClient) -> None:
    draft = (await create_invoice(client))["_id"]
    on_draft = await pay_invoice(client, draft, amount=1)
    assert (on_draft.status_code, on_draft.json()["message"]) == (400, "Draft invoice cannot be paid")
    sent = await sent_invoice(client)
    ok(await void_invoice(client, sent))
    on_void = await pay_invoice(client, sent, amount=1)
    assert (on_void.status_code, on_void.json()["message"]) == (400, "Can not record payment for void invoice")
    unknown = await pay_invoice(client, "0123456789abcdef01234567", amount=1)
    assert (unknown.status_code, unknown.json()) == (400, UNKNOWN)


async def test_payment_validation(client: httpx.AsyncClient) -> None:
    invoice_id = await sent_invoice(client)
    cases: list[tuple[dict[str, Any], list[str]]] = [
        ({"mode": "crypto"}, ["mode must be a valid enum value"]),
        (
            {"amount": "10"},
            ["amount must be a number conforming to the specified constraints", "amount must be a positive number"],
        ),
        ({"amount": 0}, ["amount must be a positive number"]),
        ({"amount": -5}, ["amount must be a positive number"]),
        ({"mode": "card", "amount": 1}, ["card must be an object"]),
        ({"mode": "card", "card": {"brand": "visa"}, "amount": 1}, ["card.last4 must be a string"]),
        ({"mode": "cheque", "amount": 1}, ["cheque must be an object"]),
        ({"fulfilledAt": "yesterday", "amount": 1}, ["fulfilledAt must be a valid ISO 8601 date string"]),
        ({"paymentScheduleIds": [1], "amount": 1}, ["each value in paymentScheduleIds must be a string"]),
        ({"meta": [], "amount": 1}, ["meta must be an object"]),
        ({"card": {"brand": "visa", "last4": "4242"}, "amount": 1, "tip": 1}, ["property tip should not exist"]),
    ]
    for overrides, messages in cases:
        response = await pay_invoice(client, invoice_id, **overrides)
        assert (response.status_code, response.json()["message"]) == (422, messages), overrides
    card = await pay_invoice(
        client,
        invoice_id,
        mode="card",
        card={"brand": "visa", "last4": "4242"},
        amount=1,
        notes="at the desk",
        meta={"till": 3},
        paymentScheduleIds=["6578278e879ad2646715ba9c"],
        fulfilledAt="2025-03-19T05:03:00.000Z",
    )
    assert ok(card)["invoice"]["amountPaid"] == 1
    assert "__emulatorPayments" not in card.text  # the emulator's bookkeeping never reaches an answer


async def test_send_channels_say_whom_they_told(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    both = ok(
        await send_invoice(
            client, invoice_id, action="sms_and_email", sentFrom={"fromName": "Alex", "fromEmail": "alex@example.com"}
        )
    )
    assert both["smsData"] == {"to": ["+1234567890"]}
    assert both["emailData"] == {
        "to": ["alex@example.com"],
        "cc": [],
        "bcc": [],
        "fromName": "Alex",
        "fromEmail": "alex@example.com",
    }
    again = ok(await send_invoice(client, invoice_id, action="email"))  # a reminder: still sent
    assert (again["invoice"]["status"], again["smsData"]) == ("sent", {})
    assert set(again) == {"invoice", "smsData", "emailData", "traceId"}


async def test_send_validation_and_closed_invoices(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    missing = await client.post(invoice_path(invoice_id, "send"), json=location_query(), headers=auth())
    assert missing.json()["message"] == [
        "userId must be a string",
        "userId should not be empty",
        "action must be a valid enum value",
        "liveMode must be a boolean value",
    ]
    wrong = await send_invoice(client, invoice_id, action="draft", autoPayment={"enable": "yes"})
    assert wrong.json()["message"] == [
        "action must be a valid enum value",
        "autoPayment.enable must be a boolean value",
    ]
    ok(await send_invoice(client, invoice_id))
    ok(await pay_invoice(client, invoice_id))
    paid = await send_invoice(client, invoice_id)
    assert (paid.status_code, paid.json()["message"]) == (400, "Can not send paid invoice")


async def test_an_auto_payment_charges_through_the_provider_and_blocks_the_void(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    sent = ok(await send_invoice(client, invoice_id, autoPayment={"enable": True, "paymentMethodId": "pm_1"}))
    assert (sent["invoice"]["status"], sent["invoice"]["amountDue"]) == ("paid", 0)
    refused = await void_invoice(client, invoice_id)
    assert refused.json() == {
        "statusCode": 400,
        "message": "To void an invoice which has received payment through the payment provider, "
        "the corresponding transaction needs to be refunded first",
    }
    disabled = (await create_invoice(client))["_id"]
    stays = ok(await send_invoice(client, disabled, autoPayment={"enable": False, "paymentMethodId": "pm_1"}))
    assert stays["invoice"]["status"] == "sent"


async def test_a_manually_paid_invoice_can_be_voided_and_a_void_voided_again(client: httpx.AsyncClient) -> None:
    invoice_id = await sent_invoice(client)
    ok(await pay_invoice(client, invoice_id, amount=50))
    first = ok(await void_invoice(client, invoice_id))
    assert (first["status"], first["amountPaid"]) == ("void", 50)
    again = ok(await void_invoice(client, invoice_id))
    assert {k: v for k, v in again.items() if k != "traceId"} == {k: v for k, v in first.items() if k != "traceId"}


async def test_update_replaces_the_invoice_in_the_states_that_allow_it(client: httpx.AsyncClient) -> None:
    created = await create_invoice(
        client, title="Deposit", termsNotes="Net 30", invoiceNumberPrefix="DEP-", businessDetails={"name": "B"}
    )
    invoice_id = created["_id"]
    body = update_body(contactId="NewContact0000000001", description="ABC Corp payments", xeroDetails={"id": "x"})
    updated = ok(await client.put(invoice_path(invoice_id), json=body, headers=auth()))
    assert "title" not in updated  # cleared: a full replacement
    assert "termsNotes" not in updated
    assert (updated["invoiceNumberPrefix"], updated["businessDetails"]) == ("INV-", {})
    assert updated["contactDetails"]["id"] == "NewContact0000000001"
    assert updated["contactDetails"]["email"] == "alex@example.com"
    assert (updated["description"], updated["xeroDetails"]) == ("ABC Corp payments", {"id": "x"})
    assert updated["sentTo"] == created["sentTo"]  # the update DTO cannot carry it
    assert (updated["issueDate"], updated["dueDate"]) == ("2024-03-02T08:00:00.000Z", "2024-03-31T06:59:59.999Z")
    assert updated["createdAt"] == created["createdAt"]

    ok(await send_invoice(client, invoice_id))
    still_sent = ok(await client.put(invoice_path(invoice_id), json=update_body(name="Again"), headers=auth()))
    assert still_sent["status"] == "sent"
    ok(await pay_invoice(client, invoice_id, amount=1))
    refused = await client.put(invoice_path(invoice_id), json=update_body(), headers=auth())
    assert (refused.status_code, refused.json()) == (
        400,
        {"statusCode": 400, "message": "Can not update partially_paid invoice"},
    )
    through_text2pay = await client.post(TEXT2PAY, json=minimal_body(id=invoice_id), headers=auth())
    assert through_text2pay.json()["message"] == "Can not update partially_paid invoice"
    assert ok(await get_invoice(client, invoice_id))["amountPaid"] == 1


async def test_update_validation(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    with_items = await client.put(
        invoice_path(invoice_id), json=update_body(items=[], invoiceItems=None, dueDate=None), headers=auth()
    )
    assert with_items.json()["message"] == [
        "property items should not exist",
        "invoiceItems must be an array",
        "each value in nested property invoiceItems must be either object or array",
        "dueDate must be in YYYY-MM-DD format",
        "dueDate must be a string",
    ]
    unknown = await client.put(invoice_path("0123456789abcdef01234567"), json=update_body(), headers=auth())
    assert (unknown.status_code, unknown.json()) == (400, UNKNOWN)


async def test_text2pay_keeps_payments_on_an_update_of_a_sent_invoice(client: httpx.AsyncClient) -> None:
    sent = (await client.post(TEXT2PAY, json=minimal_body(action="send"), headers=auth())).json()["invoice"]
    updated = ok(await client.post(TEXT2PAY, json=minimal_body(id=sent["_id"], name="Renamed"), headers=auth()))
    assert (updated["invoice"]["status"], updated["invoice"]["amountDue"]) == ("sent", 999)


@pytest.mark.parametrize(
    ("method", "action", "body", "agency_status"),
    [
        ("PUT", None, update_body(), 200),
        ("POST", "send", send_body(), 200),
        ("POST", "record-payment", {**location_query(), "mode": "cash"}, 400),  # a draft cannot be paid
        ("POST", "void", location_query(), 400),  # nor voided
    ],
)
async def test_writes_need_the_write_scope_and_the_location(
    client: httpx.AsyncClient, method: str, action: str | None, body: dict[str, Any], agency_status: int
) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    path = invoice_path(invoice_id, action)
    read_only = await client.request(method, path, json=body, headers=auth(READONLY_TOKEN))
    assert (read_only.status_code, read_only.json()["message"]) == (401, "The token is not authorized for this scope.")
    foreign = await client.request(method, path, json=body, headers=auth(OTHER_LOCATION_TOKEN))
    assert (foreign.status_code, foreign.json()["message"]) == (403, "The token does not have access to this location.")
    theirs = {**body, "altId": OTHER_LOCATION_ID}
    other = await client.request(method, path, json=theirs, headers=auth(OTHER_LOCATION_TOKEN))
    assert (other.status_code, other.json()) == (400, UNKNOWN)  # another location's invoice is unknown
    agency = await client.request(method, path, json=body, headers=auth(AGENCY_TOKEN))
    assert agency.status_code == agency_status, agency.text  # agency tokens are documented for every one
    in_query = await client.request(method, path, params=location_query(), json={}, headers=auth())
    assert in_query.status_code == 422  # the location travels in the body
    assert "altId must be a string" in in_query.json()["message"]


async def test_not_found_profile_answers_404_on_every_invoice_operation() -> None:
    async with emulator(profile="unknown-id-404") as (client, _):
        missing = "0123456789abcdef01234567"
        for response in (
            await get_invoice(client, missing),
            await client.put(invoice_path(missing), json=update_body(), headers=auth()),
            await send_invoice(client, missing),
            await pay_invoice(client, missing, amount=1),
            await void_invoice(client, missing),
        ):
            assert response.json() == {"statusCode": 404, "message": "Invoice not found", "error": "Not Found"}


async def test_the_location_of_the_path_invoice_is_the_tokens(client: httpx.AsyncClient) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    assert MAIN_LOCATION_ID in (await get_invoice(client, invoice_id)).text
