"""Code written against the client, type-checked with `mypy --strict` by test_typing.py (never run)."""

from __future__ import annotations

import asyncio

import httpx
from highlevel_invoices import (
    APIStatusError,
    AsyncHighLevelInvoices,
    HighLevelInvoices,
    RateLimitError,
    RetryEvent,
    UnprocessableEntityError,
)
from highlevel_invoices.api.invoices import generate_invoice_number
from highlevel_invoices.models import AltType, Text2PayInvoiceRequest, Text2PayInvoiceResponse
from highlevel_invoices.types import Response


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
