"""Write a run's reports under the reports directory: the Markdown summary, the HTML page, JUnit XML, the full text
of every failure, the sanitized, compressed HAR recording, and `contract-outcome.json`, the outcome they all show.
Every text passes the run's redactor.

`conclude` decides the run's outcome once (`outcome.judge`); every writer, the console and the exit status read it.
A run that cannot start (bad settings, an unwritable reports directory, an unreachable server) gets the same
reports, as a setup error, from `write_setup_error`, so no report of an earlier run is left to be mistaken for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import hypothesis

from contract_tests.record import CURATED_SPEC, discrepancies, proof_instances
from contract_tests.suite import docs_verdicts
from contract_tests.suite.html_report import render
from contract_tests.suite.junit import junit_xml
from contract_tests.suite.outcome import OUTCOME_NAME, RunOutcome, judge, setup_error, write_outcome
from contract_tests.suite.recording import RecordedTarget, Redactor, write_har
from contract_tests.suite.reproduction import for_settings
from contract_tests.suite.results import Preflight, RunResults
from contract_tests.suite.runtime import Run
from contract_tests.suite.schemas import FIXED_SEED, profile_is_deterministic, raw_curated
from contract_tests.suite.session_log import FAILURES_NAME, SessionLog
from contract_tests.suite.summary import RunFacts, markdown

MARKDOWN_NAME = "contract-report.md"
HTML_NAME = "contract-report.html"
HAR_NAME = "recording.har.gz"
JUNIT_NAME = "junit.xml"
# What one run writes; a new run removes them first (never docs-drift's reports or the invoice journal).
RUN_REPORTS = (MARKDOWN_NAME, HTML_NAME, HAR_NAME, JUNIT_NAME, FAILURES_NAME, OUTCOME_NAME)
STOPPED_EARLY = "not run: the run stopped before it ({status})"


def facts_of(run: Run) -> RunFacts:
    guard, figures = run.target.guard, run.results.figures
    profile = hypothesis.settings.get_current_profile_name()
    setup = setup_problem(run)
    abort = None if setup else run.target.abort_reason
    stopped = "setup error" if setup else "aborted" if abort else None
    return RunFacts(
        target=run.target.description,
        spec=run.settings.spec,
        profile=profile,
        seed=seed_text(run),
        requests_sent=guard.sent,
        blocked=tuple(guard.blocked),
        abort_reason=abort,
        entries=tuple((e.id, str(e.proof.get("kind", "?"))) for e in proof_instances(run.raw_spec())),
        sizing=run.sizing.describe(),
        retries_after_429=run.target.backoff.retries,
        waited_after_429=run.target.backoff.waited,
        unanswered_429=run.target.backoff.gave_up,
        paced_requests=run.target.pacing.waits,
        paced_seconds=run.target.pacing.waited,
        created=figures.created,
        deleted=figures.deleted,
        gone=figures.gone,
        left_behind=figures.left_behind,
        reconciled=figures.reconciled,
        unconfirmed=figures.unconfirmed,
        cleanup_requests=figures.cleanup_requests,
        recorded=len(run.target.recorder),
        preflight=_preflight_text(figures.preflight),
        reports_dir=str(run.settings.reports_dir),
        setup_problem=setup,
        **({"missing_proof": STOPPED_EARLY.format(status=stopped)} if stopped else {}),
    )


def setup_problem(run: Run) -> str | None:
    """Why the run could not judge the vendor: the preflight's refusal, or a token refused again and again."""
    preflight = run.results.figures.preflight
    if preflight.status == "failed":
        return f"the preflight failed, no case ran: {preflight.detail}"
    if run.target.credentials_refused:
        return run.target.abort_reason
    return None


def settle_docs_proofs(run: Run, env: Mapping[str, str] | None = None) -> None:
    """Record the `vendor-docs` proofs' verdicts from the docs-drift report of the same job (or why there is none)."""
    report = docs_verdicts.read_report(run.settings.reports_dir, CURATED_SPEC, env)
    for outcome in docs_verdicts.verdicts(run.entries(), report):
        run.results.record_proof(outcome)


def conclude(run: Run, tests_failed: int) -> RunOutcome:
    """The run's outcome, decided once and kept on the run."""
    facts = facts_of(run)
    run.outcome = judge(
        run.results,
        facts.proof_rows(run.results),
        tests_failed=tests_failed,
        setup_problem=facts.setup_problem,
        abort_reason=facts.abort_reason,
        left_behind=facts.left_behind,
        unconfirmed=facts.unconfirmed,
    )
    return run.outcome


