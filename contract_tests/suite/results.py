"""What a run found: cases per operation, pass/fail per operation and check, distinct violations, proof outcomes,
and the run's figures (requests, creates, deletes, invoices left behind, the preflight verdict).

Schemathesis' `after_validate` hook feeds `record_checks`; the proof tests feed `record_proof`; the run fills
`figures` at its end. One `RunResults` lives per process (see `runtime.py`), and the reporters render it.
"""

from __future__ import annotations

import contextlib
import json
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

ProofStatus = Literal["present", "resolved", "unproven", "contradicted", "not run"]


PreflightStatus = Literal["passed", "failed", "not run"]
NOT_RUN = "not run: not selected in this session, or the run stopped before it"


def quote_answer(text: str, width: int) -> str:
    """An answer as a report quotes it: whole when it fits in `width`, else cut at a word boundary (`[...]`), never
    mid-word; compact JSON is spaced first (`, `, `: `) so that it has word boundaries to cut at."""
    with contextlib.suppress(ValueError, RecursionError):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return textwrap.shorten(text, width, placeholder=" [...]")


@dataclass(frozen=True)
class Preflight:
    """The verdict of the read-only call made before any case: the credentials, scope, location and Version."""

    status: PreflightStatus = "not run"
    detail: str = ""
    cause: str = ""  # on failure: expired-or-invalid-token, missing-scope, wrong-location, version, unreachable, ...


@dataclass
class RunFigures:
    """What the run did to the target, for the reports (`live` renders them)."""

    requests: int = 0
    create_budget: int | None = None  # CONTRACT_MAX_CREATES; None: unlimited
    created: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()  # the cleanup's deletes answered "already gone": gone, but not deleted by the run
    reconciled: tuple[str, ...] = ()  # created, whose create's answer was lost: found through list and get
    unconfirmed: tuple[str, ...] = ()  # creates sent whose answer was lost and whose draft no search found
    left_behind: tuple[str, ...] = ()
    cleanup_requests: int = 0
    cleanup_problems: tuple[str, ...] = ()  # deletes that failed, with the answer
    preflight: Preflight = field(default_factory=Preflight)

    @property
    def creates(self) -> int:
        return len(self.created)

    @property
    def deletes(self) -> int:
        return len(self.deleted)

    def describe(self) -> str:
        budget = "unlimited" if self.create_budget is None else str(self.create_budget)
        behind = f"left behind {len(self.left_behind)}" + (
            f" ({', '.join(self.left_behind)})" if self.left_behind else ""
        )
        found = (
            f"; {len(self.reconciled)} found by reconciliation, their answers lost: {', '.join(self.reconciled)}"
            if self.reconciled
            else ""
        )
        gone = f", already gone {len(self.gone)}" if self.gone else ""
        lost = (
            f"; {len(self.unconfirmed)} create(s) sent whose answer was lost and whose draft no search found "
            f"({', '.join(self.unconfirmed)}): `make cleanup` searches again"
            if self.unconfirmed
            else ""
        )
        return f"created {self.creates} (budget {budget}{found}), deleted {self.deletes}{gone}, {behind}{lost}"


@dataclass(frozen=True)
class Violation:
    operation: str
    check: str
    title: str
    message: str
    spec: str = "curated"
    explained_by: tuple[str, ...] = ()
    where: str = ""  # the field a response-schema failure is at (e.g. /invoice/total), else ""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """One violation per spec, operation, check, title and field: each drifted field reported once."""
        return (self.spec, self.operation, self.check, self.title, self.where)

    @property
    def is_new(self) -> bool:
        return not self.explained_by


@dataclass(frozen=True)
class ProofOutcome:
    entry_id: str
    kind: str
    status: ProofStatus
    detail: str


@dataclass
class RunResults:
    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None
    cases: Counter[str] = field(default_factory=Counter)
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Checks run on answers that refused the run's own credentials: they judged nothing about the vendor.
    unproven: Counter[tuple[str, str]] = field(default_factory=Counter)
    violations: dict[tuple[str, str, str, str, str], Violation] = field(default_factory=dict)
    proofs: dict[str, ProofOutcome] = field(default_factory=dict)
    abort_reason: str | None = None
    figures: RunFigures = field(default_factory=RunFigures)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record_case(self, operation: str) -> None:
        with self._lock:
            self.cases[operation] += 1

    def record_checks(self, operation: str, outcomes: Iterable[tuple[str, bool]], *, unproven: bool = False) -> None:
        """Count each check's pass or failure; `unproven`: the answer refused the run's credentials, so the checks
        count as unproven, neither passed nor failed."""
        with self._lock:
            for check, ok in outcomes:
                counter = self.unproven if unproven else self.passed if ok else self.failed
                counter[(operation, check)] += 1

    def record_violation(self, violation: Violation) -> None:
        with self._lock:
            self.violations.setdefault(violation.key, violation)

    def record_proof(self, outcome: ProofOutcome) -> None:
        with self._lock:
            self.proofs[outcome.entry_id] = outcome

    def finish(self) -> None:
        self.finished = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return (self.finished or time.perf_counter()) - self.started

    @property
    def total_cases(self) -> int:
        return sum(self.cases.values())

    @property
    def cases_per_second(self) -> float:
        return self.total_cases / self.elapsed if self.elapsed > 0 else 0.0

    def new_violations(self) -> list[Violation]:
        return [v for v in self.violations.values() if v.is_new]

    def explained_violations(self) -> list[Violation]:
        return [v for v in self.violations.values() if not v.is_new]

    def proofs_with(self, status: ProofStatus) -> list[ProofOutcome]:
        return [p for p in self.proofs.values() if p.status == status]

    def proof_rows(self, entries: Iterable[tuple[str, str]], missing: str = NOT_RUN) -> list[ProofOutcome]:
        """One row per entry of the record (id, proof kind), in record order: its outcome, or `not run` with the
        reason `missing`."""
        entries = list(entries)
        rows = [self.proofs.get(i) or ProofOutcome(i, kind, "not run", missing) for i, kind in entries]
        known = {i for i, _ in entries}
        return rows + [p for i, p in self.proofs.items() if i not in known]

    def check_rows(self) -> list[tuple[str, str, int, int]]:
        keys = sorted(set(self.passed) | set(self.failed))
        return [(op, check, self.passed[(op, check)], self.failed[(op, check)]) for op, check in keys]

    def check_status(self, operation: str, check: str) -> Literal["passed", "failed", "unproven", "not run"]:
        """A check's verdict for an operation: failed once, passed once, else unproven if it only saw answers that
        refused the run's credentials."""
        key = (operation, check)
        if self.failed[key]:
            return "failed"
        if self.passed[key]:
            return "passed"
        return "unproven" if self.unproven[key] else "not run"

    def unproven_checks(self) -> list[tuple[str, str]]:
        """(operation, check) pairs that saw only refusals of the run's credentials."""
        return sorted(k for k in self.unproven if not self.passed[k] and not self.failed[k])
