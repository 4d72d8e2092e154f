"""Retries that never double-bill: each rule proven with a fault-injecting transport around the real emulator."""

from __future__ import annotations

import httpx
import pytest
from highlevel_invoices import (
    APIConnectionError,
    APITimeoutError,
    AsyncHighLevelInvoices,
    HighLevelInvoices,
    InternalServerError,
    RateLimitError,
    RetryEvent,
    RetryPolicy,
)
from starlette.applications import Starlette

from contract_tests.tests.client.conftest import (
    BASE_URL,
    FAST_RETRY,
    Fault,
    FaultTransport,
    SyncASGITransport,
    draft_body,
    invoices_in,
)
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID


def _client(transport: httpx.BaseTransport, policy: RetryPolicy = FAST_RETRY) -> HighLevelInvoices:
    return HighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, transport=transport, retry=policy)


def _too_many(request: httpx.Request) -> httpx.Response:
    return httpx.Response(429, json={"statusCode": 429, "message": "Too Many Requests"}, headers={"Retry-After": "0"})


@pytest.mark.parametrize(
    "fault", ["connect_error", "connect_timeout", "read_timeout", "remote_protocol_error", "read_error", "status:502",
              "status:503", "status:504", "processed_then:503"]
)  # fmt: skip
def test_get_is_retried_freely(fault: Fault, sync_transport: SyncASGITransport) -> None:
    faulty = FaultTransport(sync_transport, [fault])
    with _client(faulty) as client:
        response = client.generate_invoice_number_detailed(alt_id=MAIN_LOCATION_ID)
    assert response.attempts == 2
    assert faulty.seen == 2


@pytest.mark.parametrize("fault", ["connect_error", "connect_timeout", "pool_timeout", _too_many])
def test_post_is_retried_when_it_provably_did_not_reach_the_server(
    fault: Fault, sync_transport: SyncASGITransport, app: Starlette
) -> None:
    faulty = FaultTransport(sync_transport, [fault])
    with _client(faulty) as client:
        response = client.create_and_send_invoice_detailed(draft_body())
    assert response.attempts == 2
    assert faulty.reached == 1
    assert invoices_in(app) == 1


@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        ("read_timeout", APITimeoutError),
        ("remote_protocol_error", APIConnectionError),
        ("read_error", APIConnectionError),
        ("processed_then:502", InternalServerError),
        ("processed_then:503", InternalServerError),
        ("processed_then:504", InternalServerError),
    ],
)
def test_no_second_invoice_after_an_ambiguous_failure(
    fault: Fault, raised: type[Exception], sync_transport: SyncASGITransport, app: Starlette
) -> None:
    faulty = FaultTransport(sync_transport, [fault])
    with _client(faulty) as client, pytest.raises(raised) as caught:
        client.create_and_send_invoice(draft_body())
    assert getattr(caught.value, "attempts", None) == 1
    assert faulty.seen == 1
    assert faulty.reached == 1
    assert invoices_in(app) == 1  # the first request did create it; it was not sent again


def test_post_after_read_timeout_is_resent_only_when_the_caller_opts_in(
    sync_transport: SyncASGITransport, app: Starlette
) -> None:
    faulty = FaultTransport(sync_transport, ["read_timeout"])
    policy = RetryPolicy(max_retries=2, backoff_initial=0.001, retry_unsafe_posts=True)
    with _client(faulty, policy) as client:
        response = client.create_and_send_invoice_detailed(draft_body())
    assert response.attempts == 2
    assert invoices_in(app) == 2  # what the default protects against


def test_retry_unsafe_posts_flag_on_the_client(sync_transport: SyncASGITransport, app: Starlette) -> None:
    faulty = FaultTransport(sync_transport, ["processed_then:503"])
    with HighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, transport=faulty, retry_unsafe_posts=True) as client:
        assert client.create_and_send_invoice_detailed(draft_body()).attempts == 2


def test_max_retries_and_the_hook(sync_transport: SyncASGITransport) -> None:
    events: list[RetryEvent] = []
    policy = RetryPolicy(max_retries=3, backoff_initial=0.001, on_retry=events.append)
    faulty = FaultTransport(sync_transport, ["status:503"] * 10)
    with _client(faulty, policy) as client, pytest.raises(InternalServerError) as caught:
        client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
    assert caught.value.attempts == 4
    assert faulty.seen == 4
    assert [event.attempt for event in events] == [1, 2, 3]
    assert all(event.status_code == 503 and event.method == "GET" for event in events)
    assert all(0 <= event.delay <= 0.001 * 2 ** (event.attempt - 1) for event in events)


def test_no_retry_on_other_client_errors(sync_transport: SyncASGITransport) -> None:
    faulty = FaultTransport(sync_transport, ["status:500", "status:400"])
    with _client(faulty) as client:
        with pytest.raises(InternalServerError):
            client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
        with pytest.raises(Exception, match="400"):
            client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
    assert faulty.seen == 2


def test_429_honours_retry_after() -> None:
    waits: list[float] = []
    policy = RetryPolicy(max_retries=1, on_retry=lambda event: waits.append(event.delay))
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": "0.05"}), httpx.Response(200, json={"invoiceNumber": 3})]
    )
    with HighLevelInvoices("t", transport=httpx.MockTransport(lambda _r: next(answers)), retry=policy) as client:
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "3"
    assert 0.05 <= waits[0] <= 0.05 * 1.05 + 1e-9


def test_429_without_retry_after_waits_one_interval_when_the_window_is_used_up() -> None:
    waits: list[float] = []
    policy = RetryPolicy(max_retries=1, on_retry=lambda event: waits.append(event.delay))
    limited = {"X-RateLimit-Max": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Interval-Milliseconds": "40"}
    answers = iter([httpx.Response(429, headers=limited), httpx.Response(200, json={"invoiceNumber": "4"})])
    with HighLevelInvoices("t", transport=httpx.MockTransport(lambda _r: next(answers)), retry=policy) as client:
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "4"
    assert 0.04 <= waits[0] <= 0.05


def test_429_asking_for_too_long_is_raised_at_once() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, headers={"Retry-After": "3600"})

    with HighLevelInvoices("t", transport=httpx.MockTransport(handler)) as client, pytest.raises(RateLimitError):
        client.generate_invoice_number(alt_id="loc")
    assert len(seen) == 1


@pytest.mark.asyncio
async def test_async_rules_match(app: Starlette) -> None:
    faulty = FaultTransport(httpx.ASGITransport(app), ["read_timeout", "connect_error"])
    async with AsyncHighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, transport=faulty, retry=FAST_RETRY) as client:
        with pytest.raises(APITimeoutError):
            await client.create_and_send_invoice(draft_body())
        response = await client.create_and_send_invoice_detailed(draft_body())
    assert response.attempts == 2
    assert invoices_in(app) == 2  # one per call, none resent after the read timeout
