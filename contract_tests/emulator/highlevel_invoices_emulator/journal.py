"""A thread-safe record of the requests the emulator answered, for tests to inspect.

Entries hold the method, path, parsed query, parsed JSON body (None when there was none or it was not JSON)
and the status returned. Headers, and so tokens, are never stored; neither are the query and body of a rejected
request (status 400 or above), so unauthenticated or oversized junk cannot grow the journal, unless the app keeps
them for a test (`create_app(journal_rejected=True)`, the control channel's default). Every entry,
rejected or not, says whether its body asked for a sent or live invoice (`unsafe`), so a suite can still prove
that no such body reached the "vendor".

The journal keeps queries and bodies as compact JSON bytes and decodes them for each reader: as trees of Python
objects they cost about 5.5 times their JSON size in RSS (measured: a 32 MiB journal of 100 KB bodies took 175 MiB),
as bytes their size plus about 170 bytes per entry. It keeps at most `max_entries` entries and `max_bytes` bytes,
counting each entry as its path, query and body JSON plus `PER_ENTRY_OVERHEAD`, so `max_bytes` bounds its real
size (measured with `scripts/bench_memory.py`: 0.87-0.94 bytes of RSS per counted byte); the oldest entries are
dropped first.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

DEFAULT_JOURNAL_BYTES = 32 * 1024 * 1024
# Bytes of RSS an entry costs beyond its path, query and body JSON: its record, its strings and bytes objects and
# its deque slot (measured with scripts/bench_memory.py: about 170).
PER_ENTRY_OVERHEAD = 256
_NOTHING = b""


def _encode(value: object) -> bytes | None:
    """Compact JSON of a parsed query or body; None when it cannot be encoded (kept as a fact, not a part)."""
    if value is None:
        return None
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return None
    return text.encode("utf-8", "surrogatepass")


def _decode(document: bytes) -> object:
    return json.loads(document.decode("utf-8", "surrogatepass"))


@dataclass(frozen=True)
class JournalEntry:
    method: str
    path: str
    query: dict[str, object]
    body: object | None
    status: int
    unsafe: bool = False  # the JSON body asked to notify a customer, for `liveMode: true` or an auto-payment
    size: int = field(default=0, compare=False)
    fault: str | None = None  # the kind of the test's fault that answered it (`faults.py`); status 0: dropped

    def to_json(self) -> dict[str, object]:
        """The entry as the control channel writes it."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "body": self.body,
            "status": self.status,
            "unsafe": self.unsafe,
            "fault": self.fault,
        }


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


@dataclass(frozen=True, slots=True)
class _Record:
    """A journal entry as kept: the query and body as compact JSON (`b""` for an empty query)."""

    method: str
    path: str
    query: bytes
    body: bytes | None
    status: int
    unsafe: bool
    size: int
    fault: str | None

    def entry(self) -> JournalEntry:
        query = _decode(self.query) if self.query else {}
        body = _decode(self.body) if self.body is not None else None
        return JournalEntry(
            self.method,
            self.path,
            query if isinstance(query, dict) else {},
            body,
            self.status,
            self.unsafe,
            self.size,
            self.fault,
        )


class Journal:
    def __init__(self, max_entries: int = 100_000, *, max_bytes: int = DEFAULT_JOURNAL_BYTES) -> None:
        if max_entries <= 0 or max_bytes <= 0:
            raise ValueError("journal limits must be positive")
        self._entries: deque[_Record] = deque()
        self._max_entries = max_entries
        self.max_bytes = max_bytes
        self._bytes = 0
        self._lock = threading.Lock()

    def record(self, entry: JournalEntry) -> None:
        query = (_encode(entry.query) or _NOTHING) if entry.query else _NOTHING
        body = _encode(entry.body)
        path = entry.path
        size = PER_ENTRY_OVERHEAD + len(path) + len(query) + (len(body) if body is not None else 0)
        if size > self.max_bytes:  # too large to keep whole: keep the fact, not the parts
            path, query, body = path[:1024], _NOTHING, None
            size = PER_ENTRY_OVERHEAD + len(path)
        record = _Record(entry.method, path, query, body, entry.status, entry.unsafe, size, entry.fault)
        with self._lock:
            self._entries.append(record)
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
            records = list(self._entries)
        return [record.entry() for record in records]

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
        with self._lock:
            documents = [r.body for r in self._entries if r.path == path and r.body is not None]
        return [_decode(document) for document in documents]
