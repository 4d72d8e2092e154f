"""Serving the emulator over real loopback HTTP: the address policy, uvicorn's settings, a background server.

uvicorn answers requests it cannot parse (malformed heads) with a plain-text 400 before the app sees them, takes
request heads of any size when they arrive at once, waits for a request body for ever, and beyond its
`limit_concurrency` answers 503 in plain text. `VendorH11Protocol` replaces all of these with bounds answered in
the vendor's JSON shape (`ServingLimits` holds the figures):

- heads over 16 KiB (Node's limit) get 431, malformed ones 400;
- a connection must deliver each request head within `headers_timeout` seconds of opening (or of the first byte
  of a further request on it), a total budget however slowly the bytes drip in; else 408 and it is closed;
- a request body must arrive whole within `body_timeout` seconds of its head: else 408 when no answer has been
  sent yet, and the connection is closed either way; a request answered before its body arrived (413, 429)
  has the rest drained for at most `LINGER_SECONDS` and `LINGER_BYTES`, then its connection is closed;
- at most `max_connections` connections are served at once (never more than the open-file limit allows). A
  connection beyond them takes the place of the one that has waited longest (over `EVICTION_GRACE`, and with
  no bytes left unread) without a request in progress: a slow or unfinished head gets 408, an idle keep-alive
  connection is closed as at its keep-alive timeout. So slow clients cannot starve others. When no connection
  can be given up (every one has a request in progress, or all are new), the newcomer's request is refused
  with the app's over-capacity 429 (`admission.py`) and its connection closed. uvicorn's own
  `limit_concurrency` is off, so its plain-text 503 is never sent.

What uvicorn and h11 cannot be made to do: a connection they drop without answering (a client that vanishes
mid-body) gets nothing; Node sends its 431 with an empty body where this one sends JSON; connections beyond what
the kernel's listen backlog (`BACKLOG`, capped by net.core.somaxconn) and the open-file limit admit wait in the
kernel (asyncio stops accepting for a second when it runs out of file descriptors), unseen by the emulator; a
client that never reads its answer keeps the answer's bytes (at most one answer) in the transport until its
connection is needed for another client.
"""

from __future__ import annotations

import array
import asyncio
import ipaddress
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from highlevel_invoices_emulator.admission import BODY_TIMED_OUT, DROP_CONNECTION, OVER_CAPACITY, set_scope_flag

try:
    import fcntl
    import resource
    import termios
except ImportError:  # pragma: no cover - not on Windows
    fcntl = resource = termios = None  # type: ignore[assignment]

HEADERS_TIMEOUT = 10.0  # seconds a connection may take to deliver a request head
BODY_TIMEOUT = 30.0  # seconds a request may take to deliver its body after its head
MAX_HEAD_BYTES = 16 * 1024  # Node's default --max-http-header-size
KEEP_ALIVE_TIMEOUT = 5  # seconds an idle keep-alive connection stays open
MAX_CONNECTIONS = 2048  # connections held at once (see the module docstring)
BACKLOG = 2048  # connections the kernel queues before they are accepted
EVICTION_GRACE = 1.0  # seconds a connection may wait for its first bytes before a newcomer may take its place
LINGER_SECONDS = 2.0  # how long the rest of an answered request's body is drained before the connection closes
LINGER_BYTES = 1024 * 1024  # and how much of it
FILE_DESCRIPTOR_RESERVE = 64  # open files kept for everything but connections


@dataclass(frozen=True)
class ServingLimits:
    """The served emulator's bounds on slow and numerous clients."""

    headers_timeout: float = HEADERS_TIMEOUT
    body_timeout: float = BODY_TIMEOUT
    max_connections: int = MAX_CONNECTIONS

    def __post_init__(self) -> None:
        if self.headers_timeout <= 0 or self.body_timeout <= 0 or self.max_connections <= 0:
            raise ValueError("serving limits must be positive")


def open_file_limit() -> int | None:
    """The process's soft limit on open files, or None when it has none (or cannot say)."""
    if resource is None:
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def raise_open_file_limit(wanted: int) -> None:
    """Raise the soft open-file limit towards `wanted` (never above the hard limit, never lowering it)."""
    if resource is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and target > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def connection_limit(requested: int) -> int:
    """`requested`, lowered so that the connections fit in the open-file limit beside a reserve."""
    files = open_file_limit()
    if files is None:
        return requested
    return max(1, min(requested, files - FILE_DESCRIPTOR_RESERVE))


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an IPv4/IPv6 literal, bracketed or not) can only be reached from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _json_answer(status: int, reason: bytes, message: str) -> bytes:
    body = json.dumps({"statusCode": status, "message": message}, separators=(",", ":")).encode()
    return b"".join(
        [
            b"HTTP/1.1 %d %s\r\n" % (status, reason),
            b"content-type: application/json; charset=utf-8\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
            body,
        ]
    )


