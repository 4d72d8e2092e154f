"""The deadline of a call: one bound on everything it does, from the first connect to the last byte of the answer.

The deadline model:

* `timeout=<seconds>` (a number) bounds the whole call: connecting, sending, every read, every retry and every wait
  (backoff, Retry-After, the rate-limit pacer). Each of those phases is also limited to that many seconds.
* `timeout=httpx.Timeout(...)` keeps httpx's meaning, a limit per phase (connect, read = the longest wait for the next
  bytes, write, pool), and the whole call is bounded beside it by `DEFAULT_TOTAL_TIMEOUT`. `Timeout(..., total=...)`
  (an httpx.Timeout with a total) sets both; `total=None` removes the bound on the whole call.
* `timeout=None` removes the limits per phase; the call stays bounded by `DEFAULT_TOTAL_TIMEOUT`.

`base_client` stamps each call's deadline into `request.extensions[DEADLINE_EXTENSION]` (a `Deadline`) when the call
starts; the retry transport clips every phase limit to the time left and never starts a wait that would end past it.
The client's own HTTP transports (`BoundedHTTPTransport`, `AsyncBoundedHTTPTransport`) clip every socket operation to
the time left as well, so even an answer dripped one byte at a time ends at the deadline; with a transport of your own
the limit is checked at each attempt, each wait and each chunk of the body.
"""

import contextvars
import math
import ssl
import time
import typing
from typing import Any

import httpcore
import httpx

from .errors import APITimeoutError, attempts_of
from .types import NOT_GIVEN, NotGiven

#: The bound on a whole call when `timeout` is an httpx.Timeout or None: two minutes.
DEFAULT_TOTAL_TIMEOUT = 120.0
#: Key of `httpx.Request.extensions` holding the call's `Deadline`.
DEADLINE_EXTENSION = "highlevel_invoices.deadline"

_PHASES = ("connect", "read", "write", "pool")


class Timeout(httpx.Timeout):
    """An httpx.Timeout with a bound on the whole call beside the limits per phase.

    `Timeout(30, connect=5, total=60)`: connect within 5 s, wait at most 30 s for each read, write or pooled connection,
    and end the whole call (retries and waits included) within 60 s. `total=None`: no bound on the whole call.
    """

    total: float | None

    def __init__(self, *args: Any, total: float | NotGiven | None = NOT_GIVEN, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if isinstance(total, NotGiven):  # a copy of a Timeout keeps its total
            total = args[0].total if args and isinstance(args[0], Timeout) else DEFAULT_TOTAL_TIMEOUT
        if total is not None and not total >= 0:
            raise ValueError(f"total must be a number of seconds (0 or more) or None, not {total!r}")
        self.total = total

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and isinstance(other, Timeout) and other.total == self.total

    __hash__ = httpx.Timeout.__hash__  # None: a Timeout is mutable, like httpx's

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, total={self.total})"


def total_of(timeout: httpx.Timeout | None) -> float | None:
    """The bound on the whole call that `timeout` (as `as_timeout` made it) sets: see the module docstring."""
    if isinstance(timeout, Timeout):
        return timeout.total
    return DEFAULT_TOTAL_TIMEOUT


class Deadline:
    """When a call must end: `at` on the `time.monotonic()` clock (inf: never), after `total` seconds (None: no bound).

    `phases` keeps the call's limits per phase as httpx set them (before any clipping). `binds` is set once the time
    left is shorter than a phase's own limit, i.e. once the deadline rather than that limit decides when an operation
    gives up, so a timeout error can say which limit it met.
    """

    __slots__ = ("at", "binds", "longest", "phases", "started", "total")

    def __init__(self, total: float | None, *, now: float | None = None) -> None:
        self.started = time.monotonic() if now is None else now
        self.total = total
        self.at = self.started + total if total is not None else math.inf
        self.binds = False
        self.phases: dict[str, float | None] | None = None
        self.longest = math.inf  # the longest of `phases` (inf: one has no limit)

    def left(self) -> float:
        """Seconds until the deadline (negative once it passed; inf without one)."""
        return self.at - time.monotonic()

    def clip(self, limit: float | None) -> float | None:
        """`limit` (seconds, None: none) cut to the time left; raises `DeadlineExceeded` once no time is left."""
        left = self.at - time.monotonic()
        if left <= 0:
            self.binds = True
            raise DeadlineExceeded
        if left == math.inf or (limit is not None and limit <= left):
            return limit
        self.binds = True
        return left


class DeadlineExceeded(Exception):
    """Raised by `Deadline.clip` when no time is left; the transports turn it into the httpx timeout of the phase."""


def deadline_of(request: httpx.Request) -> Deadline | None:
    value = request.extensions.get(DEADLINE_EXTENSION)
    return value if isinstance(value, Deadline) else None


