"""The invoices a run created and deleted, learned from the target's own answers, and the create budget.

`LedgerMiddleware` sits between the live-safety guard and the target, so it sees every request that went out
(generated cases, the probes of checks, proofs, cleanup) and every answer:
- a 2xx answer of an operation whose card creates (text2pay), naming an invoice the run did not know, is a
  create; a 2xx answer of an operation whose card deletes is a delete of the invoice the request named (the
  request is matched to its card by `contract_tests.operations`, as the vendor's router would);
- a create beyond the create budget (`CONTRACT_MAX_CREATES`) is refused before it leaves (pinning turns such
  cases into updates first, so this is a backstop), and so is, in live mode, a delete of an invoice the run did not
  create;
- answers that refuse the run's own token (expired, revoked, missing scope) several times in a row stop the run:
  every later verdict would be about the credentials, not the vendor.

Each create and delete is appended to the journal (`reports/invoices.jsonl`) as it happens, so `make cleanup` can
delete what a crashed run left behind.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from contract_tests.operations import registry
from contract_tests.operations.card import Card, Effect, LiveCall
from contract_tests.suite.live_guard import ASGIApp, Message, Receive, Scope, Send, json_answer, read_body, replay_body

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


class LedgerRefusalError(RuntimeError):
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


@dataclass
class InvoiceLedger:
    """What the run created and deleted, in order; the only invoices it may update or delete."""

    max_creates: int | None = None
    journal: Path | None = None
    location_id: str = ""
    target: str = ""  # the base URL, or "emulator"
    token: str = field(default="", repr=False)
    created: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # a delete answered "already gone": not deleted by this run
    abort_reason: str | None = None
    refused: list[str] = field(default_factory=list)  # requests the ledger kept back
    credentials_refused: bool = False  # the abort is about the run's token, a setup error
    _refusals_in_a_row: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def creates_left(self) -> int | None:
        """How many more drafts the run may create (None: no budget)."""
        with self._lock:
            return None if self.max_creates is None else max(0, self.max_creates - len(self.created))

    def owns(self, invoice_id: object) -> bool:
        with self._lock:
            return isinstance(invoice_id, str) and invoice_id in self.created

    def latest(self) -> str | None:
        """The invoice this run created last and has not deleted, else None (never a deleted one: an update or a
        read of it would judge the vendor on an invoice that is gone)."""
        with self._lock:
            alive = [i for i in self.created if i not in self.deleted and i not in self.gone]
            return alive[-1] if alive else None

    def left_behind(self) -> list[str]:
        with self._lock:
            return [i for i in self.created if i not in self.deleted and i not in self.gone]

    def note_created(self, invoice_id: str) -> None:
        with self._lock:
            if invoice_id in self.created:
                return
            self.created.append(invoice_id)
        self._write("created", invoice_id)

    def note_deleted(self, invoice_id: str) -> None:
        with self._lock:
            if invoice_id not in self.created or invoice_id in self.deleted:
                return
            self.deleted.append(invoice_id)
        self._write("deleted", invoice_id)

    def note_gone(self, invoice_id: str) -> None:
        """The target no longer knows this invoice of the run's (a delete answered "already gone"): it is not left
        behind, and the run did not delete it."""
        with self._lock:
            if invoice_id not in self.created or invoice_id in self.deleted or invoice_id in self.gone:
                return
            self.gone.append(invoice_id)
        self._write("gone", invoice_id)

    def note_answer(self, refusal: str | None) -> None:
        """Count answers refusing the run's token in a row; stop the run at REFUSALS_TO_STOP."""
        with self._lock:
            self._refusals_in_a_row = self._refusals_in_a_row + 1 if refusal else 0
            if refusal and self._refusals_in_a_row >= REFUSALS_TO_STOP and self.abort_reason is None:
                self.credentials_refused = True
                self.abort_reason = (
                    f"the target refused the run's token {self._refusals_in_a_row} times in a row ({refusal!r}): "
                    "it expired, was revoked or lacks a scope; renew HIGHLEVEL_TOKEN and run again"
                )

    def refuse(self, reason: str) -> None:
        with self._lock:
            self.refused.append(reason)
            self.abort_reason = self.abort_reason or reason
        raise LedgerRefusalError(reason)

    def _write(self, event: str, invoice_id: str) -> None:
        if self.journal is None:
            return
        line = json.dumps(
            {
                "event": event,
                "invoiceId": invoice_id,
                "locationId": self.location_id,
                "target": self.target,
                "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            }
        )
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        with self.journal.open("a", encoding="utf-8") as handle:  # one line per event, on disk at once
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())


@dataclass(frozen=True)
class JournalEntry:
    event: str
    invoice_id: str
    location_id: str
    target: str


def read_journal(path: Path) -> list[JournalEntry]:
    """The journal's entries; lines that are not entries (a line cut by a crash) are skipped."""
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
            entries.append(JournalEntry(data["event"], data["invoiceId"], data["locationId"], data["target"]))
        except (ValueError, KeyError, TypeError):
            continue
    return entries


def outstanding(entries: Iterable[JournalEntry], location_id: str, target: str) -> list[str]:
    """Invoices the journal says were created in this location on this target and never deleted, in order."""
    created: list[str] = []
    deleted: set[str] = set()
    for entry in entries:
        if entry.location_id != location_id or entry.target != target:
            continue
        if entry.event == "created" and entry.invoice_id not in created:
            created.append(entry.invoice_id)
        elif entry.event in ("deleted", "gone"):
            deleted.add(entry.invoice_id)
    return [i for i in created if i not in deleted]


def _header(scope: Scope, name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == name), "")


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class LedgerMiddleware:
    """ASGI middleware keeping `ledger` true to the target's answers; see the module docstring."""

    def __init__(self, app: ASGIApp, ledger: InvoiceLedger, *, live: bool) -> None:
        self.app = app
        self.ledger = ledger
        self.live = live

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
            self.ledger.note_answer(token_refusal(status, answer))
        if 200 <= status < 300 and on_answer is not None:
            on_answer(answer)

    def _before(self, call: LiveCall) -> Callable[[bytes], None] | None:
        """Refuse what may not go out; return what to learn from a successful answer."""
        card = call.card
        if card.effect is Effect.CREATE:
            if not card.is_update(call.body) and self.ledger.creates_left() == 0:
                self.ledger.refuse(
                    f"a create beyond the create budget of {self.ledger.max_creates} (CONTRACT_MAX_CREATES)"
                )
            return lambda answer: self._learn_created(card, answer)
        names, invoice_id = call.named_invoice()
        if card.effect is Effect.DELETE and names and isinstance(invoice_id, str):
            if self.live and not self.ledger.owns(invoice_id):
                self.ledger.refuse(f"a delete of invoice {invoice_id!r}, which this run did not create")
            return lambda answer: self.ledger.note_deleted(invoice_id)
        return None

    def _learn_created(self, card: Card, answer: bytes) -> None:
        invoice_id = card.invoice_id_in_answer(json_answer(answer))
        if invoice_id:
            self.ledger.note_created(invoice_id)
