"""Live safety: no request that could bill a customer ever leaves, and live traffic stays under the vendor's limits.

Two layers:
- pinning (`before_call`) rewrites every generated body of a `drafts_only` operation (text2pay) to
  `action: "draft"`, `liveMode: false` (`contract_tests.operations.drafts.force_draft`), so generated cases stay
  useful;
- `GuardMiddleware` wraps the target itself (an ASGI app: the emulator, or the forwarder to a real server), so
  every request Schemathesis makes passes it: generated cases, explicit examples, and the probes checks such as
  `ignored_auth` send on their own (which skip `before_call`). It forwards only the request `request_policy`
  parsed and re-serialized itself, aborts the run on anything else, throttles to the configured rate and stops at
  the request budget. It stops its stack before the next request once any part says the run must stop: the
  guard itself, the forwarder (a timeout, a reset, a 5xx on a write: `FAILURES_KEY`), the ledger (a token refused
  three times in a row, a create beyond the budget).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import anyio

from contract_tests.operations import registry
from contract_tests.operations.card import Effect
from contract_tests.suite.request_policy import OutgoingRequest, Policy, RefusedRequestError, check, raw_path

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class UnsafeRequestError(RuntimeError):
    """A request the live-safety policy refuses to send; the run must stop."""


class KeptBackError(RuntimeError):
    """A part behind the guard (the ledger) kept a request back: nothing was sent, and that part decides whether
    the run stops."""


class RunStoppedError(UnsafeRequestError):
    """The run was stopped earlier (the guard, the forwarder, the ledger); no request leaves any more."""


# The ASGI scope key under which the guard hands the forwarder a list to note its failures in (a timeout, a reset,
# a 5xx on a write): the guard stops its stack before the next request.
FAILURES_KEY = "contract.failures"


class BudgetExhaustedError(RuntimeError):
    """The run used up its request budget."""


def draft_violation(body: bytes, content_encoding: str = "") -> str | None:
    """Why this body, sent as `application/json` (with `content_encoding`, if any) to the operation the suite
    creates its drafts with (text2pay), would be refused."""
    headers: list[tuple[bytes, bytes]] = [(b"content-type", b"application/json")]
    if content_encoding:
        headers.append((b"content-encoding", content_encoding.encode("latin-1")))
    card = registry.fresh_drafts()
    try:
        check(OutgoingRequest(card.method, card.path, tuple(headers), body), Policy())
    except RefusedRequestError as error:
        return str(error)
    return None


class Throttle:
    """At most `rate` requests per second, spaced evenly (a sliding start time, safe across threads)."""

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def delay(self) -> float:
        """Reserve the next slot; the caller sleeps for the returned number of seconds."""
        if not self._interval:
            return 0.0
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._interval
            return start - now


@dataclass
class GuardState:
    """What the guard saw; `abort_reason` is set once and stops every later request of its stack.

    `live`: the live-mode rules of `request_policy` apply (only operations whose card sets a live rule, and
    updates and deletes only of invoices in `created`, which the guard learns from the target's own answers to
    the operations that create, or that `owner` says the run created: the suite passes its ledger's, so a second
    guard in front of the same target, such as the cleanup's, knows the run's invoices too). `pending`: creates
    that left without an answer confirming or refusing them. `halt`: another part's reason to stop (the run's
    ledger).
    """

    max_requests: int | None = None
    live: bool = False
    sent: int = 0
    blocked: list[str] = field(default_factory=list)
    abort_reason: str | None = None
    credentials_refused: bool = False  # the stop is about the run's token: a setup error
    created: list[str] = field(default_factory=list)
    pending: int = 0
    owner: Callable[[str], bool] | None = None
    halt: Callable[[], str | None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def admit(self) -> None:
        with self._lock:
            if self.max_requests is not None and self.sent >= self.max_requests:
                self.abort_reason = self.abort_reason or f"request budget of {self.max_requests} used up"
                raise BudgetExhaustedError(self.abort_reason)
            self.sent += 1

    def block(self, reason: str) -> None:
        with self._lock:
            self.blocked.append(reason)
            self.abort_reason = self.abort_reason or f"live-safety guard blocked a request: {reason}"

    def stop(self, reason: str, *, credentials: bool = False) -> None:
        """Stop the stack before its next request (the first reason is kept)."""
        with self._lock:
            if self.abort_reason is None:
                self.abort_reason = reason
                self.credentials_refused = credentials

    def stop_reason(self) -> str | None:
        return self.abort_reason or (self.halt() if self.halt is not None else None)

    def owns(self, invoice_id: str) -> bool:
        with self._lock:
            if invoice_id in self.created:
                return True
        return self.owner is not None and self.owner(invoice_id)

    def note_pending(self) -> None:
        with self._lock:
            self.pending += 1

    def note_answered(self) -> None:
        """A pending create was answered (confirmed or refused)."""
        with self._lock:
            self.pending = max(0, self.pending - 1)

    def note_created(self, invoice_id: str, *, pending: bool = False) -> None:
        """An invoice the run created: from a create's answer or, `pending`, found for a create whose answer was
        lost (reconciliation)."""
        with self._lock:
            if pending:
                self.pending = max(0, self.pending - 1)
            if invoice_id not in self.created:
                self.created.append(invoice_id)

    def policy(self) -> Policy:
        return Policy(live=self.live, owns=self.owns)


async def read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replay_body(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def json_answer(body: bytes) -> object:
    """An answer's JSON, or None where it is not JSON."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