REQUEST_TIMEOUT = _json_answer(408, b"Request Timeout", "Request Timeout")


def _unread_bytes(transport: asyncio.Transport) -> int:
    """Bytes that arrived on the connection but the event loop has not read yet (0 when that cannot be told)."""
    sock = transport.get_extra_info("socket")
    if sock is None or termios is None:
        return 0
    try:
        pending = array.array("i", [0])
        fcntl.ioctl(sock.fileno(), termios.FIONREAD, pending)
    except OSError:
        return 0
    return pending[0]


class _Connections:
    """One server's connections: the seated ones (at most `limit`), the standing ones beyond them, and those of
    either kind waiting without a request in progress, longest-waiting first."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.seated: set[VendorH11Protocol] = set()
        self.standing: set[VendorH11Protocol] = set()
        self.waiting: OrderedDict[VendorH11Protocol, float] = OrderedDict()  # -> when it began to wait
        self._clock = clock

    def hold(self, connection: VendorH11Protocol) -> None:
        self.standing.add(connection)
        self.seat(connection)
        self.wait(connection)

    def seat(self, connection: VendorH11Protocol) -> bool:
        """Give a standing connection a seat, freeing one from a long-waiting connection if need be."""
        if connection in self.seated:
            return True
        if len(self.seated) >= self.limit:
            self._free_a_seat()
        if connection in self.standing and len(self.seated) < self.limit:
            self.standing.discard(connection)
            self.seated.add(connection)
            return True
        return False

    def _free_a_seat(self) -> None:
        """Give up the seated connection that has waited longest, if longer than EVICTION_GRACE and idle: one whose
        bytes sit unread is not idle, only behind a busy event loop."""
        now = self._clock()
        for connection, since in self.waiting.items():
            if now - since < EVICTION_GRACE:
                return
            if connection in self.seated and not _unread_bytes(connection.transport):
                self.release(connection)
                connection.evict()
                return

    def wait(self, connection: VendorH11Protocol) -> None:
        if connection in self.seated or connection in self.standing:
            self.waiting.pop(connection, None)
            self.waiting[connection] = self._clock()

    def busy(self, connection: VendorH11Protocol) -> None:
        self.waiting.pop(connection, None)

    def release(self, connection: VendorH11Protocol) -> None:
        self.seated.discard(connection)
        self.standing.discard(connection)
        self.waiting.pop(connection, None)


class VendorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with JSON error answers, head and body timeouts, and a bound on connections."""

    limits: ClassVar[ServingLimits] = ServingLimits()
    connections_of_server: ClassVar[_Connections] = _Connections(MAX_CONNECTIONS)
    _headers_timer: asyncio.TimerHandle | None = None
    _body_timer: asyncio.TimerHandle | None = None
    _head_bytes: int = 0  # bytes of the request head received so far (while one is awaited)
    _head_tail: bytes = b""
    _answered: bool = False  # whether a response was completed on this connection
    _close_after_answer: bool = False  # the connection arrived beyond max_connections
    _lingering: int | None = None  # bytes of an answered request's body drained so far, while draining

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_headers_timer()
        self.connections_of_server.hold(self)

    def data_received(self, data: bytes) -> None:
        between_requests = self.cycle is None or self.cycle.response_complete
        if between_requests and self.conn.their_state is h11.IDLE:  # these bytes belong to a request head
            if self._headers_timer is None:
                self._arm_headers_timer()  # the head of a further request on this connection is on its way
            if self._head_too_large(data):
                self._cancel_headers_timer()
                self.transport.write(
                    _json_answer(431, b"Request Header Fields Too Large", "Request Header Fields Too Large")
                )
                self.transport.close()
                return
        if self._lingering is not None:
            self._lingering += len(data)
            if self._lingering > LINGER_BYTES:
                self.transport.close()
                return
        cycle_before = self.cycle
        super().data_received(data)
        if self.cycle is not None and self.cycle is not cycle_before:
            self._request_started()
        elif self._lingering is not None and self.conn.their_state is not h11.SEND_BODY:
            self._lingering = None  # the rest of an answered request's body has arrived
            self._cancel_body_timer()
            self._between_requests()
        elif self._body_timer is not None and self.conn.their_state is not h11.SEND_BODY:
            self._cancel_body_timer()  # the body is whole

    def _request_started(self) -> None:
        """A request head has arrived: no more waiting, and its body's clock starts."""
        self._cancel_headers_timer()
        self._lingering = None
        connections = self.connections_of_server
        connections.busy(self)
        if self.cycle is not None:
            self.cycle.scope.setdefault("extensions", {})[DROP_CONNECTION] = {"drop": self._drop_connection}
        if not connections.seat(self) and self.cycle is not None:
            set_scope_flag(self.cycle.scope, OVER_CAPACITY)  # the app refuses it; the connection then closes
            self._close_after_answer = True
        if self.conn.their_state is h11.SEND_BODY:
            self._cancel_body_timer()
            self._body_timer = self.loop.call_later(self.limits.body_timeout, self._body_expired)

    def on_response_complete(self) -> None:
        self._answered = True
        cycle_before = self.cycle
        super().on_response_complete()  # may start a pipelined request
        if self.transport.is_closing():
            return
        if self.cycle is not cycle_before:
            self._request_started()
        elif self.conn.their_state is h11.SEND_BODY:
            self._linger()
        else:
            self._between_requests()

    def _between_requests(self) -> None:
        """The request is answered and read whole: close if this connection must, else wait for the next one."""
        if self._close_after_answer:
            self.transport.close()
        elif self.cycle is None or self.cycle.response_complete:
            self.connections_of_server.wait(self)

    def _linger(self) -> None:
        """Answered before its body arrived (413, 429, ...): read and drop a little more of it, then close.

        Closing a socket with unread input resets the connection, and the client may lose the answer; so the
        rest of the body is drained for up to `LINGER_SECONDS` and `LINGER_BYTES` first, as nginx does.
        """
        self._cancel_body_timer()
        self._lingering = 0
        self._body_timer = self.loop.call_later(LINGER_SECONDS, self.transport.close)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_headers_timer()
        self._cancel_body_timer()
        self.connections_of_server.release(self)
        super().connection_lost(exc)

    def evict(self) -> None:
        """Give up this waiting connection for a newcomer (called with it already released)."""
        self._cancel_headers_timer()
        if self.transport.is_closing():  # closed but not flushed: a client that does not read its answer
            self.transport.abort()
            return
        if self._head_bytes or not self._answered:
            self.transport.write(REQUEST_TIMEOUT)
        self.transport.close()

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
        self._headers_timer = self.loop.call_later(self.limits.headers_timeout, self._headers_expired)

    def _cancel_headers_timer(self) -> None:
        if self._headers_timer is not None:
            self._headers_timer.cancel()
            self._headers_timer = None

    def _cancel_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _headers_expired(self) -> None:
        self._headers_timer = None
        if self.transport.is_closing() or (self.cycle is not None and not self.cycle.response_complete):
            return
        if self.conn.our_state in (h11.IDLE, h11.DONE) and self.conn.their_state in (h11.IDLE, h11.SEND_BODY):
            self.transport.write(REQUEST_TIMEOUT)
        self.transport.close()

    def _body_expired(self) -> None:
        self._body_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.SEND_BODY:
            return
        cycle = self.cycle
        if cycle is not None and not cycle.response_started:
            set_scope_flag(cycle.scope, BODY_TIMED_OUT)  # the app journals the 408 sent here
            self.transport.write(REQUEST_TIMEOUT)
            cycle.disconnected = True  # the app's answer, when it comes, is dropped
            cycle.message_event.set()
        self.transport.close()

    def _drop_connection(self) -> None:
        """Close the connection without an answer (the `drop` fault); the app's answer, when it comes, is dropped."""
        cycle = self.cycle
        if cycle is not None:
            cycle.disconnected = True
            cycle.message_event.set()
        self._cancel_body_timer()
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self._cancel_headers_timer()
        self.transport.write(_json_answer(400, b"Bad Request", msg))
        self.transport.close()


