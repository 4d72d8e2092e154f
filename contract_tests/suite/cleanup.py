"""Cleanup: delete every draft the run created (the ledger's), before the run ends, on success, failure and abort.

The deletes go out through a guarded stack of their own in front of the same server (`cleanup_context`): the
run's guard may have stopped it (an abort refuses every later request), and the run's request budget may be spent;
the cleanup has a budget of its own sized to its deletes. The ledger is the run's, so each delete is journaled and
only invoices the run created may be deleted (in live mode the ledger refuses any other).

`make cleanup` (scripts/cleanup.py) runs the same deletes for the invoices a crashed run's journal lists.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from contract_tests.operations import registry
from contract_tests.suite.pinning import Pins
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
    gone: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    requests: int = 0


def cleanup_context(
    settings: RunSettings, target: Target, pins: Pins, recorder: Recorder, deletes: int
) -> ScenarioContext:
    """A scenario context bound to a fresh guarded stack in front of `target`'s server, sharing its ledger."""
    app, guard = wrap(target.inner, settings, recorder, target.ledger, max_requests=REQUESTS_PER_DELETE * deletes + 1)
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
        try:
            response = ctx.send(card.request(ctx, invoice=invoice_id))
        except Exception as error:  # unreachable server, the cleanup's own guard: the rest cannot go out either
            outcome.problems.append(f"{invoice_id}: not deleted ({type(error).__name__}: {error})")
            break
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
