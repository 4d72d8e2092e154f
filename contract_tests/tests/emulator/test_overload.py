"""The served emulator under overload: floods, slow heads, dripped bodies and compressed junk all get the vendor's
JSON, never a plain-text or 5xx answer, and legitimate clients are answered meanwhile.

Every test lowers the bounds (capacity, connections, timeouts) so that a few dozen sockets and a few seconds show
what the full-size attack (scripts/attack_emulator.py: 800 connections, 520 slowloris sockets) shows.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager

import httpx
import pytest

from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.serving import EVICTION_GRACE, LINGER_SECONDS, ServingLimits, serve_in_thread
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

from .support import GENERATE, TEXT2PAY, auth, location_query, minimal_body

UNLIMITED = RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9)
GENERATE_HEAD = (
    f"GET {GENERATE}?altId={MAIN_LOCATION_ID}&altType=location HTTP/1.1\r\nHost: x\r\n"
    + "".join(f"{k}: {v}\r\n" for k, v in auth().items())
    + "\r\n"
).encode()


def _address(base_url: str) -> tuple[str, int]:
    host, port = base_url.removeprefix("http://").split(":")
    return host, int(port)


def _connect(base_url: str, timeout: float = 5) -> socket.socket:
    return socket.create_connection(_address(base_url), timeout=timeout)


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _status_and_json(raw: bytes) -> tuple[int, object]:
    """The status of an HTTP/1.1 answer, and its body, which must be JSON (the test fails otherwise)."""
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"content-type: application/json" in head.lower(), raw[:300]
    return int(head.split(b" ", 2)[1]), json.loads(body)


def _post_head(length: int | None = None, extra: str = "") -> bytes:
    framing = f"Content-Length: {length}\r\n" if length is not None else "Transfer-Encoding: chunked\r\n"
    return (
        f"POST {TEXT2PAY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{framing}{extra}"
        + "".join(f"{k}: {v}\r\n" for k, v in auth().items())
        + "\r\n"
    ).encode()


@contextmanager
def _held_requests(base_url: str, count: int) -> Iterator[list[socket.socket]]:
    """`count` requests in progress: each sent its head and the first byte of a body that never comes."""
    with ExitStack() as stack:
        sockets = [stack.enter_context(_connect(base_url)) for _ in range(count)]
        for sock in sockets:
            sock.sendall(_post_head(100) + b"{")
        time.sleep(0.3)  # let the server read them
        yield sockets


# --- capacity ---------------------------------------------------------------------------------------------------


def test_beyond_capacity_the_answer_is_the_vendors_429_with_its_rate_limit_headers() -> None:
    app = create_app(capacity=2)
    limits = ServingLimits(body_timeout=5)
    with serve_in_thread(app, limits=limits) as base_url, _held_requests(base_url, 2):
        with httpx.Client(base_url=base_url) as client:
            refused = client.get(GENERATE, params=location_query(), headers=auth())
            anonymous = client.get(GENERATE, params=location_query())
        assert refused.status_code == 429
        assert refused.json() == {"statusCode": 429, "message": "Too Many Requests"}
        assert refused.headers["content-type"] == "application/json; charset=utf-8"
        assert refused.headers["X-RateLimit-Max"] == "100"
        assert refused.headers["X-RateLimit-Remaining"] == "100"  # the refusal counted against nothing
        assert (anonymous.status_code, anonymous.json()["statusCode"]) == (429, 429)
        assert "X-RateLimit-Max" not in anonymous.headers  # rate-limit headers answer tokens only
    with serve_in_thread(app, limits=limits) as base_url, httpx.Client(base_url=base_url) as client:
        assert client.get(GENERATE, params=location_query(), headers=auth()).status_code == 200
    statuses = [entry.status for entry in emulator_state(app).journal.entries()]
    assert statuses.count(429) == 2
    assert emulator_state(app).admission.in_progress == 0


def test_create_app_rejects_a_capacity_that_is_not_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        create_app(capacity=0)


def test_a_flood_of_connections_gets_only_json_and_no_5xx() -> None:
    """60 connections at once against a capacity of 8 and room for 24 connections: 200s and 429s, all JSON."""
    app = create_app(rate_limit=UNLIMITED, capacity=8)
    body = json.dumps(minimal_body()).encode()
    request = _post_head(len(body)) + body

    def one(base_url: str) -> tuple[int, object]:
        with _connect(base_url, timeout=20) as sock:
            sock.sendall(request)
            return _status_and_json(_read_all_one(sock))

    with serve_in_thread(app, limits=ServingLimits(max_connections=24)) as base_url, ThreadPoolExecutor(60) as pool:
        answers = list(pool.map(lambda _: one(base_url), range(60)))
        with httpx.Client(base_url=base_url) as client:  # and a legitimate client right after
            assert client.post(TEXT2PAY, json=minimal_body(), headers=auth()).status_code == 200
    statuses = {status for status, _ in answers}
    assert statuses <= {200, 429}, statuses
    assert 200 in statuses
    created = [answer for status, answer in answers if status == 200]
    numbers = sorted(int(answer["invoice"]["invoiceNumber"]) for answer in created)  # type: ignore[index]
    assert numbers == list(range(1, len(created) + 1))  # unique and contiguous, whatever was refused


def _read_all_one(sock: socket.socket) -> bytes:
    """One answer: its head, then as many body bytes as its Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


# --- connections and slow heads ----------------------------------------------------------------------------------


