"""Faults a test turns on: a burst of 429s, a 5xx, a slow answer, a dropped connection.

The choices (`choices.py`) are the emulator's guesses about HighLevel, and the drift profiles simulate HighLevel
changing; a fault is neither. It is the weather a client must survive on any day: the test asks for it, it
answers the next `times` requests that match it (every one when `times` is None), and then it is spent.

- `rate-limit`: the vendor's 429 (`Too Many Requests`, or the throttler's body per the `rate_limit_body` choice),
  refused before processing, with the token's `X-RateLimit-*` headers saying the burst window is used up
  (`X-RateLimit-Remaining: 0`) and frees in `interval_ms` (default 100 ms, so a client that waits as the headers
  say retries at once); `Retry-After: retry_after` when given, else as the `retry_after` choice says.
- `server-error`: a `status` (500, 502, 503 or 504) in the vendor's JSON shape; `processed` says whether the
  request took effect first (the invoice exists, the answer says otherwise).
- `slow`: the request is processed, then its answer waits `seconds`; a client that gives up first has still
  created what it asked for.
- `drop`: the connection closes without an answer (the client sees the server disconnect); `processed` says
  whether the request took effect first.

A fault matches a request by `method` and by `path`, an `fnmatch` pattern of the request path (`/invoices/*/send`);
either left out matches every request. Only the vendor's routes are faulted, never the control channel.
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal, get_args

FaultKind = Literal["rate-limit", "server-error", "slow", "drop"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
SERVER_ERROR_STATUSES = {
    500: "Internal server error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
DEFAULT_INTERVAL_MS = 100
MAX_SLOW_SECONDS = 600.0
_FIELDS = {
    "kind": "kind",
    "times": "times",
    "method": "method",
    "path": "path",
    "status": "status",
    "seconds": "seconds",
    "processed": "processed",
    "retry_after": "retryAfter",
    "interval_ms": "intervalMs",
}


class FaultError(ValueError):
    """A fault that cannot be applied; the message says what to fix."""


@dataclass(frozen=True)
class Fault:
    """One fault: `Fault.rate_limit(times=3)` and the other class methods, or `parse_fault("rate-limit:times=3")`."""

    kind: FaultKind
    times: int | None = 1
    method: str | None = None
    path: str | None = None
    status: int = 500
    seconds: float = 0.0
    processed: bool = False
    retry_after: int | None = None
    interval_ms: int = DEFAULT_INTERVAL_MS

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise FaultError(f"unknown fault kind {self.kind!r}; one of: {', '.join(FAULT_KINDS)}")
        if self.times is not None and (isinstance(self.times, bool) or not isinstance(self.times, int)):
            raise FaultError(f"times must be a whole number or null, got {self.times!r}")
        if self.times is not None and self.times <= 0:
            raise FaultError(f"times must be positive, got {self.times}")
        if self.method is not None:
            if not isinstance(self.method, str) or not self.method.isalpha():
                raise FaultError(f"method must be an HTTP method such as POST, got {self.method!r}")
            object.__setattr__(self, "method", self.method.upper())
        if self.path is not None and (not isinstance(self.path, str) or not self.path.startswith("/")):
            raise FaultError(f"path must be a pattern starting with '/', got {self.path!r}")
        if self.status not in SERVER_ERROR_STATUSES:
            raise FaultError(f"status must be one of {', '.join(map(str, SERVER_ERROR_STATUSES))}, got {self.status!r}")
        if isinstance(self.seconds, bool) or not isinstance(self.seconds, int | float):
            raise FaultError(f"seconds must be a number, got {self.seconds!r}")
        if not 0 <= self.seconds <= MAX_SLOW_SECONDS:
            raise FaultError(f"seconds must be between 0 and {MAX_SLOW_SECONDS:g}, got {self.seconds}")
        if not isinstance(self.processed, bool):
            raise FaultError(f"processed must be true or false, got {self.processed!r}")
        if self.processed and self.kind in ("rate-limit", "slow"):
            raise FaultError(f"processed applies to server-error and drop faults, not {self.kind}")
        for name in ("retry_after", "interval_ms"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise FaultError(f"{name} must be a whole number of {'seconds' if name == 'retry_after' else 'ms'}")
        if self.interval_ms == 0:
            raise FaultError("interval_ms must be positive")

    @classmethod
    def rate_limit(
        cls,
        times: int | None = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        retry_after: int | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> Fault:
        """The next `times` matching requests are refused with the vendor's 429."""
        return cls("rate-limit", times, method, path, retry_after=retry_after, interval_ms=interval_ms)

    @classmethod
    def server_error(
        cls,
        times: int | None = 1,
        *,
        status: int = 500,
        method: str | None = None,
        path: str | None = None,
        processed: bool = False,
    ) -> Fault:
        """The next `times` matching requests are answered `status` (after taking effect when `processed`)."""
        return cls("server-error", times, method, path, status=status, processed=processed)

    @classmethod
    def slow(
        cls, seconds: float, times: int | None = 1, *, method: str | None = None, path: str | None = None
    ) -> Fault:
        """The next `times` matching requests take effect, then their answers wait `seconds`."""
        return cls("slow", times, method, path, seconds=seconds)

    @classmethod
    def drop(
        cls, times: int | None = 1, *, method: str | None = None, path: str | None = None, processed: bool = False
    ) -> Fault:
        """The next `times` matching requests lose their connection (after taking effect when `processed`)."""
        return cls("drop", times, method, path, processed=processed)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)

    def to_json(self) -> dict[str, object]:
        """The fault as the control channel writes it (camelCase keys, defaults included)."""
        return {key: getattr(self, name) for name, key in _FIELDS.items()}

    @classmethod
    def from_json(cls, raw: object) -> Fault:
        """A fault from the control channel's JSON (`{"kind": "rate-limit", "times": 3}`)."""
        if not isinstance(raw, Mapping):
            raise FaultError(f"a fault must be a JSON object, got {type(raw).__name__}")
        by_key = {key: name for name, key in _FIELDS.items()}
        unknown = sorted(str(key) for key in raw if key not in by_key)
        if unknown:
            raise FaultError(f"unknown fault field(s) {', '.join(unknown)}; known: {', '.join(by_key)}")
        if "kind" not in raw:
            raise FaultError("a fault needs a kind: " + ", ".join(FAULT_KINDS))
        values = {by_key[key]: value for key, value in raw.items()}
        if values.get("interval_ms") is None:
            values.pop("interval_ms", None)
        try:
            return cls(**values)
        except TypeError as exc:  # pragma: no cover - every field is named above
            raise FaultError(str(exc)) from None


