"""One obvious way in: construction defaults, both operations in one line, sync and async, injection, closing."""

from __future__ import annotations

import httpx
import pytest
from highlevel_invoices import AsyncHighLevelInvoices, AuthenticatedClient, HighLevelInvoices
from highlevel_invoices.api.invoices import create_and_send_invoice, generate_invoice_number
from highlevel_invoices.client import DEFAULT_BASE_URL
from highlevel_invoices.models import NextInvoiceNumber, Text2PayInvoiceResponse
from starlette.applications import Starlette

from contract_tests.tests.client.conftest import BASE_URL, SyncASGITransport, draft_body, invoices_in
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID, PRIVATE_INTEGRATION_TOKEN


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"invoiceNumber": "7"})

    return httpx.MockTransport(handler)


def test_defaults_base_url_version_header_timeout_and_auth() -> None:
    seen: list[httpx.Request] = []
    with HighLevelInvoices("pit-secret", transport=_recording(seen)) as client:
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "7"
        timeout = client.client.get_httpx_client().timeout
    (request,) = seen
    assert str(request.url) == f"{DEFAULT_BASE_URL}/invoices/generate-invoice-number?altId=loc&altType=location"
    assert request.headers["Version"] == "2021-07-28"
    assert request.headers["Authorization"] == "Bearer pit-secret"
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 30.0, 30.0, 30.0)


def test_version_and_headers_are_overridable() -> None:
    seen: list[httpx.Request] = []
    with HighLevelInvoices("t", version="2021-04-15", headers={"X-Extra": "1"}, transport=_recording(seen)) as client:
        client.generate_invoice_number(alt_id="loc")
    assert seen[0].headers["Version"] == "2021-04-15"
    assert seen[0].headers["X-Extra"] == "1"


def test_both_operations_in_one_line_each(client: HighLevelInvoices, app: Starlette) -> None:
    number = client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
    assert isinstance(number, NextInvoiceNumber)
    assert isinstance(number.invoice_number, str)
    created = client.create_and_send_invoice(draft_body())
    assert isinstance(created, Text2PayInvoiceResponse)
    assert created.invoice.status.value == "draft"
    assert invoices_in(app) == 1


def test_detailed_variant_reports_status_headers_and_attempts(client: HighLevelInvoices) -> None:
    response = client.generate_invoice_number_detailed(alt_id=MAIN_LOCATION_ID)
    assert response.status_code == 200
    assert response.attempts == 1
    assert "X-RateLimit-Max" in response.headers
    assert response.parsed.invoice_number


@pytest.mark.asyncio
async def test_async_client_both_operations(async_client: AsyncHighLevelInvoices, app: Starlette) -> None:
    async with async_client as client:
        number = await client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
        created = await client.create_and_send_invoice(draft_body())
    assert isinstance(number.invoice_number, str)
    assert created.invoice.live_mode is False
    assert invoices_in(app) == 1


def test_generated_endpoint_functions_keep_working(sync_transport: SyncASGITransport) -> None:
    low = AuthenticatedClient(token=PRIVATE_INTEGRATION_TOKEN, base_url=BASE_URL, transport=sync_transport)
    with low:
        number = generate_invoice_number.sync(client=low, alt_id=MAIN_LOCATION_ID)
        detailed = create_and_send_invoice.sync_detailed(client=low, body=draft_body())
    assert number.invoice_number
    assert detailed.parsed.invoice_url.startswith("https://")


@pytest.mark.asyncio
async def test_generated_async_endpoint_functions_keep_working(app: Starlette) -> None:
    low = AuthenticatedClient(token=LOCATION_TOKEN, base_url=BASE_URL, async_transport=httpx.ASGITransport(app))
    async with low:
        number = await generate_invoice_number.asyncio(client=low, alt_id=MAIN_LOCATION_ID)
    assert number.invoice_number


def test_injected_httpx_client_is_used_as_is_and_not_closed(sync_transport: SyncASGITransport) -> None:
    own = httpx.Client(base_url=BASE_URL, transport=sync_transport)
    with HighLevelInvoices(LOCATION_TOKEN, http_client=own) as client:
        assert client.generate_invoice_number(alt_id=MAIN_LOCATION_ID).invoice_number
    assert not own.is_closed
    own.close()


@pytest.mark.asyncio
async def test_injected_async_httpx_client(app: Starlette) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app)) as own:
        client = AsyncHighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, http_client=own)
        assert (await client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)).invoice_number
        await client.close()
        assert not own.is_closed


def test_close_closes_the_client_it_made() -> None:
    client = HighLevelInvoices("t", transport=_recording([]))
    client.generate_invoice_number(alt_id="loc")
    client.close()
    assert client.client.get_httpx_client().is_closed


@pytest.mark.parametrize("token", [LOCATION_TOKEN, PRIVATE_INTEGRATION_TOKEN])
def test_token_never_in_repr_of_clients_or_responses(token: str, sync_transport: SyncASGITransport) -> None:
    with HighLevelInvoices(token, base_url=BASE_URL, transport=sync_transport) as client:
        response = client.generate_invoice_number_detailed(alt_id=MAIN_LOCATION_ID)
        texts = [repr(client), repr(client.client), repr(response), str(response), repr(response.parsed)]
        texts.append(repr(client.client.get_httpx_client().headers))
    for text in texts:
        assert token not in text


def test_every_operation_through_the_facade_reads_the_emulator_without_a_difference(
    client: HighLevelInvoices, app: Starlette
) -> None:
    number = client.generate_invoice_number_detailed(alt_id=MAIN_LOCATION_ID)
    created = client.create_and_send_invoice_detailed(draft_body())
    invoice = created.parsed.invoice
    deleted = client.delete_invoice_detailed(
        {"altId": MAIN_LOCATION_ID, "altType": "location"}, invoice_id=invoice.id, alt_id=MAIN_LOCATION_ID
    )
    assert (number.problems, created.problems, deleted.problems) == ((), (), ())
    assert invoice.issue_date.tzinfo is not None
    assert invoices_in(app) == 0
