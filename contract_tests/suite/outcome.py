"""How a contract run ended, decided in one place: passed, failed, setup error or aborted.

Every writer takes its verdict from a `RunOutcome`: the console summary, the Markdown and HTML reports, JUnit, the
run's exit status, and (through `contract-outcome.json` in the reports directory) the nightly summary and issue.

- setup error: the run could not judge the vendor (bad settings, an unreachable server, a token, scope or
  location the target refuses, at the preflight or again and again mid-run); the cause is given whole.
- aborted: the run stopped mid-way (the live-safety guard, a budget, a server lost); the reason is given whole.
- failed: a new violation, a contradicted or resolved proof, a failing test, a draft left behind, a create whose
  answer was lost and whose draft no search found.
- passed: every selected check ran and held. What the run selected but could not judge (a proof unproven
  against this target, a `vendor-docs` proof without a docs-drift verdict from the same job) is named beside the
  verdict, never counted as a success.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from contract_tests.suite.results import ProofOutcome, RunResults

Status = Literal["passed", "failed", "setup error", "aborted"]
STATUSES: tuple[Status, ...] = ("passed", "failed", "setup error", "aborted")
EXIT_CODES: dict[Status, int] = {"passed": 0, "failed": 1, "setup error": 2, "aborted": 3}
LABELS: dict[Status, str] = {"passed": "PASSED", "failed": "FAILED", "setup error": "SETUP ERROR", "aborted": "ABORTED"}
OUTCOME_NAME = "contract-outcome.json"


@dataclass(frozen=True)
class RunOutcome:
    status: Status
    reasons: tuple[str, ...] = ()  # failed: each problem; setup error, aborted: the cause, whole
    not_judged: tuple[str, ...] = ()  # what the run selected but could not judge, each with its reason

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    @property
    def label(self) -> str:
        return LABELS[self.status]

    @property
    def cause(self) -> str:
        """Why the run could not give a verdict (setup error, aborted), else ""."""
        return "; ".join(self.reasons) if self.status in ("setup error", "aborted") else ""

    @property
    def headline(self) -> str:
        """`PASSED`, `FAILED: 2 new violation(s)`, `SETUP ERROR: <cause>`, `ABORTED: <reason>`; a passing run
        that could not judge everything says so: `PASSED; not judged: ...`."""
        head = f"{self.label}: {'; '.join(self.reasons)}" if self.reasons else self.label
        if self.status == "passed" and self.not_judged:
            head += f"; not judged: {'; '.join(self.not_judged)}"
        return head

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "headline": self.headline,
            "cause": self.cause,
            "reasons": list(self.reasons),
            "not_judged": list(self.not_judged),
        }

    @classmethod
    def from_json(cls, data: object) -> RunOutcome | None:
        """The outcome a run wrote, or None for anything that is not one."""
        if not isinstance(data, dict) or data.get("status") not in STATUSES:
            return None
        reasons, not_judged = data.get("reasons", []), data.get("not_judged", [])
        if not isinstance(reasons, list) or not isinstance(not_judged, list):
            return None
        status = cast(Status, data["status"])
        return cls(status, tuple(str(r) for r in reasons), tuple(str(n) for n in not_judged))


def setup_error(cause: str) -> RunOutcome:
    return RunOutcome("setup error", (cause,))


def judge(
    results: RunResults,
    proofs: list[ProofOutcome],
    *,
    tests_failed: int,
    setup_problem: str | None = None,
    abort_reason: str | None = None,
    left_behind: tuple[str, ...] = (),
    unconfirmed: tuple[str, ...] = (),
) -> RunOutcome:
    """The run's outcome from what it found; `proofs`: one row per record entry (`RunResults.proof_rows`)."""
    if setup_problem:
        return setup_error(setup_problem)
    if abort_reason:
        return RunOutcome("aborted", (abort_reason,))
    problems = []
    new, contradicted = len(results.new_violations()), sum(1 for p in proofs if p.status == "contradicted")
    if new or contradicted:
        of_which = f", {contradicted} of them contradicted proof(s)" if contradicted else ""
        problems.append(f"{new + contradicted} new violation(s){of_which}")
    resolved = sum(1 for p in proofs if p.status == "resolved")
    if resolved:
        problems.append(f"{resolved} resolved discrepancy(ies) to update in the record")
    if left_behind:
        problems.append(f"{len(left_behind)} draft(s) left behind ({', '.join(left_behind)}); `make cleanup`")
    if unconfirmed:
        problems.append(
            f"{len(unconfirmed)} create(s) whose answer was lost and whose draft no search found "
            f"({', '.join(unconfirmed)}); `make cleanup` searches again"
        )
    if tests_failed and not problems:
        problems.append(f"{tests_failed} failing test(s)")
    return RunOutcome("failed" if problems else "passed", tuple(problems), not_judged(results, proofs))


def not_judged(results: RunResults, proofs: list[ProofOutcome]) -> tuple[str, ...]:
    """What the run selected and could not judge, counted, with the ids (the reports give each one's reason)."""
    out = []
    unproven = [p.entry_id for p in proofs if p.status == "unproven"]
    if unproven:
        out.append(f"{len(unproven)} proof(s) unproven ({', '.join(unproven)})")
    reasons: dict[str, int] = {}
    for proof in proofs:
        if proof.status == "not run":
            reasons[proof.detail] = reasons.get(proof.detail, 0) + 1
    out += [f"{n} proof(s): {reason}" for reason, n in reasons.items()]
    checks = results.unproven_checks()
    if checks:
        out.append(f"{len(checks)} check(s) saw only refusals of the run's credentials")
    return tuple(out)


def write_outcome(directory: Path, outcome: RunOutcome, redact: Callable[[str], str] = lambda text: text) -> None:
    text = json.dumps(outcome.as_json(), indent=2, ensure_ascii=False) + "\n"
    (directory / OUTCOME_NAME).write_text(redact(text), encoding="utf-8")


def read_outcome(directory: Path) -> RunOutcome | None:
    try:
        data = json.loads((directory / OUTCOME_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return RunOutcome.from_json(data)
