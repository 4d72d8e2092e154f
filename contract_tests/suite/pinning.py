"""Pinning: the run's ids put into generated cases, and what the run learns from the answers it gets.

Generated ids name nothing the token may touch, so every case would end in 403 (altId) or 422/404 (userId,
contact). The hook overwrites the ids that hold strings with the run's own (emulator defaults, or the
`HIGHLEVEL_*` ids in live mode); values of other types are left alone, as they are what a negative case tests.
Schemathesis revalidates a case after `before_call` edits it, so a pinned negative case is relabelled.

In a run with a create budget (`CONTRACT_MAX_CREATES`, always in live mode) a text2pay case that would create a
draft beyond the budget becomes an update (`id`) of a draft this run created, so the body schema is still exercised
without consuming an invoice number. Against the live API a create carries no `invoiceNumber` but the one
generate-invoice-number has just returned (else none, and the vendor takes the next), and an update none at all:
the location's number sequence moves by exactly the run's creates.

Each operation's pin and observe functions are named in its registry entry (`operations.py`); `hooks.py` calls them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemathesis import Case

from contract_tests.suite.ledger import InvoiceLedger
from contract_tests.suite.live_guard import force_draft
from contract_tests.suite.settings import Identity

FRESH_NUMBERS_START = 7_000_000_000


class InvoiceNumbers:
    """Keeps text2pay's `invoiceNumber` unique within a location, as the vendor requires (a duplicate is a 400).

    Not strict (the emulator, a server): a generated number is kept the first time it is used; a repeat is replaced
    by a fresh one. Strict (the live API): only the number generate-invoice-number returned last, unused, may go
    out; any other could belong to a real invoice or push the location's sequence ahead. Numbers seen in answers
    count as used.
    """

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self._used: set[str] = set()
        self._last_issued: str | None = None
        self._next = FRESH_NUMBERS_START
        self._lock = threading.Lock()

    def observe_issued(self, number: object) -> None:
        with self._lock:
            self._last_issued = str(number)

    def observe_used(self, number: object) -> None:
        with self._lock:
            self._used.add(str(number))

    def claim(self, wanted: str) -> str | None:
        """The number to send in place of `wanted`; None: send none (strict, and no fresh number was issued)."""
        with self._lock:
            if self.strict:
                number = self._last_issued if self._last_issued not in self._used else None
            elif wanted not in self._used:
                number = wanted
            else:
                while str(self._next) in self._used:
                    self._next += 1
                number = str(self._next)
            if number is not None:
                self._used.add(number)
            return number


@dataclass(frozen=True)
class Pins:
    """The run's ids, its invoice numbers and its ledger (the invoices it created: the only ones a generated update
    or delete may name; a generated id names no invoice, or against the live API could by chance name a real
    customer's)."""

    location_id: str
    user_id: str
    contact_id: str
    numbers: InvoiceNumbers
    invoices: InvoiceLedger
    reserved_creates: int = 0  # of the create budget, kept for the proofs (they need fresh drafts to delete)

    @classmethod
    def of(
        cls, identity: Identity, *, strict_numbers: bool, ledger: InvoiceLedger | None = None, reserve: int = 0
    ) -> Pins:
        numbers = InvoiceNumbers(strict=strict_numbers)
        ledger = ledger or InvoiceLedger()
        return cls(identity.location_id, identity.user_id, identity.contact_id, numbers, ledger, reserve)

    def cases_may_create(self) -> bool:
        """Whether a generated case may still create a draft (the budget less what the proofs keep)."""
        left = self.invoices.creates_left()
        return left is None or left > self.reserved_creates


def _pin(container: Any, key: str, value: str) -> None:
    if isinstance(container, dict) and isinstance(container.get(key), str):
        container[key] = value


def pin_generate_number(case: Case[Any], pins: Pins) -> None:
    _pin(case.query, "altId", pins.location_id)


