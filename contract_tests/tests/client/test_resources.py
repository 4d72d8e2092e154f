"""The resource API, `client.invoices.<method>(...)`, against the real emulator: sync and async, the location filled
in where each operation needs it, snake_case keywords, and any 2xx with the documented body read as a success."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from highlevel_invoices import (
    AsyncHighLevelInvoices,
    AsyncInvoices,
    HighLevelInvoices,
    Invoices,
    MissingLocationError,
    RequestValidationError,
)
from highlevel_invoices.models import DeletedInvoice, InvoiceAction, Text2PayInvoiceRequest, Text2PayInvoiceResponse

from contract_tests.tests.client.conftest import BASE_URL, FAST_RETRY, SyncASGITransport, invoices_in
from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

USER_ID = "hUm4SmFjEfHyjzTtQxXy"
DRAFT: dict[str, Any] = {
    "name": "Resource draft",
    "currency": "USD",
    "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
    "issue_date": "2024-01-01",
    "sent_to": {"email": ["alex@example.com"]},
    "live_mode": False,
    "action": "draft",
    "user_id": USER_ID,
}


def _sync(profile: str = "default") -> tuple[HighLevelInvoices, Any]:
    app = create_app(profile=profile, rate_limit=RateLimitConfig(max_requests=10_000, interval_ms=1_000))
    transport = SyncASGITransport(app)
    client = HighLevelInvoices(
        LOCATION_TOKEN, base_url=BASE_URL, location_id=MAIN_LOCATION_ID, transport=transport, retry=FAST_RETRY
    )
    return client, app


def test_the_three_operations_through_client_invoices() -> None:
    client, app = _sync()
    with client:
        assert isinstance(client.invoices, Invoices)
        number = client.invoices.generate_number()
        created = client.invoices.text2pay(**DRAFT, invoice_number=number.invoice_number, terms_notes="net 30")
        assert isinstance(created, Text2PayInvoiceResponse)
        assert created.invoice.invoice_number == number.invoice_number
        assert created.invoice.alt_id == MAIN_LOCATION_ID
        deleted = client.invoices.delete(created.invoice.id)
        assert isinstance(deleted, DeletedInvoice)
        assert deleted.id == created.invoice.id
    assert invoices_in(app) == 0
    journal = emulator_state(app).journal.entries()
    generate, text2pay, delete = journal[-3:]
    assert generate.query == {"altId": MAIN_LOCATION_ID, "altType": "location"}
    assert isinstance(text2pay.body, dict)
    assert (text2pay.body["altId"], text2pay.body["altType"], text2pay.body["termsNotes"]) == (
        MAIN_LOCATION_ID,
        "location",
        "net 30",
    )
    assert "issue_date" not in text2pay.body
    assert text2pay.body["issueDate"] == "2024-01-01"
    # The delete's location travels in the body and in the query (x-location: [body, query]).
    assert delete.body == {"altId": MAIN_LOCATION_ID, "altType": "location"}
    assert delete.query == {"altId": MAIN_LOCATION_ID, "altType": "location"}


def test_a_201_answer_to_text2pay_is_the_created_invoice() -> None:
    """The emulator's `created-201` profile answers text2pay as a Nest @Post does by default: the invoice exists, so
    it must not raise (before the one success rule it raised APIStatusError, and a caller would create it twice)."""
    client, app = _sync("created-201")
    with client:
        body = Text2PayInvoiceRequest.from_dict({**_wire(DRAFT), "altId": MAIN_LOCATION_ID})
        response = client.create_and_send_invoice_detailed(body)
        assert response.status_code == 201
        assert response.parsed.invoice.id
        created = client.invoices.text2pay(**DRAFT)
        assert created.invoice.status.value == "draft"
    assert invoices_in(app) == 2


def _wire(fields: dict[str, Any]) -> dict[str, Any]:
    names = {"issue_date": "issueDate", "sent_to": "sentTo", "live_mode": "liveMode", "user_id": "userId"}
    return {names.get(key, key): value for key, value in fields.items()}


def test_a_call_names_its_own_location_and_enum_members_are_accepted() -> None:
    client, app = _sync()
    with client.with_options(location_id="Rk7dT2Lq9XbN4wYp3HsZ") as other:
        with pytest.raises(Exception, match="does not have access"):
            other.invoices.generate_number()
        assert other.invoices.generate_number(alt_id=MAIN_LOCATION_ID).invoice_number
        created = other.invoices.text2pay(**{**DRAFT, "action": InvoiceAction.DRAFT}, alt_id=MAIN_LOCATION_ID)
    assert created.invoice.alt_id == MAIN_LOCATION_ID
    assert invoices_in(app) == 1


def test_without_a_location_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIGHLEVEL_LOCATION_ID", raising=False)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    with HighLevelInvoices("t", transport=httpx.MockTransport(answer)) as client:
        for call in (client.invoices.generate_number, lambda: client.invoices.text2pay(**DRAFT)):
            with pytest.raises(MissingLocationError, match="HIGHLEVEL_LOCATION_ID"):
                call()
        with pytest.raises(MissingLocationError):
            client.invoices.delete("6578278e879ad2646715ba9c")
    assert seen == []


def test_the_environment_sets_location_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"invoiceNumber": "3"})

    monkeypatch.setenv("HIGHLEVEL_LOCATION_ID", "env-location")
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", "http://127.0.0.1:9")
    with HighLevelInvoices("t", transport=httpx.MockTransport(answer)) as client:
        assert client.invoices.generate_number().invoice_number == "3"
        assert client.location_id == "env-location"
    with HighLevelInvoices("t", base_url="http://127.0.0.1:10", transport=httpx.MockTransport(answer)) as client:
        client.invoices.generate_number(alt_id="given")
    assert [str(request.url) for request in seen] == [
        "http://127.0.0.1:9/invoices/generate-invoice-number?altId=env-location&altType=location",
        "http://127.0.0.1:10/invoices/generate-invoice-number?altId=given&altType=location",
    ]


def test_keyword_input_is_checked_before_sending() -> None:
    client, app = _sync()
    with client, pytest.raises(RequestValidationError, match=r"body\.liveMode: expected a boolean"):
        client.invoices.text2pay(**{**DRAFT, "live_mode": "no"})
    assert emulator_state(app).journal.entries() == []


def test_the_async_resource() -> None:
    app = create_app(rate_limit=RateLimitConfig(max_requests=10_000, interval_ms=1_000))

    async def run() -> tuple[str, str, str]:
        async with AsyncHighLevelInvoices(
            LOCATION_TOKEN, base_url=BASE_URL, location_id=MAIN_LOCATION_ID, transport=httpx.ASGITransport(app)
        ) as client:
            assert isinstance(client.invoices, AsyncInvoices)
            number = await client.invoices.generate_number()
            created = await client.invoices.text2pay(**DRAFT)
            deleted = await client.invoices.delete(created.invoice.id)
            return number.invoice_number, created.invoice.invoice_number, deleted.invoice_number

    number, created, deleted = asyncio.run(run())
    assert number == created == deleted
    assert invoices_in(app) == 0
