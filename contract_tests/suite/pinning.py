"""Pinning: the run's ids put into generated cases, and what the run learns from the answers it gets.

Generated ids name nothing the token may touch, so every case would end in 403 (altId) or 422/404 (userId,
contact). The hook overwrites the ids that hold strings with the run's own (emulator defaults, or the
`HIGHLEVEL_*` ids in live mode); values of other types are left alone, as they are what a negative case tests.
Schemathesis revalidates a case after `before_call` edits it, so a pinned negative case is relabelled.

Each operation's pin and observe functions are named in its registry entry (`operations.py`); `hooks.py` calls them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemathesis import Case

from contract_tests.suite.live_guard import force_draft
from contract_tests.suite.settings import Identity

FRESH_NUMBERS_START = 7_000_000_000


class InvoiceNumbers:
    """Keeps text2pay's `invoiceNumber` unique within a location, as the vendor requires (a duplicate is a 400).

    A generated number is kept the first time it is used; a repeat (or, against the live API, any number the
    location did not hand out through generate-invoice-number, since it may belong to a real invoice) is replaced
    by a fresh one. Numbers seen in answers count as used.
    """

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self._used: set[str] = set()
        self._issued: set[str] = set()
        self._next = FRESH_NUMBERS_START
        self._lock = threading.Lock()

    def observe_issued(self, number: object) -> None:
        with self._lock:
            self._issued.add(str(number))

    def observe_used(self, number: object) -> None:
        with self._lock:
            self._used.add(str(number))

    def claim(self, wanted: str) -> str:
        with self._lock:
            if wanted not in self._used and (wanted in self._issued or not self.strict):
                number = wanted
            else:
                while str(self._next) in self._used:
                    self._next += 1
                number = str(self._next)
            self._used.add(number)
            return number


class OwnInvoices:
    """The invoices this run created: the only ones a generated update may name.

    A generated `id` names no invoice (the case would only collect a 404), or, against the live API, could by
    chance name a real customer's invoice: it is replaced by an invoice of this run, or dropped before the first.
    """

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._lock = threading.Lock()

    def observe(self, invoice_id: object) -> None:
        if isinstance(invoice_id, str):
            with self._lock:
                self._ids.append(invoice_id)

    def latest(self) -> str | None:
        with self._lock:
            return self._ids[-1] if self._ids else None


@dataclass(frozen=True)
class Pins:
    location_id: str
    user_id: str
    contact_id: str
    numbers: InvoiceNumbers
    invoices: OwnInvoices

    @classmethod
    def of(cls, identity: Identity, *, strict_numbers: bool) -> Pins:
        numbers = InvoiceNumbers(strict=strict_numbers)
        return cls(identity.location_id, identity.user_id, identity.contact_id, numbers, OwnInvoices())


def _pin(container: Any, key: str, value: str) -> None:
    if isinstance(container, dict) and isinstance(container.get(key), str):
        container[key] = value


def pin_generate_number(case: Case[Any], pins: Pins) -> None:
    _pin(case.query, "altId", pins.location_id)


def pin_text2pay(case: Case[Any], pins: Pins) -> None:
    body = case.body
    _pin(body, "altId", pins.location_id)
    _pin(body, "userId", pins.user_id)
    if isinstance(body, dict):
        _pin(body.get("contactDetails"), "id", pins.contact_id)
        number = body.get("invoiceNumber")
        if isinstance(number, str):
            body["invoiceNumber"] = pins.numbers.claim(number)
        if isinstance(body.get("id"), str):
            own = pins.invoices.latest()
            if own is None:
                del body["id"]
            else:
                body["id"] = own
    force_draft(body)


def observe_generated_number(pins: Pins, answer: Mapping[str, Any]) -> None:
    if "invoiceNumber" in answer:
        pins.numbers.observe_issued(answer["invoiceNumber"])


def observe_text2pay(pins: Pins, answer: Mapping[str, Any]) -> None:
    invoice = answer.get("invoice")
    if isinstance(invoice, dict):
        if "invoiceNumber" in invoice:
            pins.numbers.observe_used(invoice["invoiceNumber"])
        pins.invoices.observe(invoice.get("_id"))
