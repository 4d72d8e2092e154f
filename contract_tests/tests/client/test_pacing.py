"""Rate-limit pacing against the emulator: a bulk job saturates a small window without a single 429."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from highlevel_invoices import AsyncHighLevelInvoices, RateLimitPacer, RetryEvent, RetryPolicy

from contract_tests.tests.client.conftest import BASE_URL
from highlevel_invoices_emulator import RateLimitConfig, create_app
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

MAX_REQUESTS = 25
INTERVAL_MS = 500
CALLS = 500
WORKERS = 8


@pytest.mark.slow
@pytest.mark.asyncio
async def test_bulk_job_reaches_the_allowed_rate_without_429() -> None:
    app = create_app(rate_limit=RateLimitConfig(max_requests=MAX_REQUESTS, interval_ms=INTERVAL_MS))
    retries: list[RetryEvent] = []
    statuses: list[int] = []
    policy = RetryPolicy(max_retries=0, on_retry=retries.append)

    async with AsyncHighLevelInvoices(
        LOCATION_TOKEN, base_url=BASE_URL, transport=httpx.ASGITransport(app), retry=policy
    ) as client:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for index in range(CALLS):
            queue.put_nowait(index)

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                response = await client.generate_invoice_number_detailed(alt_id=MAIN_LOCATION_ID)
                statuses.append(response.status_code)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
        elapsed = time.perf_counter() - started

    allowed_per_second = MAX_REQUESTS / (INTERVAL_MS / 1000)
    achieved_per_second = CALLS / elapsed
    ratio = achieved_per_second / allowed_per_second
    print(f"pacing: {CALLS} calls in {elapsed:.2f}s = {achieved_per_second:.1f}/s, {ratio:.1%} of the allowed rate")
    assert statuses == [200] * CALLS  # with max_retries=0 any 429 would have been raised
    assert retries == []
    assert ratio >= 0.9


def test_pacer_believes_the_server_when_it_reports_less_budget() -> None:
    now = [100.0]
    pacer = RateLimitPacer(clock=lambda: now[0])
    key = "k"
    headers = {"X-RateLimit-Max": "10", "X-RateLimit-Interval-Milliseconds": "1000", "X-RateLimit-Remaining": "2"}
    assert pacer.reserve(key) == 0.0
    assert pacer.reserve(key) > 0  # second request waits for the first answer (probing)
    pacer.release(key, headers)  # another process used 7 more: only 2 left
    assert pacer.reserve(key) == 0.0
    assert pacer.reserve(key) == 0.0
    wait = pacer.reserve(key)
    assert wait == pytest.approx(1.0)
    now[0] += 1.0  # the window slides past the server's phantom usage
    pacer.release(key, None)
    pacer.release(key, None)
    assert [pacer.reserve(key) for _ in range(8)] == [0.0] * 8  # 10 minus the 2 just finished
    assert pacer.reserve(key) == pytest.approx(1.0)


def test_pacer_without_rate_limit_headers_does_not_pace() -> None:
    pacer = RateLimitPacer()
    pacer.reserve("k")
    pacer.release("k", {})
    assert all(pacer.reserve("k") == 0.0 for _ in range(1000))
