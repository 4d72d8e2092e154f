"""The emulator's "now": the real clock, or a moment a test fixed, which then stands still until it is moved.

It dates what the emulator writes (`createdAt`, `updatedAt`, payments, the ids' timestamps) and what it derives
from today (seeded invoices' issue and due dates). Rate limits keep the real clock, so a fixed "now" never
freezes a burst window shut.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]


class SettableClock:
    """Seconds since the epoch: `source()`, or the fixed moment `set` gave."""

    def __init__(self, source: Clock = time.time) -> None:
        self._source = source
        self._fixed: float | None = None
        self._lock = threading.Lock()

    def __call__(self) -> float:
        fixed = self._fixed
        return self._source() if fixed is None else fixed

    @property
    def fixed(self) -> float | None:
        """The fixed moment, or None while the clock follows its source."""
        return self._fixed

    def set(self, moment: float | None) -> None:
        """Fix "now" at `moment` (seconds since the epoch), or follow the source again with None."""
        with self._lock:
            self._fixed = moment
