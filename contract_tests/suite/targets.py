"""The server a run talks to, always presented to Schemathesis as one ASGI app behind the guard and the recorder.

- emulator: the vendor emulator in-process (no network);
- url / live: `Forwarder`, which relays each request to the configured base URL over HTTP, behind
  `BackoffMiddleware`, which waits and retries (a bounded number of times) when the server answers 429. A
  forwarder failure (no answer within `CONTRACT_READ_TIMEOUT`, a reset, any transport error, or a 5xx to a write, whose
  effect is unknown) stops the run before its next request (exit 3); a 5xx to a read is an answer like any other,
  judged by the checks.

A served run paces itself: the forwarder's transport (`PacedTransport`) holds each request until the burst window
the server announces in its X-RateLimit-* headers has room (the client's own `RateLimitPacer`, so the suite and the
client follow one rule), so a run meets few 429s however its throttle is set. Waiting (for the window, or after a
429) never counts against the read timeout: the forwarder applies the read timeout to each attempt's exchange with
the server, and the schemas' call timeout (`BackoffMiddleware.call_timeout`) covers every wait a call may make.

Because Schemathesis only ever sees the ASGI app, every request it makes, including the probes its checks send
without the test's session, passes `GuardMiddleware` and `RecordingMiddleware` first. Retries after a 429 pass
them again: they count against the request budget, respect the throttle and are recorded.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import anyio
import anyio.to_thread
import httpx
from highlevel_invoices.ratelimit import RateLimitPacer
from starlette.applications import Starlette

from contract_tests.suite.ledger import JOURNAL_NAME, InvoiceLedger, LedgerMiddleware
from contract_tests.suite.live_guard import (
    FAILURES_KEY,
    ASGIApp,
    GuardMiddleware,
    GuardState,
    Receive,
    Scope,
    Send,
    Throttle,
    read_body,
    replay_body,
)
from contract_tests.suite.recording import Recorder, RecordingMiddleware, Redactor
from contract_tests.suite.settings import RunSettings
from highlevel_invoices_emulator import Journal, RateLimitConfig, create_app
from highlevel_invoices_emulator.app import emulator_state

# The in-process emulator gets a burst window no fuzzing run reaches; the burst proof builds its own small one.
UNTHROTTLED = RateLimitConfig(max_requests=10_000_000, interval_ms=1_000, daily_limit=1_000_000_000)
HOP_BY_HOP = frozenset({"host", "content-length", "connection", "transfer-encoding", "keep-alive", "upgrade"})
RESPONSE_SKIP = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


# Waiting after a 429: at most MAX_RETRIES retries of one request, each wait at most MAX_RETRY_WAIT seconds (a
# longer Retry-After, e.g. for the daily quota, is not waited for: the 429 goes through and the run reports it).
MAX_RETRIES = 8
MAX_RETRY_WAIT = 30.0
DEFAULT_RETRY_WAIT = 1.0
# Waiting for the server's burst window before one attempt: at most this long (a server announcing a longer window
# gets the request anyway, and its 429 is backed off from as above).
MAX_PACING_WAIT = 30.0
CONNECT_TIMEOUT = 5.0


def _number(headers: Mapping[str, str], name: str) -> float | None:
    try:
        value = float(headers[name])
    except (KeyError, ValueError):
        return None
    return value if math.isfinite(value) and value >= 0 else None


def retry_wait(headers: Mapping[str, str], attempt: int = 0) -> float | None:
    """How long to wait before retry number `attempt` (0 = first) of a 429, from its headers; None when the wait
    is too long to honour.

    `Retry-After` (seconds) when given. Else the vendor's burst window, `X-RateLimit-Interval-Milliseconds`: the
    window slides, so one slot frees after interval / `X-RateLimit-Max` at best and after the whole interval at
    worst; the wait starts at the first and doubles per attempt up to the second. Else DEFAULT_RETRY_WAIT.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    retry_after = _number(lower, "retry-after")
    interval_ms = _number(lower, "x-ratelimit-interval-milliseconds")
    if retry_after is not None:
        wait = retry_after
    elif interval_ms is not None:
        interval = interval_ms / 1000
        slots = _number(lower, "x-ratelimit-max") or 1.0
        wait = min(interval, interval / max(slots, 1.0) * 2**attempt)
    else:
        wait = DEFAULT_RETRY_WAIT
    return wait if wait <= MAX_RETRY_WAIT else None


