"""Every call is bounded in size, depth, time and waits: hostile answers from a real loopback server
(hostile_server.py), never a mock transport, met by the sync and the asyncio client alike.

The deadline model under test (README, "Timeouts and bounds"): a number `timeout=` bounds the whole call; an
httpx.Timeout keeps its phases with a total beside it; the pacer and retries never wait past the deadline.
"""

from __future__ import annotations

import asyncio
import gzip
import math
import socket
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from highlevel_invoices import (
    APITimeoutError,
    AsyncHighLevelInvoices,
    BadRequestError,
    HighLevelInvoices,
    InternalServerError,
    RateLimitError,
    RateLimitWaitError,
    ResponseBodyError,
    ResponseTooLargeError,
    ResponseValidationError,
    RetryPolicy,
    Timeout,
)
from highlevel_invoices.api.invoices import generate_invoice_number
from highlevel_invoices.bodies import DEFAULT_MAX_RESPONSE_SIZE
from highlevel_invoices.client import AuthenticatedClient

from contract_tests.tests.client.conftest import draft_body
from contract_tests.tests.client.hostile_server import (
    ENDLESS_PACING,
    NUMBER,
    HostileServer,
    answer,
    bomb,
    deep_json,
    drip,
    endless,
    silent,
)

FAST = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)
MODES = ["sync", "async"]
MIB = 1024 * 1024


def call(
    mode: str, base_url: str, operation: str = "get", *, per_call: dict[str, Any] | None = None, **options: Any
) -> Any:
    """One call of `operation` ("get": generate_invoice_number, "post": create_and_send_invoice, "get twice": two
    calls) through a fresh client of `mode`; `per_call` are keyword arguments of the (last) call."""
    options.setdefault("retry", FAST)
    extra = per_call or {}

    if mode == "sync":
        with HighLevelInvoices("tok", base_url=base_url, **options) as client:
            if operation == "post":
                return client.create_and_send_invoice(draft_body(), **extra)
            if operation == "get twice":
                client.generate_invoice_number(alt_id="loc")
            return client.generate_invoice_number(alt_id="loc", **extra)

    async def main() -> Any:
        async with AsyncHighLevelInvoices("tok", base_url=base_url, **options) as client:
            if operation == "post":
                return await client.create_and_send_invoice(draft_body(), **extra)
            if operation == "get twice":
                await client.generate_invoice_number(alt_id="loc")
            return await client.generate_invoice_number(alt_id="loc", **extra)

    return asyncio.run(main())


def timed(action: Callable[[], object]) -> float:
    started = time.monotonic()
    action()
    return time.monotonic() - started


# Size


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_stops_at_max_response_size_in_bounded_memory(mode: str) -> None:
    server = HostileServer(bomb(512 * MIB))
    with server.running() as base_url:
        bomb(512 * MIB)  # build (and cache) the body before measuring
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                call(mode, base_url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 4 * DEFAULT_MAX_RESPONSE_SIZE, f"peak {peak / MIB:.1f} MiB"
    error = caught.value
    assert error.limit == DEFAULT_MAX_RESPONSE_SIZE == 8 * MIB
    assert error.status_code == 200
    assert error.attempts == 1  # a size bound is not retried
    assert "max_response_size (8388608 bytes, decompressed)" in str(error)
    assert "the request succeeded" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_an_endless_chunked_body_stops_at_max_response_size(mode: str) -> None:
    server = HostileServer(endless())
    with server.running() as base_url, pytest.raises(ResponseTooLargeError) as caught:
        call(mode, base_url, max_response_size=MIB)
    assert caught.value.limit == MIB


@pytest.mark.parametrize("mode", MODES)
def test_a_content_length_over_the_limit_is_refused_before_the_body_is_read(mode: str) -> None:
    server = HostileServer(answer(b" " * (2 * MIB) + NUMBER))
    with server.running() as base_url, pytest.raises(ResponseTooLargeError):
        call(mode, base_url, max_response_size=MIB)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data, wbits=-zlib.MAX_WBITS)),  # raw deflate, as some servers send
    ],
)
def test_a_compressed_answer_is_read_with_its_headers_as_sent(
    mode: str, encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    server = HostileServer(answer(compress(NUMBER), extra=f"Content-Encoding: {encoding}\r\n".encode()))
    with server.running() as base_url:
        if mode == "sync":
            with HighLevelInvoices("tok", base_url=base_url) as client:
                response = client.generate_invoice_number_detailed(alt_id="loc")
        else:

            async def main() -> Any:
                async with AsyncHighLevelInvoices("tok", base_url=base_url) as client:
                    return await client.generate_invoice_number_detailed(alt_id="loc")

            response = asyncio.run(main())
    assert response.parsed.invoice_number == "42"
    assert response.content == NUMBER
    assert response.headers["content-encoding"] == encoding


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("body", "encoding", "reason"),
    [
        (b"\x1f\x8b\x08\x00garbage-not-gzip", "gzip", "corrupt"),
        (NUMBER, "br", "content-encoding 'br' is not one the client reads"),
    ],
)
def test_an_unreadable_encoding_is_a_response_body_error(mode: str, body: bytes, encoding: str, reason: str) -> None:
    server = HostileServer(answer(body, extra=f"Content-Encoding: {encoding}\r\n".encode()))
    with server.running() as base_url, pytest.raises(ResponseBodyError, match=reason):
        call(mode, base_url)


