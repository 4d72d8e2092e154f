"""Invoices and invoice-number sequences per location, safe to use from many threads and tasks at once.

Numbers are strings (as requests carry them). Automatic numbers count up from the profile's first number and skip
numbers already in use; honouring a given numeric invoiceNumber moves the sequence past it. A deleted invoice's
number is never handed out again (the sequence only moves forward), as observed live.

The store holds at most `max_invoices` invoices (all locations together); beyond that the oldest is dropped, so a
long fuzzing run cannot exhaust memory (about 5 KB per invoice). A dropped invoice behaves as deleted.
"""

from __future__ import annotations

import copy
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable

Invoice = dict[str, object]


class DuplicateInvoiceNumberError(Exception):
    pass


class InvoiceNotFoundError(Exception):
    pass


class InvoiceNotDraftError(Exception):
    pass


DEFAULT_MAX_INVOICES = 10_000


def _as_sequence_number(number: str) -> int | None:
    if number.isascii() and number.isdigit() and len(number) <= 15:
        return int(number)
    return None


class InvoiceStore:
    def __init__(self, first_number: int, *, max_invoices: int = DEFAULT_MAX_INVOICES) -> None:
        if max_invoices <= 0:
            raise ValueError("max_invoices must be positive")
        self._first_number = first_number
        self.max_invoices = max_invoices
        self._lock = threading.Lock()
        self._invoices: dict[str, dict[str, Invoice]] = {}
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

    def _remove(self, location: str, invoice_id: str) -> Invoice:
        invoice = self._invoices[location].pop(invoice_id)
        self._order.pop((location, invoice_id), None)
        self._release(location, str(invoice["invoiceNumber"]))
        return invoice

    def _add(self, location: str, invoice: Invoice) -> None:
        invoice_id = str(invoice["_id"])
        self._invoices.setdefault(location, {})[invoice_id] = invoice
        self._order[(location, invoice_id)] = None
        while len(self._order) > self.max_invoices:
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
        """`build(number)` makes the invoice (with its `_id`) while the number is held.

        The returned document is the stored one: callers must not mutate it (updates replace documents whole).
        """
        with self._lock:
            number = self._claim(location, requested_number, allow_duplicates)
            try:
                invoice = build(number)
            except BaseException:
                self._release(location, number)
                raise
            self._add(location, invoice)
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
            own = str(current["invoiceNumber"])
            number = self._claim(location, requested_number, allow_duplicates, own=own)
            try:
                invoice = build(copy.deepcopy(current), number)
            except BaseException:
                self._release(location, number)
                self._take(location, own)
                raise
            self._invoices[location][invoice_id] = invoice
            return invoice

    def delete(self, location: str, invoice_id: str) -> Invoice:
        """Remove a draft and return it; its number stays behind the sequence, so it is never given out again."""
        with self._lock:
            current = self._invoices.get(location, {}).get(invoice_id)
            if current is None:
                raise InvoiceNotFoundError(invoice_id)
            if current.get("status") != "draft":
                raise InvoiceNotDraftError(invoice_id)
            return copy.deepcopy(self._remove(location, invoice_id))

    def __len__(self) -> int:
        with self._lock:
            return len(self._order)

    def get(self, location: str, invoice_id: str) -> Invoice | None:
        with self._lock:
            invoice = self._invoices.get(location, {}).get(invoice_id)
            return copy.deepcopy(invoice) if invoice is not None else None

    def invoices(self, location: str | None = None) -> list[Invoice]:
        with self._lock:
            locations = [location] if location is not None else list(self._invoices)
            return [copy.deepcopy(inv) for loc in locations for inv in self._invoices.get(loc, {}).values()]

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
        either way, so consecutive pages neither overlap nor skip. Only the page is copied.
        """
        with self._lock:
            matching = list(self._invoices.get(location, {}).values())
            if keep is not None:
                matching = [invoice for invoice in matching if keep(invoice)]
            if sort_key is not None:
                matching.sort(key=sort_key, reverse=descending)
            elif descending:
                matching.reverse()
            return [copy.deepcopy(invoice) for invoice in matching[offset : offset + limit]], len(matching)
