"""Cleanup: delete every draft the run created (the ledger's), before the run ends, on success, failure and abort.

The deletes go out through a guarded stack of their own in front of the same server (`cleanup_context`): the
run's guard may have stopped it (an abort refuses every later request), and the run's request budget may be spent;
the cleanup has a budget of its own sized to its deletes. The ledger is the run's, so each delete is journaled and
only invoices the run created may be deleted (in live mode the ledger refuses any other).

`make cleanup` (scripts/cleanup.py) runs the same deletes for the invoices a crashed run's journal lists.

Each invoice is tried on its own: an id that is not an invoice id is reported and never sent, a delete the guard or
the ledger refuses is reported and the next one still tried; only once the cleanup's own stack has stopped (the
server lost, the token refused three times in a row) are the rest reported as not attempted. An invoice the target
no longer knows counts as gone (`gone`), not as deleted.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from contract_tests.operations import registry
from contract_tests.operations.card import is_invoice_id
from contract_tests.suite.ledger import LedgerRefusalError
from contract_tests.suite.live_guard import RunStoppedError, UnsafeRequestError
from contract_tests.suite.pinning import Pins
from contract_tests.suite.reconcile import REQUESTS_PER_PENDING
from contract_tests.suite.recording import Recorder
from contract_tests.suite.results import quote_answer
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import RunSettings
from contract_tests.suite.targets import Target, backed_off, wrap

# Attempts per invoice are bounded by the backoff (429s); the budget allows a few requests per delete beyond one.
REQUESTS_PER_DELETE = 3
ANSWER_SHOWN = 300  # characters of an answer a problem quotes, cut at a word boundary


@dataclass
class CleanupOutcome:
    attempted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # answered "already gone": not deleted by this cleanup
    refused: list[str] = field(default_factory=list)  # not sent: not an invoice id, or refused by the guard
    problems: list[str] = field(default_factory=list)
    requests: int = 0


def cleanup_context(
    settings: RunSettings, target: Target, pins: Pins, recorder: Recorder, deletes: int, *, pending: int = 0
) -> ScenarioContext:
    """A scenario context bound to a fresh guarded stack in front of `target`'s server, sharing its ledger; its
    budget covers `deletes` deletes and the reconciliation of `pending` creates (each may add a delete)."""
    budget = REQUESTS_PER_DELETE * (deletes + pending) + REQUESTS_PER_PENDING * pending + 1
    app, guard = wrap(target.inner, settings, recorder, target.ledger, max_requests=budget)
    if target.forwarder is not None:
        app, _ = backed_off(app, target.forwarder, settings)
    document = spec_document("curated")
    schema = build_schema(copy.deepcopy(document), app, config=suite_config())
    context = ScenarioContext(settings, schema, pins, document)
    context.guard = guard
    return context


def delete_all(ctx: ScenarioContext, invoice_ids: Iterable[str]) -> CleanupOutcome:
    """Delete each invoice; what could not be deleted is named in `problems` (and stays in the ledger's
    left-behind list). An invoice the target no longer knows (the deleting card's refusal that says so) counts as
    gone (`gone`), not as deleted."""
    outcome = CleanupOutcome()
    ledger = ctx.pins.invoices
    card = registry.cleanup()
    for invoice_id in invoice_ids:
        outcome.attempted.append(invoice_id)
        if not is_invoice_id(invoice_id):
            outcome.refused.append(str(invoice_id))
            outcome.problems.append(f"{invoice_id!r}: not an invoice id (24 hex digits); refused, never sent")
            continue
        stopped = ctx.guard.stop_reason() if ctx.guard is not None else None
        if stopped is not None:
            outcome.problems.append(f"{invoice_id}: not attempted (the cleanup stopped: {stopped})")
            continue
        try:
            response = ctx.send(card.request(ctx, invoice=invoice_id))
        except RunStoppedError as error:
            outcome.problems.append(f"{invoice_id}: not attempted ({error})")
            continue
        except (UnsafeRequestError, LedgerRefusalError) as error:  # refused: reported; a guard's refusal stops it
            outcome.refused.append(invoice_id)
            outcome.problems.append(f"{invoice_id}: refused, never sent ({error})")
            continue
        except Exception as error:  # the server lost: the cleanup's stack stops, the rest are reported
            outcome.problems.append(f"{invoice_id}: not deleted ({type(error).__name__}: {error})")
            continue
        if 200 <= response.status_code < 300:
            outcome.deleted.append(invoice_id)
            continue
        text = quote_answer(response.text, ANSWER_SHOWN)
        refusal = card.refusal(response.status_code, _message(response))
        if refusal is not None and refusal.gone:
            ledger.note_gone(invoice_id)
            outcome.gone.append(invoice_id)
            outcome.problems.append(f"{invoice_id}: already gone ({response.status_code} {text})")
            continue
        outcome.problems.append(f"{invoice_id}: the delete answered {response.status_code} {text}")
    outcome.requests = ctx.guard.sent if ctx.guard is not None else 0
    return outcome


def _message(response: Any) -> object:
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("message") if isinstance(body, dict) else None
