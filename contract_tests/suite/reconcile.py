"""Reconciliation: the drafts of creates whose answers were lost, found through the list's search and get.

A create is journaled as pending before it leaves (`ledger.py`) and its answer confirms it. When no answer came (a
timeout, a reset, a 5xx, a killed run), a draft may exist whose id the run never learned. Pinning stamps the run's
id into every draft's name, so the list operation's `search` for that id finds every draft the run made (the
`search_drafts` card, page by page); each one the run does not already know is read with the get operation (the
`read_drafts` card) and taken as the run's only when that answer says so itself: an invoice in the run's location,
whose name carries the run's id, still a draft. The ledger then learns it (journaled `created`, `reconciled`), so
does every guard that asks (the cleanup may delete it), and it is deleted with the run's other drafts. A pending
create whose invoice number matches a found draft is the one it confirms; the others stay pending and are reported:
the server may still make the draft later, and `make cleanup` searches again.

The run's own teardown reconciles (`runtime.Run.cleanup`), and so does `make cleanup` for the pending creates of a
crashed run's journal. Nothing another run or a person made can carry this run's id, so nothing foreign is touched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from contract_tests.operations import registry
from contract_tests.operations.card import Card, is_invoice_id
from contract_tests.suite.ledger import PendingCreate
from contract_tests.suite.scenarios import ScenarioContext

PAGE_SIZE = 100
MAX_PAGES = 20  # 2,000 drafts of one run: far beyond any create budget
DRAFT_STATUS = "draft"
REQUESTS_PER_PENDING = 4  # a search page and a get or two per lost create, for the cleanup's request budget


@dataclass
class Reconciliation:
    found: list[str] = field(default_factory=list)  # drafts of the run found, now in its ledger
    not_found: list[str] = field(default_factory=list)  # pending creates no draft was found for
    problems: list[str] = field(default_factory=list)


def _json(response: Any) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _listed(answer: object) -> list[Mapping[str, Any]]:
    invoices = answer.get("invoices") if isinstance(answer, dict) else None
    return [i for i in invoices if isinstance(i, dict)] if isinstance(invoices, list) else []


def _search(ctx: ScenarioContext, card: Card, run_id: str, outcome: Reconciliation) -> list[str]:
    """The ids of every listed invoice whose name carries `run_id`, all pages."""
    found: list[str] = []
    for page in range(MAX_PAGES):
        request = card.request(ctx)
        query = {**(request.query or {}), "search": run_id, "limit": str(PAGE_SIZE), "offset": str(page * PAGE_SIZE)}
        response = ctx.send(dataclasses.replace(request, query=query))
        if not 200 <= response.status_code < 300:
            outcome.problems.append(f"searching for {run_id} answered {response.status_code}: {response.text[:200]}")
            break
        invoices = _listed(_json(response))
        for invoice in invoices:
            invoice_id, name = invoice.get("_id"), invoice.get("name")
            if is_invoice_id(invoice_id) and isinstance(name, str) and run_id in name and invoice_id not in found:
                found.append(str(invoice_id))
        if len(invoices) < PAGE_SIZE:
            break
    return found


def _the_runs_draft(
    ctx: ScenarioContext, card: Card, invoice_id: str, run_id: str, outcome: Reconciliation
) -> Mapping[str, Any] | None:
    """The invoice as get reads it, when it is a draft of this run in its location; else None (reported)."""
    response = ctx.send(card.request(ctx, invoice=invoice_id))
    if not 200 <= response.status_code < 300:
        outcome.problems.append(f"{invoice_id}: reading it answered {response.status_code}; left alone")
        return None
    invoice = card.invoice_in_answer(_json(response))
    if invoice is None:
        outcome.problems.append(f"{invoice_id}: reading it gave no invoice; left alone")
        return None
    name, location, status = invoice.get("name"), invoice.get("altId"), invoice.get("status")
    if location != ctx.pins.location_id or not isinstance(name, str) or run_id not in name or status != DRAFT_STATUS:
        outcome.problems.append(
            f"{invoice_id}: listed for {run_id} but its own answer says location {location!r}, status {status!r}; "
            "not the run's draft, left alone"
        )
        return None
    return invoice


def reconcile(
    ctx: ScenarioContext, pending: Iterable[PendingCreate], learn: Callable[[str], None] = lambda _id: None
) -> Reconciliation:
    """Find the drafts of `pending` creates (see the module docstring); `learn` is told each one found."""
    outcome = Reconciliation()
    pending = list(pending)
    if not pending:
        return outcome
    search, read = registry.search_drafts(), registry.read_drafts()
    if search is None or read is None:
        outcome.not_found = [p.key for p in pending]
        outcome.problems.append("no list and get operations to search with: the pending creates stay unconfirmed")
        return outcome
    ledger = ctx.pins.invoices
    for run_id in dict.fromkeys(p.run_id for p in pending):
        mine = [p for p in pending if p.run_id == run_id]
        try:
            candidates = [i for i in _search(ctx, search, run_id, outcome) if not ledger.owns(i)]
            for invoice_id in candidates:
                invoice = _the_runs_draft(ctx, read, invoice_id, run_id, outcome)
                if invoice is None:
                    continue
                number = invoice.get("invoiceNumber")
                key = _matching(mine, str(number) if isinstance(number, (str, int)) else None)
                ledger.note_reconciled(invoice_id, key.key if key is not None else None)
                if key is not None:
                    mine.remove(key)
                learn(invoice_id)
                outcome.found.append(invoice_id)
        except Exception as error:  # the server lost, the guard's stop: the rest stay pending
            outcome.problems.append(f"reconciling {run_id} stopped: {type(error).__name__}: {error}")
    still = {p.key for p in ledger.unconfirmed()}
    outcome.not_found = [p.key for p in pending if p.key in still]
    return outcome


def _matching(pending: list[PendingCreate], number: str | None) -> PendingCreate | None:
    """The pending create a found draft confirms: the one that carried its number, else the oldest left."""
    same = [p for p in pending if number is not None and p.invoice_number == number]
    return same[0] if same else (pending[0] if pending else None)
