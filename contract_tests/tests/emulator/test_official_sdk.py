"""The official Python SDK (`gohighlevel-api-client`, from PyPI, a dev dependency) against the served command.

A third-party client written from the vendor's own OpenAPI, not from our spec: it calls every invoice operation
the emulator serves through the command a user runs (`--control`, a fresh state per test), and its answers are
what the SDK's callers read (`invoice._id`, `invoiceUrl`, statuses, totals). It also guards against the emulator
drifting into our own spec's shape: the SDK sends `Version: v3` and its own parameter placement.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from highlevel import HighLevel
from highlevel.error import GHLError

from highlevel_invoices_emulator.control_client import EmulatorControl

from .support import USER_ID, served_command


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    with served_command() as info:
        yield info


@pytest.fixture
def control(served: dict[str, Any]) -> Iterator[EmulatorControl]:
    with EmulatorControl(served["baseUrl"]) as control:
        control.reset()
        yield control


def sdk_for(base_url: str, token: str) -> HighLevel:
    assert base_url.startswith("http://127.0.0.1:"), base_url

    class LoopbackHighLevel(HighLevel):  # type: ignore[misc]  # the SDK is untyped
        BASE_URL = base_url  # read by HighLevel.__init__ for its httpx client

    sdk = LoopbackHighLevel(private_integration_token=token, log_level="error")
    assert str(sdk.http_client.base_url).startswith("http://127.0.0.1:")
    return sdk


def draft(location: str, **overrides: object) -> dict[str, Any]:
    body: dict[str, Any] = {
        "altId": location,
        "altType": "location",
        "name": "SDK invoice",
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 25, "qty": 4}],
        "issueDate": "2024-02-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
        "action": "draft",
        "userId": USER_ID,
    }
    body.update(overrides)
    return body


def create_body(location: str) -> dict[str, Any]:
    body = draft(location, businessDetails={"name": "ABC Corp."}, discount={"type": "percentage", "value": 10})
    body["contactDetails"] = {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Alex", "phoneNo": "+15550100", "email": "a@x.io"}
    for key in ("action", "userId"):
        del body[key]
    return body


def test_the_official_sdk_runs_the_invoice_lifecycle(served: dict[str, Any], control: EmulatorControl) -> None:
    main = served["main"]
    location, token = main["locationId"], main["token"]

    async def run() -> dict[str, Any]:
        sdk = sdk_for(served["baseUrl"], token)
        invoices = sdk.invoices
        try:
            number = await invoices.generate_invoice_number(alt_id=location, alt_type="location")
            text2pay = await invoices.text2pay_invoice(request_body=draft(location))
            created = await invoices.create_invoice(request_body=create_body(location))
            invoice_id = created["_id"]
            fetched = await invoices.get_invoice(invoice_id=invoice_id, alt_id=location, alt_type="location")
            listed = await invoices.list_invoices(alt_id=location, alt_type="location", limit="10", offset="0")
            update = {
                "altId": location,
                "altType": "location",
                "name": "SDK invoice, updated",
                "currency": "USD",
                "invoiceItems": [{"name": "Widget", "currency": "USD", "amount": 30, "qty": 4}],
                "issueDate": "2024-02-01",
                "dueDate": "2024-02-29",
            }
            updated = await invoices.update_invoice(invoice_id=invoice_id, request_body=update)
            send = {"altId": location, "altType": "location", "userId": USER_ID, "action": "send_manually"}
            sent = await invoices.send_invoice(invoice_id=invoice_id, request_body={**send, "liveMode": False})
            payment = {"altId": location, "altType": "location", "mode": "cash", "amount": 20, "notes": "SDK"}
            paid = await invoices.record_invoice(invoice_id=invoice_id, request_body=payment)
            voided = await invoices.void_invoice(
                invoice_id=invoice_id, request_body={"altId": location, "altType": "location"}
            )
            with pytest.raises(GHLError) as refused:
                await invoices.get_invoice(invoice_id="0" * 24, alt_id=location, alt_type="location")
            return {
                "number": number,
                "text2pay": text2pay,
                "created": created,
                "fetched": fetched,
                "listed": listed,
                "updated": updated,
                "sent": sent,
                "paid": paid,
                "voided": voided,
                "refused": (refused.value.status_code, refused.value.response),
            }
        finally:
            await sdk.http_client.aclose()

    answers = asyncio.run(run())
    assert answers["number"]["invoiceNumber"] == "1"
    text2pay = answers["text2pay"]
    assert text2pay["invoice"]["status"] == "draft"
    assert text2pay["invoice"]["liveMode"] is False
    assert text2pay["invoiceUrl"].startswith("https://")
    assert (answers["created"]["invoiceNumber"], answers["created"]["total"]) == ("2", 90)
    assert answers["fetched"]["_id"] == answers["created"]["_id"]
    assert answers["listed"]["total"] == 2
    assert {invoice["_id"] for invoice in answers["listed"]["invoices"]} == {
        text2pay["invoice"]["_id"],
        answers["created"]["_id"],
    }
    assert (answers["updated"]["name"], answers["updated"]["total"]) == ("SDK invoice, updated", 120)
    assert answers["sent"]["invoice"]["status"] == "sent"
    assert answers["sent"]["emailData"] == {}  # send_manually notifies nobody
    assert (answers["paid"]["success"], answers["paid"]["invoice"]["status"]) == (True, "partially_paid")
    assert answers["paid"]["invoice"]["amountDue"] == 100
    assert answers["voided"]["status"] == "void"
    assert answers["refused"] == (
        400,
        {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"},
    )

    journal = control.requests()
    assert [(r.method, r.status) for r in journal][:3] == [("GET", 200), ("POST", 200), ("POST", 200)]
    assert all(not r.unsafe for r in journal)


def test_the_official_sdk_delete_sends_altid_in_the_query(served: dict[str, Any], control: EmulatorControl) -> None:
    """The SDK's delete sends `altId`/`altType` as query parameters, as the vendor documents; the emulator's
    `delete_alt_location` guess (the body, as the live sibling endpoint reads it) refuses that, and its
    alternative profile takes it. If the SDK's delete works live, the guess is wrong: the nightly decides."""
    main = served["main"]
    location, token = main["locationId"], main["token"]

    async def delete_a_draft() -> tuple[int | None, Any]:
        sdk = sdk_for(served["baseUrl"], token)
        try:
            created = await sdk.invoices.text2pay_invoice(request_body=draft(location))
            invoice_id = created["invoice"]["_id"]
            try:
                deleted = await sdk.invoices.delete_invoice(invoice_id=invoice_id, alt_id=location, alt_type="location")
            except GHLError as error:
                return error.status_code, error.response
            return 200, deleted
        finally:
            await sdk.http_client.aclose()

    status, answer = asyncio.run(delete_a_draft())
    assert status == 422
    assert "altId must be a string" in answer["message"]

    control.set_profile("delete-alt-in-query")
    status, answer = asyncio.run(delete_a_draft())
    assert status == 200
    assert answer["deleted"] is True
