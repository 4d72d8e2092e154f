"""The end-of-run summary: console lines (readable at 80 columns in a CI log) and the Markdown report.

The console shows the verdict and figures first, then one block per operation with a line per check, the
discrepancy record grouped by status, and each new violation and failing test in at most a few lines, wrapped at
word boundaries; the full texts are in the Markdown report and `failures.txt`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from contract_tests.suite.check_selection import EXCLUDED_CHECKS, UNCONFIGURED_CHECKS
from contract_tests.suite.outcome import RunOutcome
from contract_tests.suite.results import NOT_RUN, ProofOutcome, RunResults
from contract_tests.suite.tolerated import TOLERATED


@dataclass(frozen=True)
class RunFacts:
    target: str
    spec: str
    profile: str
    seed: str
    requests_sent: int
    blocked: tuple[str, ...]
    abort_reason: str | None
    # Every proof of the record (id, proof kind), in record order: one per entry, one per operation of a rule.
    entries: tuple[tuple[str, str], ...] = ()
    sizing: str = ""
    retries_after_429: int = 0
    waited_after_429: float = 0.0
    unanswered_429: int = 0
    paced_requests: int = 0  # requests held back for the server's burst window (its X-RateLimit-* headers)
    paced_seconds: float = 0.0
    # The run's invoices as the guard saw them on the wire (created by a 2xx text2pay, removed by a 2xx DELETE).
    created: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    left_behind: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()  # answered "already gone" at cleanup: not deleted by the run
    reconciled: tuple[str, ...] = ()  # created, their answers lost: found through list and get
    unconfirmed: tuple[str, ...] = ()  # creates whose answers were lost and whose drafts no search found
    preflight: str | None = None  # the suite's preflight verdict, when the results carry one
    reports_dir: str = "reports"
    cleanup_requests: int = 0  # sent by the cleanup after the run, through a guard of its own
    recorded: int | None = None  # exchanges in the recording (every request of the run and of the cleanup)
    setup_problem: str | None = None  # why the run could not judge the vendor (settings, server, credentials)
    missing_proof: str = NOT_RUN  # what a record entry without an outcome says

    def invoice_figures(self, show: int | None = None) -> str:
        """Created, deleted, already gone and left behind (with the ids left behind: the first `show`, or all);
        created = deleted + already gone + left behind."""
        left = f"left behind {len(self.left_behind)}"
        if self.left_behind:
            ids = list(self.left_behind[:show] if show is not None else self.left_behind)
            more = len(self.left_behind) - len(ids)
            left += f" ({', '.join(ids)}{f' and {more} more, listed in the report' if more else ''})"
        found = ""
        if self.reconciled:
            found = (
                f" ({len(self.reconciled)} found by reconciliation, their answers lost: {', '.join(self.reconciled)})"
            )
        gone = f", already gone {len(self.gone)}" if self.gone else ""
        lost = ""
        if self.unconfirmed:
            lost = (
                f"; {len(self.unconfirmed)} create(s) whose answer was lost and whose draft no search found "
                f"({', '.join(self.unconfirmed)}): `make cleanup` searches again"
            )
        return f"created {len(self.created)}{found}, deleted {len(self.deleted)}{gone}, {left}{lost}"

    def request_figures(self) -> str:
        """Requests sent by the run and by the cleanup, and the exchanges the recording holds."""
        total = self.requests_sent + self.cleanup_requests
        parts = f"{total} request{'' if total == 1 else 's'}"
        if self.cleanup_requests:
            parts += f" ({self.requests_sent} by the run, {self.cleanup_requests} by the cleanup)"
        if self.recorded is not None:
            parts += f"; {self.recorded} exchanges recorded"
        return parts

    def proof_rows(self, results: RunResults) -> list[ProofOutcome]:
        return results.proof_rows(self.entries, missing=self.missing_proof)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


OUTCOME_NOTES = {
    "passed": "every selected check ran and held",
    "failed": "see the violations, proofs and failing tests below",
    "setup error": "the run could not judge the vendor: nothing below is a verdict about the API",
    "aborted": "the run stopped mid-way: what it judged before is below, the rest was not run",
}


def outcome_lines(outcome: RunOutcome) -> list[str]:
    """The outcome's own lines, under the headline: its status and exit code, then what was not judged."""
    note = OUTCOME_NOTES[outcome.status]
    if outcome.status == "passed" and outcome.not_judged:
        note = "every check that ran held; what it could not judge is named in the headline"
    lines = [f"outcome: {outcome.status} (exit {outcome.exit_code}): {note}"]
    if outcome.status != "passed":  # a passing headline names them already
        lines += [f"not judged: {item}" for item in outcome.not_judged]
    return lines


