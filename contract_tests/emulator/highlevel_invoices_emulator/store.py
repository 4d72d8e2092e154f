"""Invoices and invoice-number sequences per location, safe to use from many threads and tasks at once.

Numbers are strings (as requests carry them). Automatic numbers count up from the profile's first number and skip
numbers already in use; honouring a given numeric invoiceNumber moves the sequence past it. A deleted invoice's
number is never handed out again (the sequence only moves forward), as observed live.

Each invoice is kept as its compact JSON (UTF-8 bytes) beside its number and status, and decoded afresh for
every reader, so nobody shares a stored document. As a tree of Python objects an invoice cost about 4.5 times
its JSON size (measured: 858 KB of RSS for a 190 KB document of 2,084 lines); as bytes it costs its JSON size
plus about 4 % and `PER_INVOICE_OVERHEAD` bytes (measured: 199 KB for that document, 1.0 KB for an 834 B one;
`scripts/bench_memory.py`, part of `make bench`).

The store holds at most `max_invoices` invoices and `max_bytes` bytes (all locations together; an invoice counts
its JSON size plus 1/16 plus `PER_INVOICE_OVERHEAD`, at least what it was measured to cost); beyond either, the
least recently written are dropped, so a long fuzzing run or a flood of 100 KB bodies cannot exhaust memory:
`max_bytes` (64 MiB by default) bounds the store's RSS. The invoice just written is always kept, even alone over
`max_bytes`. A dropped invoice behaves as deleted.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

Invoice = dict[str, object]


class DuplicateInvoiceNumberError(Exception):
    pass


class InvoiceNotFoundError(Exception):
    pass


class InvoiceNotDraftError(Exception):
    pass


DEFAULT_MAX_INVOICES = 10_000
DEFAULT_MAX_STORE_BYTES = 64 * 1024 * 1024
# Bytes of RSS a stored invoice costs beyond its JSON: its record, its id and number strings, its entries in the
# location's map, the age order and the number counter (measured with scripts/bench_memory.py: about 460).
PER_INVOICE_OVERHEAD = 512


def _encode(invoice: Invoice) -> bytes:
    # surrogatepass: a lone surrogate echoed from a request survives the round trip, as it would in JavaScript.
    return json.dumps(invoice, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _decode(document: bytes) -> Invoice:
    invoice: Invoice = json.loads(document.decode("utf-8", "surrogatepass"))
    return invoice


@dataclass(frozen=True, slots=True)
class _Stored:
    """One stored invoice: its compact JSON and the two fields the store itself reads."""

    document: bytes
    number: str
    status: object

    @classmethod
    def of(cls, invoice: Invoice, number: str) -> _Stored:
        return cls(_encode(invoice), number, invoice.get("status"))

    @property
    def size(self) -> int:
        # Large documents cost about 4 % more RSS than their length (page rounding, allocator fragmentation).
        return len(self.document) + len(self.document) // 16 + PER_INVOICE_OVERHEAD


def _as_sequence_number(number: str) -> int | None:
    if number.isascii() and number.isdigit() and len(number) <= 15:
        return int(number)
    return None


class InvoiceStore:
    def __init__(
        self,
        first_number: int,
        *,
        max_invoices: int = DEFAULT_MAX_INVOICES,
        max_bytes: int = DEFAULT_MAX_STORE_BYTES,
    ) -> None:
        if max_invoices <= 0:
            raise ValueError("max_invoices must be positive")
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self._first_number = first_number
        self.max_invoices = max_invoices
        self.max_bytes = max_bytes
        self._bytes = 0
        self._lock = threading.Lock()
        self._invoices: dict[str, dict[str, _Stored]] = {}
        self._order: OrderedDict[tuple[str, str], None] = OrderedDict()  # oldest first
        self._next: dict[str, int] = {}
        self._numbers: dict[str, Counter[str]] = {}

    def _next_free(self, location: str) -> int:
        number = self._next.get(location, self._first_number)
        in_use = self._numbers.get(location, Counter())
        while in_use[str(number)] > 0:
            number += 1
        return number

    def _take(self, location: str, number: str) -> None:
        self._numbers.setdefault(location, Counter())[number] += 1
        sequence = _as_sequence_number(number)
        if sequence is not None and sequence >= self._next.get(location, self._first_number):
            self._next[location] = sequence + 1

    def _release(self, location: str, number: str) -> None:
        counter = self._numbers[location]
        counter[number] -= 1
        if counter[number] <= 0:
            del counter[number]

    def _remove(self, location: str, invoice_id: str) -> _Stored:
        stored = self._invoices[location].pop(invoice_id)
        self._order.pop((location, invoice_id), None)
        self._bytes -= stored.size
        self._release(location, stored.number)
        return stored

    def _put(self, location: str, invoice_id: str, stored: _Stored) -> None:
        previous = self._invoices.setdefault(location, {}).get(invoice_id)
        if previous is not None:
            self._bytes -= previous.size
        self._invoices[location][invoice_id] = stored
        self._bytes += stored.size

    def _add(self, location: str, invoice: Invoice, number: str) -> None:
        invoice_id = str(invoice["_id"])
        self._put(location, invoice_id, _Stored.of(invoice, number))
        self._order[(location, invoice_id)] = None
        self._drop_oldest()

    def _drop_oldest(self) -> None:
        while len(self._order) > 1 and (len(self._order) > self.max_invoices or self._bytes > self.max_bytes):
            oldest_location, oldest_id = next(iter(self._order))
            self._remove(oldest_location, oldest_id)

    def _claim(self, location: str, requested: str | None, allow_duplicates: bool, own: str | None = None) -> str:
        if requested is None:
            number = own if own is not None else str(self._next_free(location))
        else:
            number = requested
            used = self._numbers.get(location, Counter())[number] - (1 if number == own else 0)
            if used > 0 and not allow_duplicates:
                raise DuplicateInvoiceNumberError(number)
        if own is not None:
            self._release(location, own)
        self._take(location, number)
        return number

    def peek_number(self, location: str) -> int:
        with self._lock:
            return self._next_free(location)

    def reserve_number(self, location: str) -> int:
        with self._lock:
            number = self._next_free(location)
            self._next[location] = number + 1
            return number

    def create(
        self,
        location: str,
        requested_number: str | None,
        *,
        allow_duplicates: bool,
        build: Callable[[str], Invoice],
    ) -> Invoice:
        """`build(number)` makes the invoice (with its `_id`) while the number is held; returns what was built.

        The store keeps the document's JSON, so a caller changing the returned dict changes nothing stored.
        """
        with self._lock:
            number = self._claim(location, requested_number, allow_duplicates)
            try:
                invoice = build(number)
                self._add(location, invoice, number)
            except BaseException:
                self._release(location, number)
                raise
            return invoice

    def update(
        self,
        location: str,
        invoice_id: str,
        requested_number: str | None,
        *,
        allow_duplicates: bool,
        build: Callable[[Invoice, str], Invoice],
    ) -> Invoice:
        """`build(current, number)` makes the replacement; the invoice keeps its number unless one is given."""
        with self._lock:
            current = self._invoices.get(location, {}).get(invoice_id)
            if current is None:
                raise InvoiceNotFoundError(invoice_id)
            own = current.number
            number = self._claim(location, requested_number, allow_duplicates, own=own)
            try:
                invoice = build(_decode(current.document), number)
                stored = _Stored.of(invoice, number)
            except BaseException:
                self._release(location, number)
                self._take(location, own)
                raise
            self._put(location, invoice_id, stored)
            self._order.move_to_end((location, invoice_id))  # just written: the last to be dropped
            self._drop_oldest()
            return invoice

    def delete(self, location: str, invoice_id: str) -> Invoice:
        """Remove a draft and return it; its number stays behind the sequence, so it is never given out again."""
        with self._lock:
            current = self._invoices.get(location, {}).get(invoice_id)
            if current is None:
                raise InvoiceNotFoundError(invoice_id)
            if current.status != "draft":
                raise InvoiceNotDraftError(invoice_id)
            return _decode(self._remove(location, invoice_id).document)

    def __len__(self) -> int:
        with self._lock:
            return len(self._order)

    @property
    def bytes(self) -> int:
        """The bytes the kept invoices count for: their JSON sizes plus `PER_INVOICE_OVERHEAD` each."""
        with self._lock:
            return self._bytes

    def get(self, location: str, invoice_id: str) -> Invoice | None:
        with self._lock:
            stored = self._invoices.get(location, {}).get(invoice_id)
        return _decode(stored.document) if stored is not None else None

    def invoices(self, location: str | None = None) -> list[Invoice]:
        with self._lock:
            locations = [location] if location is not None else list(self._invoices)
            documents = [stored.document for loc in locations for stored in self._invoices.get(loc, {}).values()]
        return [_decode(document) for document in documents]

    def page(
        self,
        location: str,
        *,
        keep: Callable[[Invoice], bool] | None,
        sort_key: Callable[[Invoice], str] | None,
        descending: bool,
        offset: int,
        limit: int,
    ) -> tuple[list[Invoice], int]:
        """One page of a location's invoices and how many match: `keep` filters, then `sort_key` orders.

        Without `sort_key` the order is creation order (reversed when `descending`); ties keep creation order
        either way, so consecutive pages neither overlap nor skip. Each reader gets its own decoded copies.
        """
        with self._lock:
            documents = [stored.document for stored in self._invoices.get(location, {}).values()]
        if keep is None and sort_key is None:  # the common page: decode only the invoices it holds
            ordered = documents[::-1] if descending else documents
            return [_decode(document) for document in ordered[offset : offset + limit]], len(documents)
        matching = [_decode(document) for document in documents]
        if keep is not None:
            matching = [invoice for invoice in matching if keep(invoice)]
        if sort_key is not None:
            matching.sort(key=sort_key, reverse=descending)
        elif descending:
            matching.reverse()
        return matching[offset : offset + limit], len(matching)
