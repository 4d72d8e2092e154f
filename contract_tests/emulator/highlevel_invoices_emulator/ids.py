"""Identifiers shaped like the vendor's: MongoDB ObjectIds, ISO timestamps and invoice short links."""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
from datetime import UTC, datetime

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class ObjectIdFactory:
    """24 hex characters: 4 bytes of seconds, 5 random bytes per process, a 3-byte counter (MongoDB's layout)."""

    def __init__(self) -> None:
        self._process = os.urandom(5)
        self._counter = itertools.count(int.from_bytes(os.urandom(3), "big"))
        self._lock = threading.Lock()

    def new(self, timestamp: float) -> str:
        with self._lock:
            count = next(self._counter) & 0xFFFFFF
        seconds = int(timestamp) & 0xFFFFFFFF
        return (seconds.to_bytes(4, "big") + self._process + count.to_bytes(3, "big")).hex()


def iso_millis(timestamp: float) -> str:
    """`2023-12-12T09:27:42.355Z`, as JavaScript's Date#toISOString writes it."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_date(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def short_code(invoice_id: str, length: int = 8) -> str:
    """A stable base62 code for an invoice, so an update keeps its link."""
    number = int.from_bytes(hashlib.sha256(invoice_id.encode()).digest()[:8], "big")
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 62)
        chars.append(_BASE62[digit])
    return "".join(chars)
