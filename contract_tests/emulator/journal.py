"""A thread-safe record of the requests the emulator answered, for tests to inspect.

Entries hold the method, path, parsed query, parsed JSON body (None when there was none or it was not JSON)
and the status returned. Headers, and so tokens, are never stored; neither are the query and body of a rejected
request (status 400 or above), so unauthenticated or oversized junk cannot grow the journal. The journal keeps
at most `max_entries` entries and `max_bytes` bytes of queries and bodies (their size as compact JSON), dropping
the oldest first. Every entry, rejected or not, says whether its body asked for a sent or live invoice
(`unsafe`), so a suite can still prove that no such body reached the "vendor".
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

DEFAULT_JOURNAL_BYTES = 32 * 1024 * 1024
_OVERHEAD = 64  # bytes counted per entry besides its query and body (method, path, status)


def _size(value: object) -> int:
    if value is None or value == {}:
        return 0
    try:
        return len(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return 1 << 20  # cannot be measured: count it as large


@dataclass(frozen=True)
class JournalEntry:
    method: str
    path: str
    query: dict[str, object]
    body: object | None
    status: int
    unsafe: bool = False  # the JSON body asked to notify a customer, for `liveMode: true` or an auto-payment
    size: int = field(default=0, compare=False)


# Actions that reach a customer: text2pay's `send`, and every send action but `send_manually`.
NOTIFYING_ACTIONS = frozenset({"send", "email", "sms", "sms_and_email"})


def is_unsafe_body(body: object) -> bool:
    """Whether a JSON body asks for an invoice that is sent or live, or for an auto-payment (what a contract run
    must never ask)."""
    if not isinstance(body, dict):
        return False
    action, auto_payment = body.get("action"), body.get("autoPayment")
    return (
        (isinstance(action, str) and action in NOTIFYING_ACTIONS)
        or body.get("liveMode") is True
        or (isinstance(auto_payment, dict) and auto_payment.get("enable") is True)
    )


class Journal:
    def __init__(self, max_entries: int = 100_000, *, max_bytes: int = DEFAULT_JOURNAL_BYTES) -> None:
        if max_entries <= 0 or max_bytes <= 0:
            raise ValueError("journal limits must be positive")
        self._entries: deque[JournalEntry] = deque()
        self._max_entries = max_entries
        self.max_bytes = max_bytes
        self._bytes = 0
        self._lock = threading.Lock()

    def record(self, entry: JournalEntry) -> None:
        size = _OVERHEAD + len(entry.path) + _size(entry.query) + _size(entry.body)
        if size > self.max_bytes:  # too large to keep whole: keep the fact, not the parts
            entry = JournalEntry(entry.method, entry.path[:1024], {}, None, entry.status, entry.unsafe)
            size = _OVERHEAD + len(entry.path)
        sized = JournalEntry(entry.method, entry.path, entry.query, entry.body, entry.status, entry.unsafe, size)
        with self._lock:
            self._entries.append(sized)
            self._bytes += size
            while self._entries and (len(self._entries) > self._max_entries or self._bytes > self.max_bytes):
                self._bytes -= self._entries.popleft().size

    @property
    def bytes(self) -> int:
        """The bytes the kept entries count for."""
        with self._lock:
            return self._bytes

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries())

    def bodies(self, path: str) -> list[object]:
        """The JSON bodies that arrived on `path`, in arrival order."""
        return [e.body for e in self.entries() if e.path == path and e.body is not None]
