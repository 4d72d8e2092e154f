"""Code written against the client, type-checked with `mypy --strict` by test_typing_and_quickstart.py (never run)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from highlevel_invoices import (
    APIStatusError,
    AsyncHighLevelInvoices,
    HighLevelInvoices,
    RateLimitError,
    ResponseValidationError,
    RetryEvent,
    Text2PayInvoiceRequestDict,
    UnprocessableEntityError,
)
from highlevel_invoices.api.invoices import generate_invoice_number
from highlevel_invoices.models import AltType, InvoiceStatus, Text2PayInvoiceRequest, Text2PayInvoiceResponse
from highlevel_invoices.types import UNSET, Response


def on_retry(event: RetryEvent) -> None:
    print(event.attempt, event.delay, event.status_code)


def next_number(token: str, location: str) -> str:
    with HighLevelInvoices(token, max_retries=3, on_retry=on_retry, timeout=httpx.Timeout(10.0)) as client:
        # The spec leaves `invoiceNumber` optional in this body, so the type says `str | Unset`.
        number = client.generate_invoice_number(alt_id=location, alt_type=AltType.LOCATION).invoice_number
        raw = generate_invoice_number.sync(client=client.client, alt_id=location).invoice_number
        return (number if isinstance(number, str) else "") + (raw if isinstance(raw, str) else "")


def create(client: HighLevelInvoices, body: Text2PayInvoiceRequest) -> Text2PayInvoiceResponse | None:
    try:
        detailed: Response[Text2PayInvoiceResponse] = client.create_and_send_invoice_detailed(body)
    except UnprocessableEntityError as error:
        messages: list[str] = error.messages
        print(messages, error.trace_id)
        return None
    except RateLimitError as error:
        wait: float | None = error.retry_after
        print(wait, error.limit_remaining)
        return None
    except APIStatusError as error:
        status: int = error.status_code
        print(status, error.response.headers)
        return None
    attempts: int = detailed.attempts
    print(attempts)
    invoice_number: str = detailed.parsed.invoice.invoice_number  # required there: always a str
    print(invoice_number)
    return detailed.parsed


async def many(token: str, location: str) -> list[str]:
    async with AsyncHighLevelInvoices(token) as client:
        results = await asyncio.gather(*(client.generate_invoice_number(alt_id=location) for _ in range(3)))
    return [result.invoice_number for result in results if isinstance(result.invoice_number, str)]


def typed_draft(client: HighLevelInvoices, location: str) -> str:
    body: Text2PayInvoiceRequestDict = {
        "altId": location,
        "userId": "user",
        "name": "Typed",
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2, "taxes": []}],
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["a@example.com"]},
        "liveMode": False,
        "action": "draft",
    }
    try:
        created = client.with_options(max_retries=0).create_and_send_invoice(
            body, timeout=10.0, extra_headers={"X-Request-Id": "1"}
        )
    except ResponseValidationError as error:
        raw: bytes = error.content
        print(raw, error.partial)
        return ""
    status = created.invoice.status
    if status is InvoiceStatus.DRAFT or not status.is_known:
        client.delete_invoice({"altId": location, "altType": "location"}, invoice_id=created.invoice.id)
    return created.invoice.id


def with_provider(location: str) -> None:
    def current_token() -> str:
        return "token from a store"

    async def async_token() -> str:
        return "token from a store"

    with HighLevelInvoices(current_token) as client:
        client.generate_invoice_number(alt_id=location)
    asyncio.run(_async_provider(location, async_token))


async def _async_provider(location: str, provider: Callable[[], Awaitable[str]]) -> None:
    async with AsyncHighLevelInvoices(provider) as client:
        await client.generate_invoice_number(alt_id=location, timeout=None)


def through_the_resource(client: HighLevelInvoices) -> str:
    """The resource API: keywords in snake case, nested objects as their TypedDicts, the path id positional."""
    number = client.invoices.generate_number(alt_id="ve9EPM428h8vShlRW1KT").invoice_number
    created = client.invoices.text2pay(
        name="Typed",
        currency="USD",
        items=[{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
        issue_date="2024-01-01",
        sent_to={"email": ["alex@example.com"]},
        live_mode=False,
        action="draft",
        user_id="hUm4SmFjEfHyjzTtQxXy",
        invoice_number=number if isinstance(number, str) else UNSET,
    )
    deleted = client.invoices.delete(created.invoice.id)
    return str(deleted.id)


async def through_the_async_resource(client: AsyncHighLevelInvoices) -> str:
    number = await client.invoices.generate_number()
    return number.invoice_number if isinstance(number.invoice_number, str) else ""