def test_the_client_asks_only_for_encodings_it_reads_within_bounds() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Accept-Encoding"])
        return httpx.Response(200, content=NUMBER)

    with HighLevelInvoices("tok", transport=httpx.MockTransport(handler)) as client:
        client.generate_invoice_number(alt_id="loc")
    assert seen == ["gzip, deflate"]


# Depth


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("depth", [300, 5000])  # past the documented bound; past the interpreter's recursion limit
def test_a_deeply_nested_2xx_is_a_response_validation_error_with_the_raw_body(mode: str, depth: int) -> None:
    body = deep_json(depth)
    server = HostileServer(answer(body))
    with server.running() as base_url, pytest.raises(ResponseValidationError) as caught:
        call(mode, base_url, "post")
    assert caught.value.content == body
    assert caught.value.reason == "the body is nested deeper than 256 levels"


@pytest.mark.parametrize("mode", MODES)
def test_a_deeply_nested_error_body_is_still_the_status_error(mode: str) -> None:
    server = HostileServer(answer(deep_json(5000), status="400 Bad Request"))
    with server.running() as base_url, pytest.raises(BadRequestError) as caught:
        call(mode, base_url, "post")
    assert caught.value.body is None


def test_nesting_up_to_the_bound_is_read() -> None:
    server = HostileServer(answer(b'{"invoiceNumber": "42", "extra": ' + b"[" * 255 + b"]" * 255 + b"}"))
    with server.running() as base_url:
        assert call("sync", base_url).invoice_number == "42"


# Time


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("head_too", [False, True], ids=["body", "head"])
def test_a_dripped_answer_ends_at_the_call_timeout(mode: str, head_too: bool) -> None:
    # One byte per 0.7 s: no read waits as long as the 1 s limit, so only a bound on the whole call ends it (the answer
    # would take 16 s+), and only one that cuts the read in progress ends it before the second byte (1.4 s).
    server = HostileServer(drip(every=0.7, head_too=head_too))
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            call(mode, base_url, per_call={"timeout": 1.0})
        elapsed = time.monotonic() - started
    assert 0.95 < elapsed < 1.35, elapsed
    error = caught.value
    assert (error.phase, error.timeout, error.attempts) == ("total", 1.0, 1)
    assert str(error).startswith("the call's timeout of 1 s ran out (read, after 1.0")
    assert "1 attempt)" in str(error)
    assert server.requests == 1  # no time was left to resend


@pytest.mark.parametrize("mode", MODES)
def test_a_client_timeout_bounds_every_retry_and_backoff(mode: str) -> None:
    server = HostileServer(answer(b"", status="503 Service Unavailable"))
    patient = RetryPolicy(max_retries=50, backoff_initial=0.3, backoff_max=0.3)
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(InternalServerError) as caught:
            call(mode, base_url, timeout=1.0, retry=patient)
        elapsed = time.monotonic() - started
    assert elapsed < 1.3, elapsed
    assert 1 < caught.value.attempts < 50  # it retried while the deadline allowed, then handed over the last answer


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_past_the_deadline_is_not_waited(mode: str) -> None:
    server = HostileServer(answer(b"{}", status="429 Too Many Requests", extra=b"Retry-After: 5\r\n"))
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            call(mode, base_url, per_call={"timeout": 1.0})
        elapsed = time.monotonic() - started
    assert elapsed < 0.8, elapsed
    assert caught.value.retry_after == 5.0  # the server's demand, on the error
    assert server.requests == 1


