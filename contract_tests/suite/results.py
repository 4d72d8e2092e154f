"""What a run found: cases per operation, pass/fail per operation and check, distinct violations, proof outcomes.

Schemathesis' `after_validate` hook feeds `record_checks`; the proof tests feed `record_proof`. One `RunResults`
lives per process (see `runtime.py`), and `summary.py` renders it.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

ProofStatus = Literal["present", "resolved", "unproven", "contradicted", "not run"]


@dataclass(frozen=True)
class Violation:
    operation: str
    check: str
    title: str
    message: str
    spec: str = "curated"
    explained_by: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.spec, self.operation, self.check, self.title)

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
    violations: dict[tuple[str, str, str, str], Violation] = field(default_factory=dict)
    proofs: dict[str, ProofOutcome] = field(default_factory=dict)
    abort_reason: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record_case(self, operation: str) -> None:
        with self._lock:
            self.cases[operation] += 1

    def record_checks(self, operation: str, outcomes: Iterable[tuple[str, bool]]) -> None:
        with self._lock:
            for check, ok in outcomes:
                (self.passed if ok else self.failed)[(operation, check)] += 1

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

    def proof_rows(self, entries: Iterable[tuple[str, str]]) -> list[ProofOutcome]:
        """One row per entry of the record (id, proof kind), in record order: its outcome, or `not run`."""
        entries = list(entries)
        rows = [
            self.proofs.get(i) or ProofOutcome(i, kind, "not run", "not run in this session") for i, kind in entries
        ]
        known = {i for i, _ in entries}
        return rows + [p for i, p in self.proofs.items() if i not in known]

    def check_rows(self) -> list[tuple[str, str, int, int]]:
        keys = sorted(set(self.passed) | set(self.failed))
        return [(op, check, self.passed[(op, check)], self.failed[(op, check)]) for op, check in keys]
