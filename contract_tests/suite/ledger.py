"""The invoices a run created and deleted, learned from the target's own answers, and the create budget.

`LedgerMiddleware` sits between the live-safety guard and the target, so it sees every request that went out
(generated cases, the probes of checks, proofs, cleanup) and every answer:
- a request of an operation whose card creates (text2pay) that names no invoice is a create: before it leaves it
  is journaled as *pending* (the run's id, which pinning stamps into the draft's name, and the invoice number it
  carries) and counts against the create budget (`CONTRACT_MAX_CREATES`); its 2xx answer confirms it with the new
  invoice's id, a 4xx says nothing was created; a create whose answer never came (a timeout, a reset, a 5xx, a
  killed run) stays pending until `reconcile.py` finds the draft through list and get;
- a 2xx answer of an operation whose card deletes is a delete of the invoice the request named (the request is
  matched to its card by `contract_tests.operations`, as the vendor's router would);
- a create beyond the create budget is refused before it leaves (pinning turns such cases into updates first, so
  this is a backstop), and so is, in live mode, a delete of an invoice the run did not create;
- answers that refuse the run's own token (expired, revoked, missing scope) REFUSALS_TO_STOP times in a row stop
  the stack they came through before its next request: every later verdict would be about the credentials.

Each event is appended to the journal (`reports/invoices.jsonl`) as it happens, so `make cleanup` can delete what
a crashed run left behind. `read_journal_lines` reads it line by line: a line that is not an entry (cut by a
crash, not UTF-8, of the wrong types, naming something that is not an invoice id) is reported and skipped, and
the others are still read.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from contract_tests.operations import registry
from contract_tests.operations.card import Card, Effect, LiveCall, is_invoice_id
from contract_tests.suite.live_guard import (
    ASGIApp,
    GuardState,
    KeptBackError,
    Message,
    Receive,
    Scope,
    Send,
    json_answer,
    read_body,
    replay_body,
)

JOURNAL_NAME = "invoices.jsonl"
# The vendor's answers (VENDOR_FACTS "OBSERVED order of checks") that say the token itself is refused; a missing
# or invalid Version header, or a foreign location, is about the request, not the credentials.
TOKEN_REFUSALS = (
    "invalid jwt",
    "invalid private integration token",
    "not authorized for this scope",
    "invalid token",
    "no authorization header",
)
REFUSALS_TO_STOP = 3
RUN_ID_PREFIX = "ctr"  # a run's id: one word of letters and digits, so any search (substring or word) finds it
_RUN_ID = re.compile(rf"{RUN_ID_PREFIX}[0-9a-f]{{12}}")
EVENTS = ("pending", "created", "not-created", "deleted", "gone")


def new_run_id() -> str:
    return RUN_ID_PREFIX + secrets.token_hex(6)


def is_run_id(value: object) -> bool:
    return isinstance(value, str) and _RUN_ID.fullmatch(value) is not None


class LedgerRefusalError(KeptBackError):
    """A request the ledger will not let out (beyond the create budget, or a delete of another's invoice)."""


def token_refusal(status: int, body: bytes) -> str | None:
    """The vendor's message when this answer refuses the token itself, else None."""
    if status != 401:
        return None
    try:
        message = json.loads(body).get("message")
    except (ValueError, AttributeError):
        return None
    if isinstance(message, str) and any(marker in message.lower() for marker in TOKEN_REFUSALS):
        return message
    return None


def judges_no_token(status: int, body: bytes) -> bool:
    """Whether the answer was given before the token was looked at: the vendor checks the Version header first
    (VENDOR_FACTS "OBSERVED order of checks"), so its 401s about Version say nothing about the token, either way."""
    if status != 401:
        return False
    try:
        message = json.loads(body).get("message")
    except (ValueError, AttributeError):
        return False
    return isinstance(message, str) and "version header" in message.lower()


class TokenRefusals:
    """Answers refusing the run's token, counted in a row on one guarded stack; `note` returns why the stack must
    stop once REFUSALS_TO_STOP came in a row, else None. An answer that accepted the token resets the count; one
    given before the token was looked at (`judges_no_token`, `refusal=None, neutral=True`) leaves it as it is, so
    the negative cases about Version between refusals cannot keep a revoked token's run going."""

    def __init__(self) -> None:
        self._in_a_row = 0
        self._lock = threading.Lock()

    def note(self, refusal: str | None, *, neutral: bool = False) -> str | None:
        with self._lock:
            if neutral and not refusal:
                return None
            self._in_a_row = self._in_a_row + 1 if refusal else 0
            if not refusal or self._in_a_row < REFUSALS_TO_STOP:
                return None
            return (
                f"the target refused the run's token {self._in_a_row} times in a row ({refusal!r}): it expired, "
                "was revoked or lacks a scope; renew HIGHLEVEL_TOKEN and run again"
            )


@dataclass(frozen=True)
class PendingCreate:
    """A create that left and whose answer has not confirmed it: what identifies the draft it may have made."""

    key: str  # `<run id>-<n>`: the journal's name of this create
    run_id: str  # stamped into the draft's name, which the list's `search` finds
    invoice_number: str | None  # the number the create carried (live: the one generate-invoice-number returned)
    stamped: bool  # whether the body's name carried the run's id


def _number(body: object) -> str | None:
    number = body.get("invoiceNumber") if isinstance(body, dict) else None
    return str(number) if isinstance(number, (str, int)) and not isinstance(number, bool) else None


def _stamped(body: object, run_id: str) -> bool:
    name = body.get("name") if isinstance(body, dict) else None
    return isinstance(name, str) and run_id in name


@dataclass
class InvoiceLedger:
    """What the run created and deleted, in order; the only invoices it may update or delete."""

    max_creates: int | None = None
    journal: Path | None = None
    location_id: str = ""
    target: str = ""  # the base URL, or "emulator"
    token: str = field(default="", repr=False)
    run_id: str = field(default_factory=new_run_id)
    created: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # a delete answered "already gone": not deleted by this run
    reconciled: list[str] = field(default_factory=list)  # created, found through list/get (the answer was lost)
    pending: dict[str, PendingCreate] = field(default_factory=dict)  # creates sent and not yet confirmed
    abort_reason: str | None = None
    refused: list[str] = field(default_factory=list)  # requests the ledger kept back
    _sequence: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def creates_left(self) -> int | None:
        """How many more drafts the run may create (None: no budget); a create counts from the moment it is sent."""
        with self._lock:
            if self.max_creates is None:
                return None
            return max(0, self.max_creates - len(self.created) - len(self.pending))

    def owns(self, invoice_id: object) -> bool:
        with self._lock:
            return isinstance(invoice_id, str) and invoice_id in self.created

    def latest(self) -> str | None:
        """The invoice this run created last and has not deleted, else None (never a deleted one: an update or a
        read of it would judge the vendor on an invoice that is gone)."""
        alive = self.left_behind()
        return alive[-1] if alive else None

    def left_behind(self) -> list[str]:
        with self._lock:
            return [i for i in self.created if i not in self.deleted and i not in self.gone]

    def unconfirmed(self) -> list[PendingCreate]:
        with self._lock:
            return list(self.pending.values())

    def note_pending(self, body: object) -> PendingCreate:
        """Journal a create about to leave (before it is sent), so a lost answer leaves it findable."""
        with self._lock:
            self._sequence += 1
            entry = PendingCreate(
                f"{self.run_id}-{self._sequence}", self.run_id, _number(body), _stamped(body, self.run_id)
            )
            self.pending[entry.key] = entry
        self._write(
            "pending",
            pending=entry.key,
            runId=entry.run_id,
            invoiceNumber=entry.invoice_number,
            stamped=entry.stamped,
        )
        return entry

    def adopt_pending(self, entries: Iterable[PendingCreate]) -> None:
        """Take over the unconfirmed creates a crashed run journaled (`make cleanup`)."""
        with self._lock:
            for entry in entries:
                self.pending.setdefault(entry.key, entry)

    def confirm(self, key: str, invoice_id: str) -> None:
        """The create's answer named the invoice it made."""
        with self._lock:
            self.pending.pop(key, None)
        self.note_created(invoice_id, pending=key)

    def not_created(self, key: str, status: int) -> None:
        """The create was answered with a refusal (4xx): no draft was made."""
        with self._lock:
            if self.pending.pop(key, None) is None:
                return
        self._write("not-created", pending=key, status=status)

    def note_reconciled(self, invoice_id: str, key: str | None) -> None:
        """A draft of this run found through list and get, whose create's answer was lost."""
        with self._lock:
            if key is not None:
                self.pending.pop(key, None)
            if invoice_id in self.created:
                return
            self.reconciled.append(invoice_id)
        self.note_created(invoice_id, pending=key, reconciled=True)

    def note_created(self, invoice_id: str, *, pending: str | None = None, reconciled: bool = False) -> None:
        with self._lock:
            if invoice_id in self.created:
                return
            self.created.append(invoice_id)
        extra: dict[str, Any] = {"pending": pending} if pending else {}
        if reconciled:
            extra["reconciled"] = True
        self._write("created", invoiceId=invoice_id, **extra)

    def note_deleted(self, invoice_id: str) -> None:
        with self._lock:
            if invoice_id not in self.created or invoice_id in self.deleted or invoice_id in self.gone:
                return
            self.deleted.append(invoice_id)
        self._write("deleted", invoiceId=invoice_id)

    def note_gone(self, invoice_id: str) -> None:
        """The target no longer knows this invoice of the run's (a delete answered "already gone"): it is not left
        behind, and the run did not delete it."""
        with self._lock:
            if invoice_id not in self.created or invoice_id in self.deleted or invoice_id in self.gone:
                return
            self.gone.append(invoice_id)
        self._write("gone", invoiceId=invoice_id)

    def refuse(self, reason: str) -> None:
        with self._lock:
            self.refused.append(reason)
            self.abort_reason = self.abort_reason or reason
        raise LedgerRefusalError(reason)

    def _write(self, event: str, **fields: Any) -> None:
        if self.journal is None:
            return
        line = json.dumps(
            {
                "event": event,
                **fields,
                "locationId": self.location_id,
                "target": self.target,
                "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            }
        )
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self.journal.open("ab+") as handle:  # one line per event, on disk at once
            handle.seek(0, os.SEEK_END)
            if handle.tell():
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":  # a line cut by a crash: never glue an entry onto it
                    line = "\n" + line
            handle.write(line.encode("utf-8") + b"\n")
            handle.flush()
            os.fsync(handle.fileno())


@dataclass(frozen=True)
class JournalEntry:
    event: str
    invoice_id: str  # "" for the events of a pending create
    location_id: str
    target: str
    pending: str = ""  # the pending create's key (pending, not-created; created when it confirms one)
    run_id: str = ""
    invoice_number: str | None = None
    stamped: bool = False


@dataclass
class JournalReading:
    """The journal's entries, and each line that is not one, reported (line number and why)."""

    entries: list[JournalEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unreadable: int = 0
    byte_order_mark: bool = False


def _string(data: dict[str, Any], name: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise ValueError(f"{name} {value!r} is not a string")
    return value


def _entry(data: object) -> JournalEntry:
    """The entry a parsed line holds; ValueError says why it is none."""
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {type(data).__name__}, not an object")
    event = data.get("event")
    if event not in EVENTS:
        raise ValueError(f"an unknown event {event!r}")
    event = str(event)
    location, target = _string(data, "locationId"), _string(data, "target")
    invoice_id = data.get("invoiceId", "")
    if event in ("created", "deleted", "gone") and not is_invoice_id(invoice_id):
        raise ValueError(f"invoiceId {invoice_id!r} is not an invoice id (24 hex digits); refused")
    invoice_id = invoice_id if isinstance(invoice_id, str) else ""
    pending = _string(data, "pending", "")
    if event in ("pending", "not-created") and not pending:
        raise ValueError("it names no pending create")
    run_id = _string(data, "runId", "")
    if event == "pending" and not is_run_id(run_id):
        raise ValueError(f"runId {run_id!r} is not a run's id")
    number, stamped = data.get("invoiceNumber"), data.get("stamped", False)
    if number is not None and not isinstance(number, str):
        raise ValueError(f"invoiceNumber {number!r} is not a string")
    if not isinstance(stamped, bool):
        raise ValueError(f"stamped {stamped!r} is not true or false")
    return JournalEntry(event, invoice_id, location, target, pending, run_id, number, stamped)


def read_journal_lines(path: Path) -> JournalReading:
    """Read the journal one line at a time: a line that is not an entry is reported and skipped, never the rest. A
    byte order mark at the start (an editor's) is dropped and noted."""
    reading = JournalReading()
    if not path.exists():
        return reading
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        reading.byte_order_mark = True
        reading.problems.append("line 1: starts with a byte order mark (dropped; the line was read without it)")
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            reading.unreadable += 1
            reading.problems.append(f"line {number}: not UTF-8 ({error.reason} at byte {error.start}); skipped")
            continue
        try:
            reading.entries.append(_entry(json.loads(text)))
        except (ValueError, RecursionError) as error:
            reading.unreadable += 1
            reading.problems.append(f"line {number}: not a journal entry ({error}); skipped")
    return reading


def read_journal(path: Path) -> list[JournalEntry]:
    """The journal's entries (lines that are not entries skipped; `read_journal_lines` says which)."""
    return read_journal_lines(path).entries


def _mine(entries: Iterable[JournalEntry], location_id: str, target: str) -> list[JournalEntry]:
    return [e for e in entries if e.location_id == location_id and e.target == target]


def outstanding(entries: Iterable[JournalEntry], location_id: str, target: str) -> list[str]:
    """Invoices the journal says were created in this location on this target and never deleted, in order."""
    created: list[str] = []
    removed: set[str] = set()
    for entry in _mine(entries, location_id, target):
        if entry.event == "created" and entry.invoice_id not in created:
            created.append(entry.invoice_id)
        elif entry.event in ("deleted", "gone"):
            removed.add(entry.invoice_id)
    return [i for i in created if i not in removed]


def unconfirmed(entries: Iterable[JournalEntry], location_id: str, target: str) -> list[PendingCreate]:
    """Creates the journal says were sent in this location on this target and never confirmed nor refused."""
    mine = _mine(entries, location_id, target)
    resolved = {e.pending for e in mine if e.event in ("created", "not-created") and e.pending}
    found: dict[str, PendingCreate] = {}
    for entry in mine:
        if entry.event == "pending" and entry.pending not in resolved:
            found.setdefault(
                entry.pending, PendingCreate(entry.pending, entry.run_id, entry.invoice_number, entry.stamped)
            )
    return list(found.values())


def _header(scope: Scope, name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == name), "")


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class LedgerMiddleware:
    """ASGI middleware keeping `ledger` true to the target's answers; see the module docstring. `stop`: the guard
    state of the stack it sits in, stopped when the target keeps refusing the run's token."""

    def __init__(self, app: ASGIApp, ledger: InvoiceLedger, *, live: bool, stop: GuardState | None = None) -> None:
        self.app = app
        self.ledger = ledger
        self.live = live
        self.stop = stop
        self.refusals = TokenRefusals()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        found = registry.match(str(scope["method"]), str(scope["path"]))
        request = _json_object(body) if body else None
        on_answer = self._before(LiveCall(found.target, found.params, request)) if found is not None else None
        own_token = bool(self.ledger.token) and _header(scope, b"authorization") == f"Bearer {self.ledger.token}"
        status = 0
        chunks: list[bytes] = []

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, replay_body(body), watch)
        answer = b"".join(chunks)
        if own_token:
            reason = self.refusals.note(token_refusal(status, answer), neutral=judges_no_token(status, answer))
            if reason is not None and self.stop is not None:
                self.stop.stop(reason, credentials=True)
        if on_answer is not None and status:
            on_answer(status, answer)

    def _before(self, call: LiveCall) -> Callable[[int, bytes], None] | None:
        """Refuse what may not go out, journal a create before it does; return what to learn from the answer."""
        card = call.card
        if card.effect is Effect.CREATE:
            if card.is_update(call.body):
                return lambda status, answer: self._learn_created(card, status, answer, None)
            if self.ledger.creates_left() == 0:
                self.ledger.refuse(
                    f"a create beyond the create budget of {self.ledger.max_creates} (CONTRACT_MAX_CREATES)"
                )
            pending = self.ledger.note_pending(call.body)
            return lambda status, answer: self._learn_created(card, status, answer, pending.key)
        names, invoice_id = call.named_invoice()
        if card.effect is Effect.DELETE and names and isinstance(invoice_id, str):
            if self.live and not self.ledger.owns(invoice_id):
                self.ledger.refuse(f"a delete of invoice {invoice_id!r}, which this run did not create")
            return lambda status, answer: self.ledger.note_deleted(invoice_id) if 200 <= status < 300 else None
        return None

    def _learn_created(self, card: Card, status: int, answer: bytes, pending: str | None) -> None:
        """A 2xx naming an invoice confirms the create (or, for an update naming one the run did not know, is
        one); a 4xx made nothing; anything else (a 5xx, a 2xx without an id) leaves it pending, to reconcile."""
        invoice_id = card.invoice_id_in_answer(json_answer(answer)) if 200 <= status < 300 else None
        if invoice_id is not None:
            if pending is not None:
                self.ledger.confirm(pending, invoice_id)
            else:
                self.ledger.note_created(invoice_id)
        elif pending is not None and 400 <= status < 500:
            self.ledger.not_created(pending, status)
