"""The run as one self-contained HTML page, for people who would rather look than read (Jinja2).

The page shows the verdict and the live-run figures (requests, invoices created, deleted, left behind), an
operation x check matrix, new violations, the discrepancy record with each verdict, and the docs-drift findings
when `reports/docs-drift.json` is there. This module builds the view; the template only lays it out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from contract_tests.suite.check_selection import EXCLUDED_CHECKS, UNCONFIGURED_CHECKS
from contract_tests.suite.outcome import RunOutcome
from contract_tests.suite.results import RunResults
from contract_tests.suite.session_log import TestOutcome
from contract_tests.suite.summary import RunFacts, explained_ids, outcome_lines
from contract_tests.suite.tolerated import TOLERATED

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.jinja"
DOCS_DRIFT_JSON = "docs-drift.json"
PROOF_ORDER = ("contradicted", "resolved", "unproven", "present", "not run")
# docs-drift's classes in the order the page shows them; the failing ones open, the others collapsed.
DRIFT_CLASSES = ("new-in-docs", "fixed-in-docs", "expected", "cosmetic")
FAILING_DRIFT = ("new-in-docs", "fixed-in-docs")
DETAIL_LIMIT = 240  # a longer proof detail is collapsed behind its first words (cut at a word boundary)


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    bad: bool = False


@dataclass(frozen=True)
class Cell:
    passed: int
    failed: int


def matrix(results: RunResults) -> dict[str, Any]:
    """Operations as rows, checks as columns; a cell is None where the check judged no case of the operation."""
    rows = results.check_rows()
    checks = sorted({check for _, check, _, _ in rows})
    operations = sorted({op for op, _, _, _ in rows})
    cells = {(op, check): Cell(ok, bad) for op, check, ok, bad in rows}
    return {
        "checks": checks,
        "rows": [{"operation": op, "cells": [cells.get((op, check)) for check in checks]} for op in operations],
    }


def figures(results: RunResults, facts: RunFacts) -> list[Figure]:
    out = [
        Figure("cases", str(results.total_cases)),
        Figure("requests sent", str(facts.requests_sent + facts.cleanup_requests)),
        Figure("seconds", f"{results.elapsed:.1f}"),
        Figure("invoices created", str(len(facts.created))),
        Figure("invoices deleted", str(len(facts.deleted))),
        *([Figure("already gone", str(len(facts.gone)))] if facts.gone else []),
        Figure("left behind", str(len(facts.left_behind)), bad=bool(facts.left_behind)),
        *([Figure("found by reconciliation", str(len(facts.reconciled)))] if facts.reconciled else []),
        *([Figure("creates unconfirmed", str(len(facts.unconfirmed)), bad=True)] if facts.unconfirmed else []),
        Figure("new violations", str(len(results.new_violations())), bad=bool(results.new_violations())),
    ]
    if facts.blocked:
        out.append(Figure("blocked by the guard", str(len(facts.blocked)), bad=True))
    if facts.retries_after_429:
        out.append(Figure("retries after 429", str(facts.retries_after_429)))
    return out


def docs_drift(reports_dir: Path) -> dict[str, Any] | None:
    """The docs-drift report beside this run's, with when it was written, or None."""
    path = reports_dir / DOCS_DRIFT_JSON
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        written = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    findings = [f for f in data.get("findings", []) if isinstance(f, dict)]
    groups = [
        {"class": klass, "findings": [f for f in findings if f.get("class") == klass], "open": klass in FAILING_DRIFT}
        for klass in DRIFT_CLASSES
    ]
    other = [f for f in findings if f.get("class") not in DRIFT_CLASSES]
    if other:
        groups.append({"class": "other", "findings": other, "open": True})
    return {
        "status": "?",
        "exit_code": "?",
        "vendor_source": "?",
        "error": None,
        "not_compared": [],
        **data,
        "findings": findings,
        "groups": [g for g in groups if g["findings"]],
        "written": written,
    }


def render(
    results: RunResults,
    facts: RunFacts,
    outcome: RunOutcome,
    *,
    outcomes: Sequence[TestOutcome] = (),
    reports_dir: Path | None = None,
    redact: Callable[[str], str] = lambda text: text,
) -> str:
    proofs = facts.proof_rows(results)
    counts = [(s, sum(1 for p in proofs if p.status == s)) for s in PROOF_ORDER]
    notes = [f"examples: {facts.sizing}"] if facts.sizing else []
    if facts.preflight:
        notes.append(f"preflight: {facts.preflight}")
    notes += [f"blocked by the live-safety guard: {b}" for b in facts.blocked]
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )
    page = environment.get_template(TEMPLATE).render(
        verdict=outcome.label,
        headline=outcome.headline,
        verdict_class=outcome.status.replace(" ", "-"),
        outcome_lines=outcome_lines(outcome),
        cause=outcome.cause,
        target=facts.target,
        spec=facts.spec,
        profile=facts.profile,
        seed=facts.seed,
        written=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        figures=figures(results, facts),
        left_behind=facts.left_behind,
        invoice_figures=facts.invoice_figures(),
        notes=notes,
        matrix=matrix(results),
        violations=[
            {"operation": v.operation, "check": v.check, "text": f"{v.title}: {v.message}"}
            for v in results.new_violations()
        ]
        + [
            {
                "operation": "proof",
                "check": p.entry_id,
                "text": f"contradicted: {p.detail.removeprefix(p.entry_id + ': ')}",
            }
            for p in results.proofs_with("contradicted")
        ],
        explained=results.explained_violations(),
        explained_ids=explained_ids(results),
        failing_tests=[o for o in outcomes if o.outcome == "failed"],
        proof_counts=[(s, n) for s, n in counts if n],
        proofs=proofs,
        docs_drift=docs_drift(reports_dir) if reports_dir is not None else None,
        detail_limit=DETAIL_LIMIT,
        left_out=[f"excluded {name}: {why}" for name, why in EXCLUDED_CHECKS.items()]
        + [f"not configured {name}: {why}" for name, why in UNCONFIGURED_CHECKS.items()]
        + [f"tolerated {what}: {why}" for what, why in TOLERATED.items()],
    )
    return redact(page)