@dataclass
class BackoffStats:
    retries: int = 0
    waited: float = 0.0
    gave_up: int = 0  # 429s passed on after MAX_RETRIES, or with a wait too long to honour
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def note_retry(self, wait: float) -> None:
        with self._lock:
            self.retries += 1
            self.waited += wait

    def note_give_up(self) -> None:
        with self._lock:
            self.gave_up += 1


@dataclass
class PacingStats:
    """How often, and how long, requests waited for the server's burst window."""

    waits: int = 0
    waited: float = 0.0
    overruns: int = 0  # requests sent after MAX_PACING_WAIT without room in the window
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def note_wait(self, seconds: float) -> None:
        with self._lock:
            self.waits += 1
            self.waited += seconds

    def note_overrun(self) -> None:
        with self._lock:
            self.overruns += 1


class PacedTransport(httpx.BaseTransport):
    """An httpx transport that sends a request only when the server's announced burst budget has room.

    The budget is learnt from every answer's X-RateLimit-Max, -Remaining and -Interval-Milliseconds by the client's
    `RateLimitPacer` (per server and token, stamping each request when its answer arrived, believing the server when
    it says fewer are left). A request waits at most `max_wait` seconds in all; then it is sent anyway.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        stats: PacingStats,
        pacer: RateLimitPacer | None = None,
        max_wait: float = MAX_PACING_WAIT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport
        self.stats = stats
        self.pacer = pacer or RateLimitPacer()
        self.max_wait = max_wait
        self._sleep = sleep

    def _acquire(self, key: object) -> bool:
        """Take a slot in the window (True), or give up after `max_wait` seconds of waiting (False)."""
        waited = 0.0
        while (wait := self.pacer.reserve(key)) > 0:
            if waited >= self.max_wait:
                self.stats.note_overrun()
                return False
            pause = min(wait, self.max_wait - waited)
            self._sleep(pause)
            waited += pause
        if waited:
            self.stats.note_wait(waited)
        return True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = self.pacer.key_for(request)
        reserved = self._acquire(key)
        try:
            response = self.transport.handle_request(request)
        except BaseException:
            if reserved:
                self.pacer.release(key, None)
            raise
        if reserved:
            self.pacer.release(key, response.headers)
        return response

    def close(self) -> None:
        self.transport.close()


class BackoffMiddleware:
    """Retries a request the server answered with 429, after the wait its headers ask for (see `retry_wait`).

    The answer is buffered; only the final one reaches the caller. Every attempt goes through `app` (the guard),
    so retries are budgeted, throttled and recorded like any request. `call_timeout` is the longest one call may
    take when each attempt takes at most `attempt_timeout` (its throttle and pacing waits and its exchange with the
    server) and every retry waits the longest: the schemas give Schemathesis that as its request timeout, so only
    the forwarder's own read timeout, per attempt, ever judges the server's speed.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        stats: BackoffStats,
        attempt_timeout: float,
        max_retries: int = MAX_RETRIES,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.app = app
        self.stats = stats
        self.max_retries = max_retries
        self.attempt_timeout = attempt_timeout
        self._sleep = sleep

    @property
    def call_timeout(self) -> float:
        return (self.max_retries + 1) * self.attempt_timeout + self.max_retries * MAX_RETRY_WAIT

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        attempt = 0
        while True:
            messages: list[dict[str, Any]] = []
            await self.app(scope, replay_body(body), _collector(messages))
            start = next((m for m in messages if m["type"] == "http.response.start"), None)
            if start is not None and start["status"] == 429:
                headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in start.get("headers", [])}
                wait = retry_wait(headers, attempt)
                if wait is not None and attempt < self.max_retries:
                    attempt += 1
                    self.stats.note_retry(wait)
                    await self._sleep(wait)
                    continue
                self.stats.note_give_up()
            for message in messages:
                await send(message)
            return