@pytest.mark.parametrize("mode", MODES)
def test_an_httpx_timeout_keeps_its_limits_per_phase_and_the_error_names_them(mode: str) -> None:
    server = HostileServer(silent())
    with server.running() as base_url, pytest.raises(APITimeoutError) as caught:
        call(mode, base_url, timeout=httpx.Timeout(0.2))
    error = caught.value
    assert (error.phase, error.timeout, error.attempts) == ("read", 0.2, 3)  # every attempt had its own 0.2 s
    assert str(error).startswith("the read timeout of 0.2 s ran out (3 attempts)")


@pytest.mark.parametrize("mode", MODES)
def test_a_total_beside_the_phases_bounds_the_whole_call(mode: str) -> None:
    server = HostileServer(silent())
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            call(mode, base_url, timeout=Timeout(0.3, total=0.5))
        elapsed = time.monotonic() - started
    assert elapsed < 0.9, elapsed
    assert caught.value.phase == "total"
    assert caught.value.attempts == 2  # 0.3 s for the first, what was left for the second


def test_a_timeout_keeps_its_total_and_none_keeps_the_default() -> None:
    assert Timeout(Timeout(1, total=5)).total == 5
    assert Timeout(1).total == 120.0
    assert Timeout(1, total=None).total is None
    with pytest.raises(ValueError, match="total"):
        Timeout(1, total=math.nan)


# Waits


@pytest.mark.parametrize("mode", MODES)
def test_the_pacer_never_waits_past_the_call_timeout(mode: str) -> None:
    server = HostileServer(answer(extra=ENDLESS_PACING))
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(RateLimitWaitError) as caught:
            call(mode, base_url, "get twice", per_call={"timeout": 1.0})
        elapsed = time.monotonic() - started
    assert elapsed < 0.8, elapsed  # refused at once: no point in waiting for a slot past the deadline
    error = caught.value
    assert (error.limit, error.interval_ms) == (1, 99999999999)
    assert error.wait > 99_999_000
    assert "the server allows 1 request(s) per 99999999999 ms" in str(error)
    assert "past the call's timeout of 1 s" in str(error)
    assert "the request was not sent" in str(error)
    assert server.requests == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_pacer_never_waits_past_its_cap(mode: str) -> None:
    server = HostileServer(answer(extra=ENDLESS_PACING))
    capped = RetryPolicy(max_retries=0, max_wait=0.5)
    with server.running() as base_url, pytest.raises(RateLimitWaitError, match=r"RetryPolicy.max_wait = 0.5 s"):
        call(mode, base_url, "get twice", retry=capped)  # the default timeout (120 s) would allow more
    assert server.requests == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_pacing_wait_within_the_bounds_is_waited(mode: str) -> None:
    server = HostileServer(
        answer(extra=b"X-RateLimit-Max: 1\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Interval-Milliseconds: 300\r\n")
    )
    with server.running() as base_url:
        elapsed = timed(lambda: call(mode, base_url, "get twice", per_call={"timeout": 2.0}))
    assert 0.25 < elapsed < 1.5, elapsed
    assert server.requests == 2


# What held before, kept


@pytest.mark.parametrize("retry_after", ["999999", "-5", "Wed, 21 Oct 2105 07:28:00 GMT", "nan", "inf", "1e309"])
def test_an_absurd_retry_after_waits_a_few_seconds_at_most(retry_after: str) -> None:
    server = HostileServer(
        answer(b"{}", status="429 Too Many Requests", extra=f"Retry-After: {retry_after}\r\n".encode())
    )
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(RateLimitError):
            call("sync", base_url, retry=RetryPolicy())  # the default policy
        elapsed = time.monotonic() - started
    assert elapsed < 3.5, elapsed