def protocol_for(limits: ServingLimits) -> type[VendorH11Protocol]:
    """`VendorH11Protocol` for one server: its limits and its own count of connections."""
    connections = _Connections(connection_limit(limits.max_connections))
    return type("VendorH11Protocol", (VendorH11Protocol,), {"limits": limits, "connections_of_server": connections})


def server_config(
    app: Any, *, host: str, port: int, log_level: str = "warning", limits: ServingLimits | None = None
) -> uvicorn.Config:
    """uvicorn's settings for the emulator: bounded connections, keep-alive, head and body timeouts, JSON errors."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        backlog=BACKLOG,
        http=protocol_for(limits or ServingLimits()),
        timeout_keep_alive=KEEP_ALIVE_TIMEOUT,
        limit_concurrency=None,  # its answer is a plain-text 503; VendorH11Protocol bounds connections instead
        timeout_graceful_shutdown=5,
    )


@contextmanager
def serve_in_thread(app: Any, *, start_timeout: float = 10.0, limits: ServingLimits | None = None) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (an ephemeral port) from a background thread; yields the base URL.

    uvicorn binds the port itself: handing it a pre-bound socket made every request about 40x slower.
    """
    server = uvicorn.Server(server_config(app, host="127.0.0.1", port=0, limits=limits))
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