def _collector(messages: list[dict[str, Any]]) -> Send:
    async def collect(message: Any) -> None:
        messages.append(dict(message))

    return collect


class TargetUnreachableError(ConnectionError):
    """The server at the base URL cannot be reached; the run stops."""


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Forwarder:
    """ASGI app relaying requests to `base_url` (path and query kept, Host rewritten, redirects not followed),
    paced by the server's rate-limit headers (`PacedTransport`); `read_timeout` applies to each exchange with the
    server, never to the waiting before it.

    Each failure is noted in `failure` (the first) and in the list the guard put under `FAILURES_KEY` in the scope,
    so the guard of the stack that sent the request stops it before its next one."""

    def __init__(
        self, base_url: str, *, read_timeout: float = 30.0, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.read_timeout = read_timeout
        self.pacing = PacingStats()
        paced = PacedTransport(transport or httpx.HTTPTransport(trust_env=False), stats=self.pacing)
        timeout = httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False, transport=paced)
        self.failure: str | None = None
        self._lock = threading.Lock()

    def _fail(self, scope: Scope, reason: str) -> None:
        with self._lock:
            self.failure = self.failure or reason
        failures = scope.get(FAILURES_KEY)
        if isinstance(failures, list):
            failures.append(reason)

    def attempt_timeout(self, throttle_interval: float = 0.0) -> float:
        """The longest one attempt through the guard may take: its throttle slot, its wait for the window, then
        connect, write, read and pool waits of at most the read timeout each."""
        return throttle_interval + MAX_PACING_WAIT + CONNECT_TIMEOUT + 3 * self.read_timeout

    def _relay(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes) -> httpx.Response | str:
        """The server's answer, or why there is none."""
        try:
            return self._client.request(method, url, headers=headers, content=body)
        except httpx.TimeoutException as error:
            kind = "connect" if isinstance(error, httpx.ConnectTimeout) else "read"
            limit = CONNECT_TIMEOUT if kind == "connect" else self.read_timeout
            return (
                f"{self.base_url} did not answer {method} {urlsplit(url).path} within the {kind} timeout of "
                f"{limit:g} s ({type(error).__name__}; CONTRACT_READ_TIMEOUT sets the read timeout): whether it "
                "took effect is unknown"
            )
        except httpx.TransportError as error:
            return f"cannot reach {self.base_url}: {type(error).__name__}: {error}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = await read_body(receive)
        query = scope.get("query_string", b"").decode("latin-1")
        raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        url = f"{self.base_url}{raw_path}" + (f"?{query}" if query else "")
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope.get("headers", [])
            if k.decode("latin-1").lower() not in HOP_BY_HOP
        ]
        method = str(scope["method"]).upper()
        response = await anyio.to_thread.run_sync(self._relay, method, url, headers, body)
        if isinstance(response, str):
            self._fail(scope, response)
            raise TargetUnreachableError(response)
        if response.status_code >= 500 and method not in READ_METHODS:
            self._fail(
                scope,
                f"{method} {raw_path} answered {response.status_code}: a server error on a write, whose effect is "
                "unknown",
            )
        content = response.content
        out = [(k.encode(), v.encode()) for k, v in response.headers.multi_items() if k.lower() not in RESPONSE_SKIP]
        out.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": response.status_code, "headers": out})
        await send({"type": "http.response.body", "body": content})

    def close(self) -> None:
        self._client.close()


