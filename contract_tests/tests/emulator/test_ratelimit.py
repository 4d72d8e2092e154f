"""Rate limits per resource: the vendor's headers, the burst window, the daily quota and the 429 answer."""

from __future__ import annotations

import httpx
import pytest

from highlevel_invoices_emulator import RateLimitConfig
from highlevel_invoices_emulator.ratelimit import RateLimiter
from highlevel_invoices_emulator.tokens import (
    AGENCY_TOKEN,
    LOCATION_TOKEN,
    OTHER_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    PRIVATE_INTEGRATION_TOKEN,
    READONLY_TOKEN,
)

from .support import GENERATE, TEXT2PAY, ManualClock, auth, emulator, location_query, minimal_body

RATE_HEADERS = (
    "X-RateLimit-Limit-Daily",
    "X-RateLimit-Daily-Remaining",
    "X-RateLimit-Interval-Milliseconds",
    "X-RateLimit-Max",
    "X-RateLimit-Remaining",
)


def rate_headers(response: httpx.Response) -> dict[str, str]:
    return {name: response.headers[name] for name in RATE_HEADERS if name in response.headers}


async def generate(
    client: httpx.AsyncClient, token: str = LOCATION_TOKEN, location: str | None = None
) -> httpx.Response:
    params = location_query(location) if location else location_query()
    return await client.get(GENERATE, params=params, headers=auth(token))


@pytest.mark.asyncio
async def test_the_vendors_headers_and_defaults(client: httpx.AsyncClient) -> None:
    response = await generate(client)
    assert rate_headers(response) == {
        "X-RateLimit-Limit-Daily": "200000",
        "X-RateLimit-Daily-Remaining": "199999",
        "X-RateLimit-Interval-Milliseconds": "10000",
        "X-RateLimit-Max": "100",
        "X-RateLimit-Remaining": "99",
    }
    response = await client.post(TEXT2PAY, json=minimal_body(), headers=auth())
    assert rate_headers(response)["X-RateLimit-Remaining"] == "98"


@pytest.mark.asyncio
async def test_headers_on_every_answer_once_the_token_is_known(client: httpx.AsyncClient) -> None:
    denied_scope = await client.post(TEXT2PAY, json=minimal_body(), headers=auth(READONLY_TOKEN))
    wrong_location = await generate(client, location=OTHER_LOCATION_ID)
    invalid = await client.post(TEXT2PAY, json=minimal_body(liveMode=1), headers=auth())
    assert [r.status_code for r in (denied_scope, wrong_location, invalid)] == [401, 403, 422]
    assert [rate_headers(r)["X-RateLimit-Remaining"] for r in (denied_scope, wrong_location, invalid)] == [
        "99",
        "98",
        "97",
    ]


@pytest.mark.asyncio
async def test_unauthenticated_answers_carry_no_headers_and_do_not_count(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"Version": "2021-07-28"}, auth("pit-unknown")):
        response = await client.get(GENERATE, params=location_query(), headers=headers)
        assert response.status_code == 401
        assert rate_headers(response) == {}
    assert rate_headers(await generate(client))["X-RateLimit-Remaining"] == "99"


@pytest.mark.asyncio
async def test_burst_limit_gives_429_and_recovers_as_the_window_slides(clock: ManualClock) -> None:
    config = RateLimitConfig(max_requests=3, interval_ms=1000, daily_limit=100)
    async with emulator(rate_limit=config, clock=clock) as (client, state):
        remaining = []
        for _ in range(3):
            response = await generate(client)
            assert response.status_code == 200
            remaining.append(response.headers["X-RateLimit-Remaining"])
            clock.advance(0.2)
        assert remaining == ["2", "1", "0"]
        limited = await generate(client)
        assert limited.status_code == 429
        assert limited.json() == {"statusCode": 429, "message": "Too Many Requests"}
        assert "Retry-After" not in limited.headers
        assert rate_headers(limited) == {
            "X-RateLimit-Limit-Daily": "100",
            "X-RateLimit-Daily-Remaining": "97",
            "X-RateLimit-Interval-Milliseconds": "1000",
            "X-RateLimit-Max": "3",
            "X-RateLimit-Remaining": "0",
        }
        clock.advance(0.4)  # the first request (t=0) has left the window
        recovered = await generate(client)
        assert recovered.status_code == 200
        assert recovered.headers["X-RateLimit-Remaining"] == "0"
        assert [e.status for e in state.journal.entries()] == [200, 200, 200, 429, 200]


@pytest.mark.asyncio
async def test_rate_limiting_comes_before_scope_and_validation(clock: ManualClock) -> None:
    async with emulator(rate_limit=RateLimitConfig(1, 1000, 100), clock=clock) as (client, _):
        assert (await generate(client)).status_code == 200
        response = await client.post(TEXT2PAY, json={"bad": True}, headers=auth(READONLY_TOKEN))
        assert response.status_code == 429


@pytest.mark.asyncio
async def test_daily_quota(clock: ManualClock) -> None:
    clock.now = 1_717_200_000.0 + 86_400 - 30  # 30 seconds before midnight UTC
    async with emulator(rate_limit=RateLimitConfig(100, 1000, 2), clock=clock) as (client, _):
        assert [(await generate(client)).status_code for _ in range(2)] == [200, 200]
        clock.advance(5)
        over = await generate(client)
        assert over.status_code == 429
        assert over.headers["X-RateLimit-Daily-Remaining"] == "0"
        clock.advance(30)
        next_day = await generate(client)
        assert next_day.status_code == 200
        assert next_day.headers["X-RateLimit-Daily-Remaining"] == "1"


@pytest.mark.asyncio
async def test_limits_are_per_resource(clock: ManualClock) -> None:
    async with emulator(rate_limit=RateLimitConfig(2, 1000, 100), clock=clock) as (client, _):
        assert (await generate(client)).status_code == 200
        assert (await generate(client, PRIVATE_INTEGRATION_TOKEN)).status_code == 200  # same location
        assert (await generate(client, READONLY_TOKEN)).status_code == 429
        assert (await generate(client, OTHER_LOCATION_TOKEN, OTHER_LOCATION_ID)).status_code == 200
        agency = await generate(client, AGENCY_TOKEN)  # counted against the company
        assert agency.status_code == 200
        assert agency.headers["X-RateLimit-Remaining"] == "1"


def test_rate_limiter_sliding_window_and_retry_after() -> None:
    clock = ManualClock(1000.0)
    limiter = RateLimiter(RateLimitConfig(max_requests=2, interval_ms=10_000, daily_limit=1000), clock)
    assert limiter.hit("r").allowed
    clock.advance(4)
    assert limiter.hit("r").allowed
    clock.advance(1)
    refused = limiter.hit("r")
    assert not refused.allowed
    assert refused.retry_after_seconds == 5
    clock.advance(4.5)
    assert limiter.hit("r").retry_after_seconds == 1  # 0.5 s left, rounded up
    clock.advance(0.5)
    assert limiter.hit("r").allowed


def test_rate_limit_config_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RateLimitConfig(max_requests=0)