def pin_text2pay_body(body: Any, pins: Pins) -> None:
    """Pin a text2pay body (generated, or a proof's) in place: the run's ids, a number it may use, draft and test
    mode, and an update of its own draft where an update was asked for or the create budget is spent."""
    if isinstance(body, dict):
        _pin(body, "altId", pins.location_id)
        _pin(body, "userId", pins.user_id)
        _pin(body.get("contactDetails"), "id", pins.contact_id)
        if isinstance(body.get("id"), (dict, list)):
            # An object or array `id` could become a database query on the vendor's side (`{"$ne": null}`): the
            # live guard refuses it, so it is not sent at all; numbers, booleans and null still test validation.
            del body["id"]
        own = pins.invoices.latest()
        if isinstance(body.get("id"), str):
            if own is None:
                del body["id"]
            else:
                body["id"] = own
        if "id" not in body and not pins.cases_may_create() and own is not None:
            body["id"] = own
        updating = "id" in body
        number = body.get("invoiceNumber")
        if isinstance(number, str):
            claimed = None if updating and pins.numbers.strict else pins.numbers.claim(number)
            if claimed is None:
                del body["invoiceNumber"]
            else:
                body["invoiceNumber"] = claimed
    force_draft(body)


def pin_text2pay(case: Case[Any], pins: Pins) -> None:
    pin_text2pay_body(case.body, pins)


def pin_own_invoice(case: Case[Any], pins: Pins) -> None:
    """A generated call on one invoice (a delete, a get) names a draft of this run (the latest), in its location."""
    own = pins.invoices.latest()
    if own is not None:
        _pin(case.path_parameters, "invoiceId", own)
    _pin(case.query, "altId", pins.location_id)
    _pin(case.body, "altId", pins.location_id)


def _claim_number(body: dict[str, Any], pins: Pins, *, updating: bool) -> None:
    number = body.get("invoiceNumber")
    if isinstance(number, str):
        claimed = None if updating and pins.numbers.strict else pins.numbers.claim(number)
        if claimed is None:
            del body["invoiceNumber"]
        else:
            body["invoiceNumber"] = claimed


def pin_update(case: Case[Any], pins: Pins) -> None:
    """A generated update names a draft of this run, in its location, in test mode, with a number no other invoice
    has (a taken one is a 400)."""
    pin_own_invoice(case, pins)
    body = case.body
    if isinstance(body, dict):
        _pin(body.get("contactDetails"), "id", pins.contact_id)
        _claim_number(body, pins, updating=True)
        if "liveMode" in body:
            body["liveMode"] = False


# The invoice a generated send, payment or void names: one no run creates. Those calls would make the run's drafts
# undeletable (a sent, paid or void invoice cannot be deleted, and cleanup only deletes), so until the cleanup can
# void what it cannot delete their generated cases test validation, auth and the unknown-invoice answer.
NO_RUNS_INVOICE = "0123456789abcdef01234567"


def pin_unowned_invoice(case: Case[Any], pins: Pins) -> None:
    """A generated payment or void: the run's location, and an invoice id no run created (NO_RUNS_INVOICE)."""
    _pin(case.path_parameters, "invoiceId", NO_RUNS_INVOICE)
    _pin(case.body, "altId", pins.location_id)


def pin_send(case: Case[Any], pins: Pins) -> None:
    """A generated send: as a payment or void, plus the run's user, and always `send_manually` in test mode (as
    text2pay bodies are always drafts: the guard forwards no other send)."""
    pin_unowned_invoice(case, pins)
    body = case.body
    if isinstance(body, dict):
        _pin(body, "userId", pins.user_id)
        body["action"] = "send_manually"
        body["liveMode"] = False


def pin_location(case: Case[Any], pins: Pins) -> None:
    """A generated call that names a location only (the list): the run's."""
    _pin(case.query, "altId", pins.location_id)


def pin_create_body(body: Any, pins: Pins) -> None:
    """A create body (generated, or a proof's): the run's location and contact, a number it may use, test mode."""
    if not isinstance(body, dict):
        return
    _pin(body, "altId", pins.location_id)
    _pin(body.get("contactDetails"), "id", pins.contact_id)
    _claim_number(body, pins, updating=False)
    body["liveMode"] = False


def pin_create(case: Case[Any], pins: Pins) -> None:
    pin_create_body(case.body, pins)


def observe_generated_number(pins: Pins, answer: Mapping[str, Any]) -> None:
    if "invoiceNumber" in answer:
        pins.numbers.observe_issued(answer["invoiceNumber"])


def observe_text2pay(pins: Pins, answer: Mapping[str, Any]) -> None:
    invoice = answer.get("invoice")
    if isinstance(invoice, dict) and "invoiceNumber" in invoice:
        pins.numbers.observe_used(invoice["invoiceNumber"])


def observe_invoice(pins: Pins, answer: Mapping[str, Any]) -> None:
    """A flat invoice answer (create): its number is taken."""
    if "invoiceNumber" in answer:
        pins.numbers.observe_used(answer["invoiceNumber"])