def markdown(results: RunResults, facts: RunFacts, outcome: RunOutcome) -> str:
    lines = [
        "# Contract run",
        "",
        f"**{_cell(outcome.headline)}**",
        "",
        *[f"- {_cell(line)}" for line in outcome_lines(outcome)],
        f"- target: {facts.target}",
        f"- spec: {facts.spec}; Hypothesis profile `{facts.profile}`; seed {facts.seed}",
        f"- cases: {results.total_cases} in {results.elapsed:.1f} s ({results.cases_per_second:.1f} cases/s); "
        f"{facts.request_figures()}",
        f"- invoices: {facts.invoice_figures()}",
    ]
    if facts.preflight:
        lines.append(f"- preflight: {_cell(facts.preflight)}")
    if facts.sizing:
        lines.append(f"- examples: {facts.sizing}")
    if facts.paced_requests:
        lines.append(
            f"- paced: {facts.paced_requests} request(s) waited {facts.paced_seconds:.1f} s for the server's "
            "rate-limit window"
        )
    if facts.retries_after_429 or facts.unanswered_429:
        lines.append(
            f"- rate limited: {facts.retries_after_429} request(s) retried after a 429 "
            f"({facts.waited_after_429:.1f} s waited); {facts.unanswered_429} 429(s) passed on after the retries"
        )
    lines += [
        "",
        "## Checks per operation",
        "",
        "Only checks that had something to judge are counted (e.g. `negative_data_rejection` on negative cases only);",
        "a check that applied to no case of an operation is not listed for it.",
        "",
        "| operation | check | passed | failed |",
        "|---|---|---:|---:|",
    ]
    rows = results.check_rows()
    lines += [f"| {op} | {check} | {ok} | {bad} |" for op, check, ok, bad in rows]
    if not rows:
        lines = [*lines[:-2], "No check ran."]
    lines += ["", "## New violations", ""]
    new = results.new_violations()
    news = [f"- **{v.operation}** `{v.check}`: {_cell(v.title)}: {_cell(v.message)}" for v in new]
    news += [f"- **proof {p.entry_id}** contradicted: {_cell(p.detail)}" for p in results.proofs_with("contradicted")]
    lines += news or ["None."]
    explained = results.explained_violations()
    if explained:
        ids = explained_ids(results)
        lines += ["", "## Differences explained by the discrepancy record", ""]
        lines += [f"Explained by {len(ids)} entr{'y' if len(ids) == 1 else 'ies'}: {', '.join(ids)}.", ""]
        lines += [f"- {v.operation} `{v.check}`: {_cell(v.title)} ({', '.join(v.explained_by)})" for v in explained]
    lines += ["", "## Discrepancy record", "", "| entry | proof | status | detail |", "|---|---|---|---|"]
    lines += [f"| {p.entry_id} | {p.kind} | {p.status} | {_cell(p.detail)} |" for p in facts.proof_rows(results)]
    lines += ["", "## Excluded and tolerated", ""]
    lines += [f"- excluded `{name}`: {reason}" for name, reason in EXCLUDED_CHECKS.items()]
    lines += [f"- not configured `{name}`: {reason}" for name, reason in UNCONFIGURED_CHECKS.items()]
    lines += [f"- tolerated {what}: {reason}" for what, reason in TOLERATED.items()]
    if facts.blocked:
        lines += ["", "## Blocked by the live-safety guard", ""] + [f"- {_cell(b)}" for b in facts.blocked]
    return "\n".join(lines) + "\n"