def test_slow_heads_cannot_starve_other_clients() -> None:
    """30 slowloris sockets against room for 10 connections: each newcomer takes the place of the unfinished head
    that has waited longest, which gets a JSON 408; the legitimate requests meanwhile are all answered."""
    app = create_app(rate_limit=UNLIMITED)
    limits = ServingLimits(max_connections=10, headers_timeout=30)
    with serve_in_thread(app, limits=limits) as base_url, ExitStack() as stack:
        slow = []
        for _ in range(30):
            sock = stack.enter_context(_connect(base_url))
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a head that never ends
            slow.append(sock)
        time.sleep(EVICTION_GRACE + 0.2)
        for _ in range(5):  # each on a new connection, kept open
            sock = stack.enter_context(_connect(base_url))
            sock.sendall(GENERATE_HEAD)
            status, _ = _status_and_json(_read_all_one(sock))
            assert status == 200
        evicted = [_read_all(sock) for sock in slow[:5]]  # the oldest, one per newcomer
        for sock in slow[5:]:
            sock.settimeout(0.02)
            with pytest.raises(TimeoutError):
                sock.recv(1)  # still held
    for raw in evicted:
        assert _status_and_json(raw) == (408, {"statusCode": 408, "message": "Request Timeout"})


def test_when_every_connection_is_busy_a_newcomer_gets_the_json_429_and_is_closed() -> None:
    app = create_app(rate_limit=UNLIMITED)
    limits = ServingLimits(max_connections=3, body_timeout=5)
    with serve_in_thread(app, limits=limits) as base_url, _held_requests(base_url, 3), _connect(base_url) as sock:
        sock.sendall(GENERATE_HEAD)
        raw = _read_all(sock)  # ends: the connection is closed after the answer
    assert _status_and_json(raw) == (429, {"statusCode": 429, "message": "Too Many Requests"})
    assert b"x-ratelimit-max: 100" in raw.lower()


# --- slow bodies -------------------------------------------------------------------------------------------------


def test_a_dripped_body_is_closed_with_json_408_within_its_timeout() -> None:
    app = create_app()
    with serve_in_thread(app, limits=ServingLimits(body_timeout=0.6)) as base_url, _connect(base_url) as sock:
        sock.sendall(_post_head(1000) + b"{")
        started = time.monotonic()
        closed = threading.Event()

        def drip() -> None:
            while not closed.wait(0.1):
                try:
                    sock.sendall(b" ")
                except OSError:
                    return

        dripper = threading.Thread(target=drip)
        dripper.start()
        try:
            raw = _read_all(sock)
            elapsed = time.monotonic() - started
        finally:
            closed.set()
            dripper.join()
    assert _status_and_json(raw) == (408, {"statusCode": 408, "message": "Request Timeout"})
    assert 0.5 <= elapsed < 3
    assert emulator_state(app).journal.entries()[-1].status == 408


def test_a_body_answered_early_is_drained_briefly_then_its_connection_closed() -> None:
    """A 413 arrives while the client is still sending: it is readable, and the connection ends soon after."""
    app = create_app(max_body_bytes=10_000)
    with serve_in_thread(app) as base_url, _connect(base_url) as sock:
        sock.sendall(_post_head() + b"2710\r\n" + b" " * 10_000 + b"\r\n2710\r\n" + b" " * 10_000 + b"\r\n")
        started = time.monotonic()
        stop = threading.Event()

        def keep_sending() -> None:
            while not stop.is_set():
                try:
                    sock.sendall(b"400\r\n" + b" " * 1024 + b"\r\n")
                except OSError:
                    return
                time.sleep(0.01)

        sender = threading.Thread(target=keep_sending)
        sender.start()
        try:
            raw = _read_all(sock)
            elapsed = time.monotonic() - started
        finally:
            stop.set()
            sender.join()
    assert _status_and_json(raw) == (413, {"statusCode": 413, "message": "request entity too large"})
    assert elapsed < LINGER_SECONDS + 2


# --- compressed bodies -------------------------------------------------------------------------------------------


def _gzip_stream_head() -> bytes:
    deflater = zlib.compressobj(wbits=31)
    return deflater.compress(b"") + deflater.flush(zlib.Z_SYNC_FLUSH)


EMPTY_DEFLATE_BLOCK = b"\x00\x00\x00\xff\xff"  # a stored block of no bytes: inflates to nothing


def test_compressed_junk_is_refused_by_its_raw_size_too() -> None:
    """Empty deflate blocks inflate to nothing; 10 MB of them used to be read whole. Now: 413 after ~100 KB."""
    app = create_app()
    chunk = EMPTY_DEFLATE_BLOCK * 2000  # 10 KB raw, 0 bytes inflated
    with serve_in_thread(app) as base_url, _connect(base_url) as sock:
        sock.sendall(_post_head(extra="Content-Encoding: gzip\r\n"))
        sock.sendall(b"%x\r\n%s\r\n" % (len(_gzip_stream_head()), _gzip_stream_head()))
        stop = threading.Event()
        sent = 0

        def flood() -> None:
            nonlocal sent
            for _ in range(1000):  # up to 10 MB
                if stop.is_set():
                    return
                try:
                    sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                except OSError:
                    return
                sent += len(chunk)

        sender = threading.Thread(target=flood)
        sender.start()
        try:
            raw = _read_all(sock)
        finally:
            stop.set()
            sender.join()
    assert _status_and_json(raw) == (413, {"statusCode": 413, "message": "request entity too large"})
    assert sent < 10_000_000


def test_a_declared_compressed_length_over_the_raw_bound_is_refused_unread() -> None:
    app = create_app()
    with serve_in_thread(app) as base_url, _connect(base_url) as sock:
        sock.sendall(_post_head(50_000_000, extra="Content-Encoding: gzip\r\n") + _gzip_stream_head())
        raw = _read_all_one(sock)
    assert _status_and_json(raw) == (413, {"statusCode": 413, "message": "request entity too large"})
