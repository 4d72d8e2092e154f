"""Serving the emulator over real loopback HTTP: the address policy, uvicorn's settings, a background server.

uvicorn answers requests it cannot parse (malformed heads) with a plain-text 400 before the app sees them, and
takes request heads of any size when they arrive at once. `VendorH11Protocol` gives the 400 the vendor's JSON
shape, refuses heads over 16 KiB (Node's limit) with 431 in the same shape, and closes connections that open but
do not deliver a request head within `headers_timeout` seconds (uvicorn has no such timeout; its keep-alive
timeout only covers idle time between requests). What uvicorn cannot reshape: a connection it drops without
answering (e.g. a client that vanishes mid-body); Node sends its 431 with an empty body where this one sends JSON.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADERS_TIMEOUT = 10.0  # seconds a connection may take to deliver a request head
MAX_HEAD_BYTES = 16 * 1024  # Node's default --max-http-header-size
KEEP_ALIVE_TIMEOUT = 5  # seconds an idle keep-alive connection stays open
LIMIT_CONCURRENCY = 512  # connections and tasks at once; beyond it uvicorn answers 503


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an IPv4/IPv6 literal, bracketed or not) can only be reached from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _json_answer(status: int, reason: bytes, message: str) -> list[bytes]:
    body = json.dumps({"statusCode": status, "message": message}, separators=(",", ":")).encode()
    return [
        b"HTTP/1.1 %d %s\r\n" % (status, reason),
        b"content-type: application/json; charset=utf-8\r\n",
        b"content-length: %d\r\n" % len(body),
        b"connection: close\r\n\r\n",
        body,
    ]


class VendorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with JSON error answers and a timeout for delivering the request head."""

    headers_timeout: float = HEADERS_TIMEOUT
    _headers_timer: asyncio.TimerHandle | None = None
    _head_bytes: int = 0  # bytes of the request head received so far (while one is awaited)
    _head_tail: bytes = b""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_headers_timer()

    def data_received(self, data: bytes) -> None:
        awaiting_head = self.cycle is None or self.cycle.response_complete
        if awaiting_head:
            if self._headers_timer is None:
                self._arm_headers_timer()  # the head of a further request on this connection is on its way
            if self._head_too_large(data):
                self._cancel_headers_timer()
                self.transport.write(
                    b"".join(_json_answer(431, b"Request Header Fields Too Large", "Request Header Fields Too Large"))
                )
                self.transport.close()
                return
        super().data_received(data)
        if self.cycle is not None and not self.cycle.response_complete:
            self._cancel_headers_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_headers_timer()
        super().connection_lost(exc)

    def _head_too_large(self, data: bytes) -> bool:
        window = self._head_tail + data
        end = window.find(b"\r\n\r\n")
        if end == -1:
            self._head_bytes += len(data)
            self._head_tail = window[-3:]
            return self._head_bytes > MAX_HEAD_BYTES
        size = self._head_bytes - len(self._head_tail) + end + 4
        self._head_bytes, self._head_tail = 0, b""
        return size > MAX_HEAD_BYTES

    def _arm_headers_timer(self) -> None:
        self._cancel_headers_timer()
        self._headers_timer = self.loop.call_later(self.headers_timeout, self._headers_expired)

    def _cancel_headers_timer(self) -> None:
        if self._headers_timer is not None:
            self._headers_timer.cancel()
            self._headers_timer = None

    def _headers_expired(self) -> None:
        self._headers_timer = None
        if self.transport.is_closing() or (self.cycle is not None and not self.cycle.response_complete):
            return
        if self.conn.our_state in (h11.IDLE, h11.DONE) and self.conn.their_state in (h11.IDLE, h11.SEND_BODY):
            self.transport.write(b"".join(_json_answer(408, b"Request Timeout", "Request Timeout")))
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self._cancel_headers_timer()
        self.transport.write(b"".join(_json_answer(400, b"Bad Request", msg)))
        self.transport.close()


def protocol_with_timeout(headers_timeout: float) -> type[VendorH11Protocol]:
    """`VendorH11Protocol` with another head timeout (tests use a short one)."""
    return type("VendorH11Protocol", (VendorH11Protocol,), {"headers_timeout": headers_timeout})


def server_config(
    app: Any, *, host: str, port: int, log_level: str = "warning", headers_timeout: float = HEADERS_TIMEOUT
) -> uvicorn.Config:
    """uvicorn's settings for the emulator: bounded connections, keep-alive and head timeouts, JSON errors."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        backlog=256,
        http=protocol_with_timeout(headers_timeout),
        timeout_keep_alive=KEEP_ALIVE_TIMEOUT,
        limit_concurrency=LIMIT_CONCURRENCY,
        timeout_graceful_shutdown=5,
    )


@contextmanager
def serve_in_thread(
    app: Any, *, start_timeout: float = 10.0, headers_timeout: float = HEADERS_TIMEOUT
) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (an ephemeral port) from a background thread; yields the base URL.

    uvicorn binds the port itself: handing it a pre-bound socket made every request about 40x slower.
    """
    server = uvicorn.Server(server_config(app, host="127.0.0.1", port=0, headers_timeout=headers_timeout))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + start_timeout
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