def explained_ids(results: RunResults) -> list[str]:
    """Every entry id that explains at least one as-documented difference, sorted, each once."""
    return sorted({i for v in results.explained_violations() for i in v.explained_by})


# Console layout -----------------------------------------------------------------------------------------------

STATUS_STYLE = {"present": "green", "resolved": "yellow", "unproven": "dim", "contradicted": "red", "not run": "dim"}
DETAIL_LINES = 3  # a violation or failure shows at most this many lines; the report has the rest


@dataclass(frozen=True)
class Line:
    text: str
    style: str = ""


def _wrap(text: str, width: int, indent: int, *, max_lines: int | None = None, first: str = "") -> list[Line]:
    """`text` wrapped at word boundaries (never inside a word: a word longer than the line stays whole)."""
    prefix = " " * indent
    lines = textwrap.wrap(
        " ".join(text.split()),
        width=max(width, indent + 20),
        initial_indent=prefix + first,
        subsequent_indent=prefix + "  ",
        break_long_words=False,
        break_on_hyphens=False,
        max_lines=max_lines,
        placeholder=" [...]",
    )
    return [Line(line) for line in lines] or [Line(prefix + first)]


def console_lines(
    results: RunResults,
    facts: RunFacts,
    outcome: RunOutcome,
    *,
    width: int = 80,
    failures: Sequence[tuple[str, str]] = (),
) -> list[Line]:
    """The summary as lines of at most `width` columns (bar single words longer than a line).

    `failures`: (test title, one-line reason) of each failing test.
    """
    style = "bold green" if outcome.status == "passed" else "bold red"
    out = [Line(line.text, style) for line in _wrap(outcome.headline, width, 0, first="Contract run: ")]
    out += _wrap(f"{facts.target}; {facts.spec} spec; Hypothesis profile {facts.profile}; seed {facts.seed}", width, 2)
    out += _wrap(
        f"{results.total_cases} cases in {results.elapsed:.1f} s ({results.cases_per_second:.0f} cases/s); "
        f"{facts.request_figures()}",
        width,
        2,
    )
    out += _wrap(f"invoices: {facts.invoice_figures(show=3)}", width, 2)
    if facts.preflight and outcome.status != "setup error":  # a refusal is the headline's cause already
        out += _wrap(f"preflight: {facts.preflight}", width, 2)
    if facts.paced_requests:
        out += _wrap(
            f"paced: {facts.paced_requests} requests waited {facts.paced_seconds:.1f} s for the rate-limit window",
            width,
            2,
        )
    for line in outcome_lines(outcome):
        out += _wrap(line, width, 2)
    if facts.retries_after_429 or facts.unanswered_429:
        out += _wrap(
            f"rate limited: {facts.retries_after_429} retries after a 429 ({facts.waited_after_429:.1f} s "
            f"waited), {facts.unanswered_429} 429(s) passed on",
            width,
            2,
        )
    out += _checks(results, width)
    if outcome.status == "setup error":
        out += [Line(""), Line(f"Discrepancy record: {len(facts.entries)} entries, none proven (setup error)", "dim")]
    else:
        out += _proofs(results, facts, width)
    out += _violations(results, width)
    if failures:
        out += [Line("")]
        heading = f"Failing tests: {len(failures)} (full text in {facts.reports_dir}/failures.txt)"
        out += [Line(line.text, "red") for line in _wrap(heading, width, 0)]
        for title, reason in failures:
            out += _wrap(reason or "failed", width, 2, max_lines=DETAIL_LINES, first=f"{title}: ")
    out += [Line("")]
    out += _wrap(
        f"Reports: {facts.reports_dir}/contract-report.md, contract-report.html, junit.xml, failures.txt, "
        "recording.har.gz",
        width,
        0,
    )
    out += [Line(line.text, style) for line in _wrap(outcome.headline, width, 0)]
    return out


