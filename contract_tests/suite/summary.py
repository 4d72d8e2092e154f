"""The end-of-run summary: a terminal table (rich) and the Markdown report, from one `RunResults`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from contract_tests.suite.check_selection import EXCLUDED_CHECKS, UNCONFIGURED_CHECKS
from contract_tests.suite.results import RunResults
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
    entries: tuple[tuple[str, str], ...] = ()  # every discrepancy entry (id, proof kind), in record order
    sizing: str = ""
    retries_after_429: int = 0
    waited_after_429: float = 0.0
    unanswered_429: int = 0


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def verdict(results: RunResults, facts: RunFacts, tests_failed: int) -> str:
    if facts.abort_reason:
        return f"ABORTED: {facts.abort_reason}"
    problems = []
    new, contradicted = len(results.new_violations()), len(results.proofs_with("contradicted"))
    if new or contradicted:
        of_which = f", {contradicted} of them contradicted proof(s)" if contradicted else ""
        problems.append(f"{new + contradicted} new violation(s){of_which}")
    if results.proofs_with("resolved"):
        problems.append(f"{len(results.proofs_with('resolved'))} resolved discrepancy(ies) to update in the record")
    if tests_failed and not problems:
        problems.append(f"{tests_failed} failing test(s)")
    return "FAILED: " + "; ".join(problems) if problems else "PASSED"


def markdown(results: RunResults, facts: RunFacts, tests_failed: int) -> str:
    lines = [
        "# Contract run",
        "",
        f"**{verdict(results, facts, tests_failed)}**",
        "",
        f"- target: {facts.target}",
        f"- spec: {facts.spec}; Hypothesis profile `{facts.profile}`; seed {facts.seed}",
        f"- cases: {results.total_cases} in {results.elapsed:.1f} s ({results.cases_per_second:.1f} cases/s); "
        f"requests sent: {facts.requests_sent}",
    ]
    if facts.sizing:
        lines.append(f"- examples: {facts.sizing}")
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
    lines += [f"| {op} | {check} | {ok} | {bad} |" for op, check, ok, bad in results.check_rows()]
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
    rows = results.proof_rows(facts.entries)
    lines += [f"| {p.entry_id} | {p.kind} | {p.status} | {_cell(p.detail)} |" for p in rows]
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


def _table(title: str, columns: Iterable[str]) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def print_summary(console: Console, results: RunResults, facts: RunFacts, tests_failed: int) -> None:
    checks = _table("Checks per operation", ("operation", "check", "passed", "failed"))
    for op, check, ok, bad in results.check_rows():
        checks.add_row(op, check, str(ok), f"[red]{bad}[/red]" if bad else "0")
    console.print(checks)
    proofs = _table("Discrepancy record", ("entry", "status", "detail"))
    colours = {"present": "green", "resolved": "yellow", "unproven": "dim", "contradicted": "red", "not run": "dim"}
    rows = results.proof_rows(facts.entries)
    for p in rows:
        proofs.add_row(p.entry_id, f"[{colours[p.status]}]{p.status}[/]", p.detail[:100])
    if rows:
        console.print(proofs)
    for v in results.new_violations():
        console.print(f"[red]new violation[/red] {v.operation} {v.check}: {v.title}: {v.message[:200]}")
    for p in results.proofs_with("contradicted"):
        console.print(f"[red]new violation[/red] proof {p.entry_id} contradicted: {p.detail[:200]}")
    for v in results.explained_violations():
        console.print(f"[yellow]recorded[/yellow] {v.operation} {v.check}: {v.title} ({', '.join(v.explained_by)})")
    if results.explained_violations():
        ids = explained_ids(results)
        console.print(f"explained by {len(ids)} record entries: {', '.join(ids)}")
    if facts.retries_after_429 or facts.unanswered_429:
        console.print(
            f"rate limited: {facts.retries_after_429} retries after 429 ({facts.waited_after_429:.1f} s waited), "
            f"{facts.unanswered_429} 429(s) passed on"
        )
    console.print(
        f"{results.total_cases} cases in {results.elapsed:.1f} s ({results.cases_per_second:.1f} cases/s), "
        f"{facts.requests_sent} requests to {facts.target}"
    )
    style = "green" if verdict(results, facts, tests_failed) == "PASSED" else "red"
    console.print(f"[bold {style}]{verdict(results, facts, tests_failed)}[/]")
