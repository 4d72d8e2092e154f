"""Pinning: the run's ids put into generated cases, and what the run learns from the answers it gets.

Generated ids name nothing the token may touch, so every case would end in 403 (altId) or 422/404 (userId,
contact). The hook overwrites the ids that hold strings with the run's own (emulator defaults, or the
`HIGHLEVEL_*` ids in live mode); values of other types are left alone, as they are what a negative case tests.
Schemathesis revalidates a case after `before_call` edits it, so a pinned negative case is relabelled.

How a case is pinned and what an answer teaches the run is each operation's card's (`contract_tests/operations/`:
the location and the invoice from the card's data, then its own `pin`; its `observe`); `hooks.py` calls them
with the `Pins` kept here. With a create budget (`CONTRACT_MAX_CREATES`) a create beyond it becomes an update of
a draft this run created and has not deleted (see the text2pay card).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from contract_tests.suite.ledger import InvoiceLedger
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

    @property
    def run_id(self) -> str:
        return self.invoices.run_id

    def cases_may_create(self) -> bool:
        """Whether a generated case may still create a draft (the budget less what the proofs keep)."""
        left = self.invoices.creates_left()
        return left is None or left > self.reserved_creates
