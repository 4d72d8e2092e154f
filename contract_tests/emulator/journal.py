"""A thread-safe record of every request the emulator answered, for tests to inspect.

Entries hold the method, path, parsed query, parsed JSON body (None when there was none or it was not JSON)
and the status returned. Headers, and so tokens, are never stored.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class JournalEntry:
    method: str
    path: str
    query: dict[str, object]
    body: object | None
    status: int


class Journal:
    def __init__(self, max_entries: int = 100_000) -> None:
        self._entries: deque[JournalEntry] = deque(maxlen=max_entries)
        self._lock = threading.Lock()

    def record(self, entry: JournalEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries())

    def bodies(self, path: str) -> list[object]:
        """The JSON bodies that arrived on `path`, in arrival order."""
        return [e.body for e in self.entries() if e.path == path and e.body is not None]