def test_a_redirect_to_another_origin_drops_the_token() -> None:
    target = HostileServer(answer())
    with target.running() as target_url:
        source = HostileServer(answer(b"", status="302 Found", extra=f"Location: {target_url}/x\r\n".encode()))
        seen: list[bytes] = []
        original = target._serve

        def recording(connection: Any) -> None:
            seen.append(connection.recv(65536, socket.MSG_PEEK))  # leave the request for the server to read
            original(connection)

        target._serve = recording  # type: ignore[method-assign]
        with source.running() as source_url:
            client = AuthenticatedClient(base_url=source_url, token="secret-token", follow_redirects=True)
            with client:
                response = client.send_request({"method": "get", "url": "/invoices/generate-invoice-number"})
    assert response.status_code == 200
    assert seen
    assert b"secret-token" not in seen[0]
    assert b"authorization" not in seen[0].lower()


def test_no_timeout_and_no_total_leave_every_phase_unlimited() -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, content=NUMBER)

    with HighLevelInvoices("tok", transport=httpx.MockTransport(handler)) as client:
        client.generate_invoice_number(alt_id="loc", timeout=Timeout(None, total=None))
        client.generate_invoice_number(alt_id="loc", timeout=None)  # no limit per phase, the default total
    unlimited, bounded = seen
    assert unlimited == {"connect": None, "read": None, "write": None, "pool": None}
    assert all(isinstance(limit, float) and 119 < limit <= 120 for limit in bounded.values())


# Every way in


#: The ways a call of generate-number can be made: the resource method, the facade method, the low-level endpoint
#: function, and `Client.request` (the one request path) with the endpoint's operation. Each takes the client of `mode`.
ENTRIES: dict[str, tuple[Callable[[Any, dict[str, Any]], Any], Callable[[Any, dict[str, Any]], Any]]] = {
    "resource": (
        lambda client, extra: client.invoices.generate_number(**extra),
        lambda client, extra: client.invoices.generate_number(**extra),
    ),
    "facade": (
        lambda client, extra: client.generate_invoice_number(alt_id="loc", **extra),
        lambda client, extra: client.generate_invoice_number(alt_id="loc", **extra),
    ),
    "endpoint function": (
        lambda client, extra: generate_invoice_number.sync(client=client.client, alt_id="loc", **extra),
        lambda client, extra: generate_invoice_number.asyncio(client=client.client, alt_id="loc", **extra),
    ),
    "Client.request": (
        lambda client, extra: client.client.request(
            generate_invoice_number.OPERATION, query={"altId": "loc", "altType": "location"}, **extra
        ),
        lambda client, extra: client.client.arequest(
            generate_invoice_number.OPERATION, query={"altId": "loc", "altType": "location"}, **extra
        ),
    ),
}


def through(entry: str, mode: str, base_url: str, *, per_call: dict[str, Any] | None = None, **options: Any) -> Any:
    """One call of generate-number made through `entry` (see ENTRIES) by a fresh client of `mode`."""
    options.setdefault("retry", FAST)
    sync_call, async_call = ENTRIES[entry]
    extra = per_call or {}
    if mode == "sync":
        with HighLevelInvoices("tok", base_url=base_url, location_id="loc", **options) as client:
            return sync_call(client, extra)

    async def main() -> Any:
        async with AsyncHighLevelInvoices("tok", base_url=base_url, location_id="loc", **options) as client:
            return await async_call(client, extra)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", list(ENTRIES))
def test_every_way_in_reads_the_body_within_max_response_size(entry: str, mode: str) -> None:
    server = HostileServer(endless())
    with server.running() as base_url, pytest.raises(ResponseTooLargeError) as caught:
        through(entry, mode, base_url, max_response_size=MIB)
    assert caught.value.limit == MIB


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", list(ENTRIES))
def test_every_way_in_ends_at_the_call_timeout(entry: str, mode: str) -> None:
    server = HostileServer(drip(every=0.2))
    with server.running() as base_url:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            through(entry, mode, base_url, per_call={"timeout": 0.3})
        elapsed = time.monotonic() - started
    assert elapsed < 0.6, elapsed
    assert caught.value.phase == "total"
    assert caught.value.timeout == 0.3