def _preflight_text(preflight: Preflight) -> str | None:
    """The preflight verdict as the reports show it, or None where no preflight ran."""
    if preflight.status == "not run":
        return None
    return f"{preflight.status}: {preflight.detail}" if preflight.detail else preflight.status


def seed_text(run: Run) -> str:
    if profile_is_deterministic():
        return str(FIXED_SEED)
    if run.settings.seed is not None:
        return f"{run.settings.seed} (random; reproduce with CONTRACT_SEED={run.settings.seed})"
    return "random, not recorded (run through scripts/contract.py to get one)"


def remove_previous(directory: Path) -> None:
    """Remove an earlier run's reports, so that none is read as this run's."""
    for name in RUN_REPORTS:
        (directory / name).unlink(missing_ok=True)


def write_reports(run: Run, outcome: RunOutcome, log: SessionLog | None = None) -> None:
    directory = run.settings.reports_dir
    directory.mkdir(parents=True, exist_ok=True)
    redact = run.target.recorder.redactor.text
    facts = facts_of(run)
    outcomes = log.outcomes if log is not None else []
    _write_texts(directory, run.results, facts=facts, outcome=outcome, redact=redact, log=log)
    page = render(run.results, facts, outcome, outcomes=outcomes, reports_dir=directory, redact=redact)
    (directory / HTML_NAME).write_text(page, encoding="utf-8")
    junit = junit_xml(
        outcomes,
        run.results,
        outcome,
        proofs=facts.proof_rows(run.results),
        redact=redact,
        properties={"invoices": facts.invoice_figures()},
    )
    (directory / JUNIT_NAME).write_bytes(junit)
    if log is not None:
        reproduction = for_settings(run.settings)
        log.write_failures(
            directory / FAILURES_NAME,
            redact=redact,
            reproduce=reproduction.apply,
            preamble=reproduction.preamble(),
            none=_no_failures(outcome),
        )
    target = RecordedTarget(run.settings.target, run.settings.base_url)
    write_har(directory / HAR_NAME, run.target.recorder.exchanges(), target=target)


def _write_texts(
    directory: Path,
    results: RunResults,
    *,
    facts: RunFacts,
    outcome: RunOutcome,
    redact: Callable[[str], str],
    log: SessionLog | None,
) -> None:
    (directory / MARKDOWN_NAME).write_text(redact(markdown(results, facts, outcome)), encoding="utf-8")
    write_outcome(directory, outcome, redact)
    if log is None:
        (directory / FAILURES_NAME).write_text(redact(_no_failures(outcome)), encoding="utf-8")


def _no_failures(outcome: RunOutcome) -> str:
    """failures.txt of a run without a failing test: a setup error or an abort still says why."""
    if outcome.status == "setup error":
        return f"No test ran: setup error: {outcome.cause}\n"
    if outcome.status == "aborted":
        return f"No test failed, but the run was aborted: {outcome.cause}\n"
    return "No failures.\n"


def write_setup_error(
    directory: Path, cause: str, *, secrets: tuple[str, ...] = (), target: str = "not determined", spec: str = "?"
) -> RunOutcome:
    """The reports of a run that could not start: every one names the setup error and its cause."""
    outcome = setup_error(cause)
    redact = Redactor(secrets).text
    entries = tuple((e.id, str(e.proof.get("kind", "?"))) for e in discrepancies(raw_curated()))
    facts = RunFacts(
        target=target,
        spec=spec,
        profile=hypothesis.settings.get_current_profile_name(),
        seed="none (no case ran)",
        requests_sent=0,
        blocked=(),
        abort_reason=None,
        entries=entries,
        reports_dir=str(directory),
        setup_problem=cause,
        missing_proof=STOPPED_EARLY.format(status="setup error"),
    )
    results = RunResults()
    results.finish()
    _write_texts(directory, results, facts=facts, outcome=outcome, redact=redact, log=None)
    (directory / HTML_NAME).write_text(render(results, facts, outcome, reports_dir=directory, redact=redact), "utf-8")
    junit = junit_xml([], results, outcome, proofs=facts.proof_rows(results), redact=redact)
    (directory / JUNIT_NAME).write_bytes(junit)
    return outcome
