"""Admission control: how many requests the emulator handles at once, and its answer beyond that.

A request is in progress from its arrival at the app until its answer is built (reading its body is most of
that time). Beyond `capacity` requests at once the emulator refuses at once, before reading the body, with the
`over_capacity` choice's 429 in the vendor's JSON shape (never a plain-text or 5xx answer). The served emulator
(`serving.py`) drains a little of the unread body and then closes the connection; it also marks requests that
arrive while it holds more connections than it may (see `OVER_CAPACITY`), which get the same answer.

The default capacity (1,024) is far above what a contract run asks: the suite sends one request at a time, and
the heaviest test sends 8 streams of creates at once.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import Headers

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.errors import HttpError, vendor_error
from highlevel_invoices_emulator.guards import authenticate
from highlevel_invoices_emulator.ratelimit import RateLimiter
from highlevel_invoices_emulator.tokens import TokenSet

DEFAULT_CAPACITY = 1024
# Keys the served emulator sets in a request's ASGI scope `extensions`.
OVER_CAPACITY = "highlevel_invoices_emulator.over_capacity"  # arrived while the server held too many connections
BODY_TIMED_OUT = "highlevel_invoices_emulator.body_timed_out"  # its body did not arrive within the body timeout
# Where a server offers `{"drop": callable}`, which closes the request's connection without an answer (the served
# emulator and the in-process transports do; the `drop` fault calls it).
DROP_CONNECTION = "highlevel_invoices_emulator.drop_connection"


def scope_flag(scope: Mapping[str, Any], name: str) -> bool:
    return name in (scope.get("extensions") or {})


def set_scope_flag(scope: Any, name: str) -> None:
    scope.setdefault("extensions", {})[name] = {}


class Admission:
    """Counts the requests in progress; thread-safe, since one app may serve several event loops."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._in_progress = 0
        self._lock = threading.Lock()

    def enter(self) -> bool:
        """Admit one more request, unless `capacity` are in progress."""
        with self._lock:
            if self._in_progress >= self.capacity:
                return False
            self._in_progress += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._in_progress -= 1

    @property
    def in_progress(self) -> int:
        with self._lock:
            return self._in_progress


def over_capacity_error(headers: Headers, choices: Choices, tokens: TokenSet, limiter: RateLimiter) -> HttpError:
    """The refusal of a request beyond capacity, as the `over_capacity` choice shapes it."""
    message = "Too Many Requests" if choices.rate_limit_body == "vendor" else "ThrottlerException: Too Many Requests"
    error = vendor_error(429, message)
    if choices.over_capacity == "rate-limit-429":
        try:
            token = authenticate(headers, tokens)
        except HttpError:
            pass  # the vendor's rate-limit headers belong to authenticated answers only
        else:
            error.headers.update(limiter.peek(token.rate_limit_resource))
        if choices.retry_after:
            error.headers["Retry-After"] = "1"
    return error