@dataclass
class Target:
    """The guarded app Schemathesis calls, and what the run learns about its traffic."""

    app: ASGIApp
    description: str
    guard: GuardState
    recorder: Recorder
    emulator: Starlette | None = None
    forwarder: Forwarder | None = None
    backoff: BackoffStats = field(default_factory=BackoffStats)
    pacing: PacingStats = field(default_factory=PacingStats)
    extras: dict[str, Any] = field(default_factory=dict)
    ledger: InvoiceLedger = field(default_factory=InvoiceLedger)

    @property
    def abort_reason(self) -> str | None:
        """Why the run must stop: the guard's reason (its own, a token the target keeps refusing, a forwarder
        failure), the ledger's (a refused create or delete), or a failure of the forwarder (e.g. at cleanup)."""
        forwarder = self.forwarder.failure if self.forwarder is not None else None
        return self.guard.abort_reason or self.ledger.abort_reason or forwarder

    @property
    def credentials_refused(self) -> bool:
        """Whether the run stopped because the target kept refusing its token (a setup error, exit 2)."""
        return self.guard.credentials_refused and self.guard.abort_reason is not None

    @property
    def inner(self) -> ASGIApp:
        """The server itself (emulator or forwarder), without the guard: for a second guarded stack (cleanup)."""
        inner = self.emulator if self.emulator is not None else self.forwarder
        assert inner is not None
        return inner

    @property
    def journal(self) -> Journal | None:
        return emulator_state(self.emulator).journal if self.emulator is not None else None


def new_ledger(settings: RunSettings, *, journal: bool = False) -> InvoiceLedger:
    """The run's ledger; with `journal`, each create and delete is appended to the reports' journal file."""
    return InvoiceLedger(
        max_creates=settings.max_creates,
        journal=settings.reports_dir / JOURNAL_NAME if journal else None,
        location_id=settings.identity.location_id,
        target=target_key(settings),
        token=settings.identity.token,
    )


def target_key(settings: RunSettings) -> str:
    """What the journal names a target by: the base URL, or `emulator` (whose invoices vanish with the process)."""
    return settings.base_url or "emulator"


def wrap(
    inner: ASGIApp,
    settings: RunSettings,
    recorder: Recorder,
    ledger: InvoiceLedger | None = None,
    max_requests: int | None = None,
) -> tuple[ASGIApp, GuardState]:
    """Guard, ledger and recorder in front of `inner` (`max_requests`: a budget other than the settings')."""
    ledger = ledger or new_ledger(settings)
    guard = GuardState(max_requests=max_requests or settings.max_requests, live=settings.is_live, owner=ledger.owns)
    watched = LedgerMiddleware(RecordingMiddleware(inner, recorder), ledger, live=settings.is_live, stop=guard)
    app = GuardMiddleware(watched, state=guard, throttle=Throttle(settings.rate_limit))
    return app, guard


def backed_off(app: ASGIApp, forwarder: Forwarder, settings: RunSettings) -> tuple[BackoffMiddleware, BackoffStats]:
    """`app` (guarded, in front of `forwarder`) behind the 429 backoff, with the call timeout its waits need."""
    stats = BackoffStats()
    throttle_interval = 1.0 / settings.rate_limit if settings.rate_limit else 0.0
    attempt = forwarder.attempt_timeout(throttle_interval)
    return BackoffMiddleware(app, stats=stats, attempt_timeout=attempt), stats


def build_emulator(profile: str, rate_limit: RateLimitConfig = UNTHROTTLED) -> Starlette:
    return create_app(profile=profile, rate_limit=rate_limit)


def build_target(settings: RunSettings, *, journal: bool = False) -> Target:
    identity = settings.identity
    redactor = Redactor(identity.secrets(), personal=settings.is_live, known=(identity.contact_id,))
    recorder = Recorder(redactor, base_url=settings.base_url)
    ledger = new_ledger(settings, journal=journal)
    if settings.target == "emulator":
        emulator = build_emulator(settings.emulator_profile)
        app, guard = wrap(emulator, settings, recorder, ledger)
        guard.halt = lambda: ledger.abort_reason
        return Target(app, settings.describe(), guard, recorder, emulator=emulator, ledger=ledger)
    assert settings.base_url is not None
    forwarder = Forwarder(settings.base_url, read_timeout=settings.read_timeout)
    app, guard = wrap(forwarder, settings, recorder, ledger)
    guard.halt = lambda: ledger.abort_reason
    backoff, stats = backed_off(app, forwarder, settings)
    return Target(
        backoff,
        settings.describe(),
        guard,
        recorder,
        forwarder=forwarder,
        backoff=stats,
        pacing=forwarder.pacing,
        ledger=ledger,
    )
