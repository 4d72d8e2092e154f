"""Live safety: no request that could bill a customer ever leaves, and live traffic stays under the vendor's limits.

Two layers:
- `force_draft` runs in the suite's `before_call` hook and rewrites every generated text2pay body to
  `action: "draft"`, `liveMode: false`, so generated cases stay useful;
- `GuardMiddleware` wraps the target itself (an ASGI app: the emulator, or the forwarder to a real server), so
  every byte Schemathesis sends passes it: generated cases, explicit examples, and the probes checks such as
  `ignored_auth` send on their own (which skip `before_call`). It aborts the run when a text2pay body is not a
  draft in test mode, throttles to the configured rate and stops at the request budget.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import anyio

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_ACTION = "draft"


class UnsafeRequestError(RuntimeError):
    """A request the live-safety policy refuses to send; the run must stop."""


class BudgetExhaustedError(RuntimeError):
    """The run used up its request budget."""


def force_draft(body: object) -> None:
    """Make a text2pay body a test-mode draft in place (bodies that are not objects carry no action)."""
    if isinstance(body, dict):
        body["action"] = SAFE_ACTION
        body["liveMode"] = False


# Fail closed: a body the guard cannot read as a draft may not mention the fields that make an invoice billable.
_BILLING_FIELDS = re.compile(r"action|livemode", re.IGNORECASE)


def _unreadable_violation(text: str, what: str) -> str | None:
    if _BILLING_FIELDS.search(text):
        return f"{what} mentioning action/liveMode (only a JSON object with action='draft', liveMode=false may)"
    return None


def _json_violation(data: object, text: str) -> str | None:
    if not isinstance(data, dict):
        return _unreadable_violation(text, "a JSON body that is not an object")
    action, live = data.get("action", "<missing>"), data.get("liveMode", "<missing>")
    if action != SAFE_ACTION or live is not False:
        return (
            f"text2pay body with action={action!r}, liveMode={live!r} (only action='draft', liveMode=false may go out)"
        )
    return None


def _form_violation(text: str) -> str | None:
    pairs = parse_qsl(text, keep_blank_values=True)
    actions = [v for k, v in pairs if k.split("[", 1)[0] == "action"]
    modes = [v for k, v in pairs if k.split("[", 1)[0] == "liveMode"]
    if not actions and not modes:
        return _unreadable_violation(text, "a body that is neither JSON nor a form naming action and liveMode")
    if actions != [SAFE_ACTION] or modes != ["false"]:
        return f"form-encoded text2pay body with action={actions!r}, liveMode={modes!r}"
    return None


def delete_body_violation(body: bytes, content_encoding: str = "") -> str | None:
    """A DELETE may carry the location as a JSON object (`{altId, altType}`), never a billing field."""
    if content_encoding.strip().lower() not in {"", "identity"}:
        return f"a body with Content-Encoding {content_encoding!r}, which the guard does not inspect"
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff").strip()
    if _BILLING_FIELDS.search(text):
        return "a DELETE body mentioning action/liveMode"
    return None


def text2pay_violation(body: bytes, content_encoding: str = "") -> str | None:
    """Why this body must not be sent, or None when it is a test-mode draft (or cannot name an action at all)."""
    if content_encoding.strip().lower() not in {"", "identity"}:
        # The vendor's body parser inflates gzip/deflate bodies; the guard would have to as well to read them.
        return f"a body with Content-Encoding {content_encoding!r}, which the guard does not inspect"
    # Like the vendor's JSON parser, ignore a UTF-8 byte order mark and surrounding white space.
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff").strip()
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return _form_violation(text)
    return _json_violation(data, text)


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
    """What the guard saw; `abort_reason` is set once and makes the suite stop."""

    max_requests: int | None = None
    sent: int = 0
    blocked: list[str] = field(default_factory=list)
    abort_reason: str | None = None
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


class GuardMiddleware:
    """ASGI middleware in front of the target: policy first, then budget, then throttle."""

    def __init__(self, app: ASGIApp, *, state: GuardState, throttle: Throttle) -> None:
        self.app = app
        self.state = state
        self.throttle = throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        # Every body is held to the text2pay rule, whatever the path says: the vendor's router matches paths
        # case-insensitively and ignores repeated slashes, so a path comparison alone could be sidestepped.
        encoding = dict(scope.get("headers", [])).get(b"content-encoding", b"").decode("latin-1")
        is_delete = str(scope.get("method", "")).upper() == "DELETE"
        reason = delete_body_violation(body, encoding) if is_delete else text2pay_violation(body, encoding)
        if reason is not None:
            self.state.block(reason)
            raise UnsafeRequestError(reason)
        if self.state.abort_reason is not None:
            raise UnsafeRequestError(f"run aborted earlier: {self.state.abort_reason}")
        self.state.admit()
        pause = self.throttle.delay()
        if pause > 0:
            await anyio.sleep(pause)
        await self.app(scope, replay_body(body), send)