class GuardMiddleware:
    """ASGI middleware in front of the target: policy first, then budget, then throttle.

    The target gets the request `request_policy.check` rebuilt (headers, body and, in live mode, the path), never
    the caller's bytes. A refusal, or any failure to inspect a request, blocks it and aborts the run.
    """

    def __init__(self, app: ASGIApp, *, state: GuardState, throttle: Throttle) -> None:
        self.app = app
        self.state = state
        self.throttle = throttle

    def _inspect(self, scope: Scope, body: bytes) -> OutgoingRequest:
        request = OutgoingRequest(
            str(scope.get("method", "GET")),
            str(scope["path"]),
            tuple(scope.get("headers", [])),
            body,
            bytes(scope.get("query_string", b"")),
        )
        try:
            return check(request, self.state.policy())
        except RefusedRequestError as error:
            reason = str(error)
        except Exception as error:  # the guard failing is a refusal too, and aborts the run like one
            reason = f"a request the guard could not inspect ({type(error).__name__}: {error})"
        self.state.block(reason)
        raise UnsafeRequestError(reason)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        outgoing = self._inspect(scope, await read_body(receive))
        stopped = self.state.stop_reason()
        if stopped is not None:
            raise RunStoppedError(f"run aborted earlier: {stopped}")
        self.state.admit()
        pause = self.throttle.delay()
        if pause > 0:
            await anyio.sleep(pause)
        failures: list[str] = []
        checked = dict(scope, headers=list(outgoing.headers), query_string=outgoing.query)
        checked[FAILURES_KEY] = failures
        if self.state.live:
            checked.update(path=outgoing.path, raw_path=raw_path(outgoing.path))
        try:
            await self.app(checked, replay_body(outgoing.body), self._watch(outgoing, send))
        except KeptBackError:
            raise
        except Exception as error:  # the target failed under the request: nothing more may leave
            self.state.stop(failures[0] if failures else f"{outgoing.method} {outgoing.path} failed: {error}")
            raise
        if failures:
            self.state.stop(failures[0])

    def _watch(self, request: OutgoingRequest, send: Send) -> Send:
        """`send`, learning from the answers of an operation that creates: a create that leaves is pending until
        its answer comes; a 2xx names the invoice it created (or updated). The guard's own account of the run's
        invoices, for the ownership rule (the run's figures are the ledger's)."""
        found = registry.match(request.method, request.path)
        if found is None or found.target.effect is not Effect.CREATE:
            return send
        card = found.target
        creates = not card.is_update(_json_or_none(request.body))
        if creates:
            self.state.note_pending()
        status = 0
        chunks: list[bytes] = []

        async def watching(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    invoice_id = (
                        card.invoice_id_in_answer(json_answer(b"".join(chunks))) if 200 <= status < 300 else None
                    )
                    if invoice_id is not None:
                        self.state.note_created(invoice_id, pending=creates)
                    elif creates and 400 <= status < 500:
                        self.state.note_answered()
            await send(message)

        return watching


def _json_or_none(body: bytes) -> object:
    return json_answer(body) if body else None
