"""One nightly outcome from the reports the contract run and `make docs-drift` leave in `reports/`.

Each part (the contract run, the docs-drift comparison) is green or red with one failure class. The contract
run's verdict is the outcome it wrote (`contract-outcome.json`: passed, failed, setup error or aborted, with its
cause), checked against its exit status (`contract-exit-code`, written by `make contract`); docs-drift's is in
`docs-drift.json`. The classes are the ones a reader acts on differently:

| class | means | who acts |
|---|---|---|
| vendor drift | the API answered other than the spec says (or a recorded discrepancy changed) | update spec/record |
| docs drift | the vendor's published OpenAPI changed against the record | update the record |
| bad setup | settings, token, test location or an unreadable source: no verdict about the vendor | fix the secrets |
| aborted | the run stopped mid-way (live-safety guard, request budget, lost server) | read the report |

The Markdown goes to the job summary; the issue text is the same, cut at a section boundary to fit an issue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from contract_tests.suite.outcome import OUTCOME_NAME, RunOutcome, read_outcome

FailureClass = Literal["vendor drift", "docs drift", "bad setup", "aborted"]

CONTRACT_EXIT_FILE = "contract-exit-code"
CONTRACT_REPORT = "contract-report.md"
DOCS_DRIFT_JSON = "docs-drift.json"
DOCS_DRIFT_REPORT = "docs-drift.md"
ISSUE_LABEL = "nightly-contract"
ISSUE_BODY_LIMIT = 60_000  # GitHub refuses issue bodies and comments over 65,536 characters

CONTRACT_CLASSES: dict[int, FailureClass] = {1: "vendor drift", 2: "bad setup", 3: "aborted"}
CONTRACT_MEANINGS = {
    0: "passed",
    1: "new violation, changed discrepancy or failing test",
    2: "bad settings, token or test location, or an unreachable server",
    3: "aborted mid-run",
}
DOCS_CLASSES: dict[str, FailureClass | None] = {
    "ok": None,
    "fixed-in-docs": "docs drift",
    "new-in-docs": "docs drift",
    "error": "bad setup",
}


@dataclass(frozen=True)
class Part:
    name: str
    exit_code: int | None
    failure: FailureClass | None
    headline: str

    @property
    def result(self) -> str:
        code = "no exit code" if self.exit_code is None else f"exit {self.exit_code}"
        return f"{code}: {self.headline}"


OUTCOME_CLASSES: dict[str, FailureClass | None] = {
    "passed": None,
    "failed": "vendor drift",
    "setup error": "bad setup",
    "aborted": "aborted",
}


def contract_part(exit_code: int | None, outcome: RunOutcome | None) -> Part:
    """The contract run's part: its own outcome, when its exit status agrees; never green without one."""
    if exit_code is None:
        return Part("contract run", None, "bad setup", "the run left no exit code (it did not start; see the log)")
    if outcome is None:
        meaning = CONTRACT_MEANINGS.get(exit_code, "the runner itself failed")
        failure = CONTRACT_CLASSES.get(exit_code, "bad setup" if exit_code == 0 else "aborted")
        return Part("contract run", exit_code, failure, f"{meaning}; the run wrote no {OUTCOME_NAME} (see the log)")
    if outcome.exit_code != exit_code:
        headline = (
            f"the exit status {exit_code} disagrees with {OUTCOME_NAME} ({outcome.headline}): "
            "the reports are not this run's"
        )
        return Part("contract run", exit_code, CONTRACT_CLASSES.get(exit_code, "bad setup"), headline)
    return Part("contract run", exit_code, OUTCOME_CLASSES[outcome.status], outcome.headline)


def docs_drift_part(report: dict[str, Any] | None, problem: str | None = None) -> Part:
    if report is None:
        return Part("docs drift", None, "bad setup", problem or "docs-drift wrote no report")
    status = str(report.get("status", "error"))
    code = report.get("exit_code")
    exit_code = code if isinstance(code, int) else None
    findings = [f for f in report.get("findings", []) if isinstance(f, dict)]
    counts: dict[str, int] = {}
    for finding in findings:
        counts[str(finding.get("class"))] = counts.get(str(finding.get("class")), 0) + 1
    drift = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()) if kind in ("new-in-docs", "fixed-in-docs"))
    failure = DOCS_CLASSES.get(status, "bad setup")
    if failure is None and exit_code not in (0, None):
        failure = "bad setup"
    if status == "error":
        headline = f"no comparison: {report.get('error') or 'source unreadable or bad settings'}"
    else:
        headline = f"{status}" + (f" ({drift})" if drift else "") + f"; vendor file: {report.get('vendor_source', '?')}"
    return Part("docs drift", exit_code, failure, headline)