def _checks(results: RunResults, width: int) -> list[Line]:
    rows = results.check_rows()
    if not rows:
        return []
    out = [Line(""), Line("Checks per operation (cases judged)", "bold")]
    name_width = max(len(check) for _, check, _, _ in rows)
    name_width = min(name_width, max(width - 28, 20))
    current = None
    for op, check, ok, bad in rows:
        if op != current:
            out += _wrap(op, width, 2)
            current = op
        figures = f"{ok:>6} passed" + (f" {bad:>5} failed" if bad else "")
        out.append(Line(f"    {check:<{name_width}} {figures}", "red" if bad else ""))
    return out


def _proofs(results: RunResults, facts: RunFacts, width: int) -> list[Line]:
    rows = facts.proof_rows(results)
    if not rows:
        return []
    by_status: dict[str, list[ProofOutcome]] = {}
    for row in rows:
        by_status.setdefault(row.status, []).append(row)
    order = ("contradicted", "resolved", "unproven", "present", "not run")
    counts = ", ".join(f"{len(by_status[s])} {s}" for s in order if s in by_status)
    out = [Line(""), Line(f"Discrepancy record: {counts}", "bold")]
    for status in order:
        group = by_status.get(status, [])
        if not group:
            continue
        if status == "present":
            out += [
                Line(line.text, STATUS_STYLE[status])
                for line in _wrap(", ".join(p.entry_id for p in group), width, 2, first=f"{status}: ")
            ]
            continue
        if status == "not run":  # grouped by reason, said once: the reason is the news
            reasons: dict[str, list[str]] = {}
            for proof in group:
                reasons.setdefault(proof.detail, []).append(proof.entry_id)
            for reason, ids in reasons.items():
                out += [
                    Line(line.text, STATUS_STYLE[status]) for line in _wrap(f"not run ({len(ids)}): {reason}", width, 2)
                ]
                out += [Line(line.text, STATUS_STYLE[status]) for line in _wrap(", ".join(ids), width, 4)]
            continue
        out.append(Line(f"  {status}:", STATUS_STYLE[status]))
        for proof in group:
            detail = proof.detail.removeprefix(f"{proof.entry_id}: ")
            out += _wrap(detail, width, 4, max_lines=DETAIL_LINES, first=f"{proof.entry_id}: ")
    return out


def _violations(results: RunResults, width: int) -> list[Line]:
    new = results.new_violations()
    contradicted = results.proofs_with("contradicted")
    explained = results.explained_violations()
    out: list[Line] = []
    if new or contradicted:
        out += [Line(""), Line(f"New violations: {len(new) + len(contradicted)}", "bold red")]
        for v in new:
            out += _wrap(f"{v.operation} {v.check}", width, 2)
            out += _wrap(f"{v.title}: {v.message}", width, 4, max_lines=DETAIL_LINES)
        for p in contradicted:
            detail = p.detail.removeprefix(f"{p.entry_id}: ")
            out += _wrap(f"proof {p.entry_id} contradicted: {detail}", width, 2, max_lines=DETAIL_LINES)
    if explained:
        ids = explained_ids(results)
        out += [Line(""), Line(f"Differences explained by the record: {len(explained)}", "yellow")]
        out += _wrap(f"by {len(ids)} entries: {', '.join(ids)}", width, 2)
    return out


def print_summary(
    console: Console,
    results: RunResults,
    facts: RunFacts,
    outcome: RunOutcome,
    failures: Sequence[tuple[str, str]] = (),
) -> None:
    width = min(console.width, 100)
    for line in console_lines(results, facts, outcome, width=width, failures=failures):
        console.print(Text(line.text, style=line.style), soft_wrap=True, highlight=False)