def stamp(kwargs: dict[str, Any], timeout: httpx.Timeout | None) -> None:
    """Add to the arguments of `httpx.Client.request` the deadline that `timeout` sets for the call, starting now."""
    deadline = Deadline(total_of(timeout))
    extensions = kwargs.get("extensions")
    kwargs["extensions"] = (
        {DEADLINE_EXTENSION: deadline} if not extensions else {**extensions, DEADLINE_EXTENSION: deadline}
    )


def clip_phases(request: httpx.Request, deadline: Deadline) -> None:
    """Set the request's limits per phase (what httpcore reads) to the call's own, cut to the time the deadline leaves.

    The call's own limits are taken from the request the first time (httpx put them there). Raises httpx.PoolTimeout
    when the deadline has passed already (before anything was sent).
    """
    limits = deadline.phases
    if limits is None:
        found = request.extensions.get("timeout")
        limits = deadline.phases = dict(found) if isinstance(found, dict) else {}
        given = [limits.get(phase) for phase in _PHASES]
        deadline.longest = math.inf if None in given else max(limit for limit in given if limit is not None)
    left = deadline.at - time.monotonic()
    if left <= 0:
        deadline.binds = True
        raise httpx.PoolTimeout("the call's deadline passed before this attempt", request=request)
    if left == math.inf or deadline.longest <= left:
        request.extensions["timeout"] = limits  # no phase's own limit ends past the deadline (the common case)
        return
    clipped: dict[str, float | None] = {}
    for phase in _PHASES:
        limit = limits.get(phase)
        if limit is None or limit > left:
            deadline.binds = True
            limit = left
        clipped[phase] = limit
    request.extensions["timeout"] = clipped


#: The deadline of the call whose bytes the current thread or task moves (read by the network backends below).
CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("highlevel_invoices.deadline", default=None)


def _clipped(limit: float | None, error: type[Exception]) -> float | None:
    deadline = CURRENT.get()
    if deadline is None:
        return limit
    try:
        return deadline.clip(limit)
    except DeadlineExceeded:
        raise error("the call's deadline passed") from None


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clipped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clipped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _clipped(timeout, httpcore.ConnectTimeout))
        return _Stream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """httpcore's network backend with every socket operation's limit cut to the current call's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit = _clipped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, limit, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        limit = _clipped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, limit, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _clipped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _clipped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        limit = _clipped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, limit))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """The asyncio (anyio) twin of `_Backend`."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        limit = _clipped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, limit, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        limit = _clipped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, limit, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _wrap_backend(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> bool:
    """Put the deadline between httpcore's pool and its sockets; False when this httpcore keeps them elsewhere.

    httpx builds the httpcore pool without a way to pass httpcore's `network_backend`, so the pool's attribute is
    replaced; the tests (test_bounds.py) prove on a real socket that the dripped answer ends at the deadline.
    """
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = _Backend(inner)  # type: ignore[union-attr]
        return True
    if isinstance(inner, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(inner)  # type: ignore[union-attr]
        return True
    return False


class BoundedHTTPTransport(httpx.HTTPTransport):
    """httpx's HTTP transport (same arguments) whose every socket operation ends by the current call's deadline."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bounded = _wrap_backend(self)


class AsyncBoundedHTTPTransport(httpx.AsyncHTTPTransport):
    """The asyncio twin of `BoundedHTTPTransport`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bounded = _wrap_backend(self)


_PHASE_OF: tuple[tuple[type[httpx.TimeoutException], str], ...] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def timeout_error(exc: httpx.TimeoutException, request: httpx.Request | None) -> APITimeoutError:
    """The APITimeoutError for an httpx timeout: which limit it met (the call's timeout, or the limit of one phase),
    its figure in seconds, and the attempts made."""
    phase = next((name for kind, name in _PHASE_OF if isinstance(exc, kind)), "request")
    attempts = attempts_of(request)
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    deadline = deadline_of(request) if request is not None else None
    if deadline is not None and deadline.total is not None and deadline.binds:
        elapsed = time.monotonic() - deadline.started
        message = (
            f"the call's timeout of {_seconds(deadline.total)} ran out ({phase}, after {_seconds(round(elapsed, 3))}, "
            f"{tries})"
        )
        return APITimeoutError(message, request=request, timeout=deadline.total, phase="total")
    limits = request.extensions.get("timeout") if request is not None else None
    limit = limits.get(phase) if isinstance(limits, dict) else None
    configured = f"the {phase} timeout of {_seconds(limit)}" if isinstance(limit, int | float) else f"a {phase} timeout"
    return APITimeoutError(
        f"{configured} ran out ({tries})",
        request=request,
        timeout=float(limit) if isinstance(limit, int | float) else None,
        phase=phase,
    )


__all__ = [
    "DEADLINE_EXTENSION",
    "DEFAULT_TOTAL_TIMEOUT",
    "AsyncBoundedHTTPTransport",
    "BoundedHTTPTransport",
    "Deadline",
    "Timeout",
    "clip_phases",
    "stamp",
    "timeout_error",
    "total_of",
]