@dataclass(frozen=True)
class Outcome:
    parts: tuple[Part, ...]
    contract_report: str | None = None
    docs_report: str | None = None
    run_url: str | None = None

    @property
    def red(self) -> bool:
        return any(p.failure is not None for p in self.parts)

    @property
    def classes(self) -> list[FailureClass]:
        seen: list[FailureClass] = []
        for part in self.parts:
            if part.failure is not None and part.failure not in seen:
                seen.append(part.failure)
        return seen

    @property
    def title(self) -> str:
        if not self.red:
            return "Nightly contract check: green"
        return f"Nightly contract check failed: {', '.join(self.classes)}"

    def sections(self) -> list[str]:
        state = "RED (" + ", ".join(self.classes) + ")" if self.red else "GREEN"
        head = [f"# Nightly contract check: {state}", "", "| part | result | failure class |", "|---|---|---|"]
        head += [f"| {p.name} | {_cell(p.result)} | {p.failure or '-'} |" for p in self.parts]
        if self.run_url:
            head += ["", f"Run: {self.run_url} (reports, recording and HTML report in its artifact)"]
        sections = ["\n".join(head)]
        if self.contract_report:
            sections.append(_demote(self.contract_report))
        if self.docs_report:
            sections.append(_demote(self.docs_report))
        return sections

    def markdown(self) -> str:
        return "\n\n".join(self.sections()) + "\n"

    def issue_body(self, limit: int = ISSUE_BODY_LIMIT) -> str:
        """The summary, whole sections only, within `limit` characters (the rest is in the run's artifact)."""
        note = "\n\n_The rest of the report did not fit in an issue: see the run's job summary and artifact._\n"
        kept: list[str] = []
        for section in self.sections():
            candidate = "\n\n".join([*kept, section])
            if len(candidate) + len(note) > limit:
                text = "\n\n".join(kept) if kept else section[: limit - len(note)]
                return text + note
            kept.append(section)
        return "\n\n".join(kept) + "\n"

    def as_json(self) -> dict[str, Any]:
        return {
            "red": self.red,
            "classes": self.classes,
            "title": self.title,
            "parts": [
                {"name": p.name, "exit_code": p.exit_code, "class": p.failure, "result": p.result} for p in self.parts
            ],
        }


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _demote(markdown: str) -> str:
    """A report's headings one level down, so the nightly title stays the only top-level heading."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.strip().splitlines())


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_exit_code(path: Path) -> int | None:
    text = _read_text(path)
    try:
        return int(text.strip()) if text is not None else None
    except ValueError:
        return None


def read_docs_drift(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    text = _read_text(path)
    if text is None:
        return None, f"{path.name} is missing: docs-drift did not run or could not write its report"
    try:
        data = json.loads(text)
    except ValueError as error:
        return None, f"{path.name} is not JSON ({error})"
    if not isinstance(data, dict):
        return None, f"{path.name} is not a JSON object"
    return data, None


def collect(reports: Path, *, run_url: str | None = None, docs_drift: bool = True) -> Outcome:
    """The outcome of the reports in `reports` (docs drift left out when `docs_drift` is False)."""
    contract_report = _read_text(reports / CONTRACT_REPORT)
    parts = [contract_part(read_exit_code(reports / CONTRACT_EXIT_FILE), read_outcome(reports))]
    docs_report = None
    if docs_drift:
        data, problem = read_docs_drift(reports / DOCS_DRIFT_JSON)
        parts.append(docs_drift_part(data, problem))
        docs_report = _read_text(reports / DOCS_DRIFT_REPORT)
    return Outcome(tuple(parts), contract_report, docs_report, run_url)