def _value(name: str, text: str) -> object:
    if name in ("times", "status", "retry_after", "interval_ms"):
        if name == "times" and text in ("all", "always", "every"):
            return None
        try:
            return int(text)
        except ValueError:
            raise FaultError(f"{name} must be a whole number, got {text!r}") from None
    if name == "seconds":
        try:
            return float(text)
        except ValueError:
            raise FaultError(f"seconds must be a number, got {text!r}") from None
    if name == "processed":
        if text.lower() not in ("true", "false", "yes", "no", "1", "0"):
            raise FaultError(f"processed must be true or false, got {text!r}")
        return text.lower() in ("true", "yes", "1")
    return text


def parse_fault(text: str) -> Fault:
    """A fault from its command-line form: `KIND[:name=value,...]`, e.g. `rate-limit:times=3,path=/invoices/*`.

    Names are the fields of `Fault` (`times`, `method`, `path`, `status`, `seconds`, `processed`, `retry_after`,
    `interval_ms`); `times=all` applies the fault to every matching request.
    """
    kind, _, rest = text.strip().partition(":")
    values: dict[str, object] = {"kind": kind}
    for part in filter(None, rest.split(",")):
        name, equals, value = part.partition("=")
        name = name.strip().replace("-", "_")
        if not equals or name not in _FIELDS or name == "kind":
            raise FaultError(f"fault {text!r}: expected name=value with a name of {', '.join(list(_FIELDS)[1:])}")
        values[name] = _value(name, value.strip())
    return Fault(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ActiveFault:
    fault: Fault
    remaining: int | None  # None: every matching request

    def to_json(self) -> dict[str, object]:
        return {**self.fault.to_json(), "remaining": self.remaining}


class FaultPlan:
    """The faults in force, in the order they were added; the first unspent one that matches a request answers it.

    Thread-safe: the served emulator and in-process transports may take faults from several threads.
    """

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._active: list[ActiveFault] = []
        self.add(faults)

    def add(self, faults: Iterable[Fault]) -> None:
        with self._lock:
            self._active.extend(ActiveFault(fault, fault.times) for fault in faults)

    def set(self, faults: Iterable[Fault]) -> None:
        with self._lock:
            self._active = [ActiveFault(fault, fault.times) for fault in faults]

    def clear(self) -> None:
        self.set(())

    def take(self, method: str, path: str) -> Fault | None:
        """The fault that answers this request, counted as used; None when no fault applies."""
        with self._lock:
            for index, active in enumerate(self._active):
                if not active.fault.matches(method, path):
                    continue
                if active.remaining is None:
                    return active.fault
                if active.remaining <= 1:
                    del self._active[index]
                else:
                    self._active[index] = replace(active, remaining=active.remaining - 1)
                return active.fault
        return None

    def active(self) -> list[ActiveFault]:
        with self._lock:
            return list(self._active)
