"""Write a run's reports under the reports directory: the Markdown summary, the HTML page, JUnit XML, the full text
of every failure, and the sanitized, compressed HAR recording. Every text passes the run's redactor."""

from __future__ import annotations

import hypothesis

from contract_tests.record import discrepancies
from contract_tests.suite.html_report import render
from contract_tests.suite.junit import junit_xml
from contract_tests.suite.recording import RecordedTarget, write_har
from contract_tests.suite.results import Preflight
from contract_tests.suite.runtime import Run
from contract_tests.suite.schemas import FIXED_SEED, profile_is_deterministic
from contract_tests.suite.session_log import FAILURES_NAME, SessionLog
from contract_tests.suite.summary import RunFacts, markdown

MARKDOWN_NAME = "contract-report.md"
HTML_NAME = "contract-report.html"
HAR_NAME = "recording.har.gz"
JUNIT_NAME = "junit.xml"


def facts_of(run: Run) -> RunFacts:
    guard, figures = run.target.guard, run.results.figures
    profile = hypothesis.settings.get_current_profile_name()
    return RunFacts(
        target=run.target.description,
        spec=run.settings.spec,
        profile=profile,
        seed=seed_text(run),
        requests_sent=guard.sent,
        blocked=tuple(guard.blocked),
        abort_reason=run.target.abort_reason,
        entries=tuple((e.id, str(e.proof.get("kind", "?"))) for e in discrepancies(run.raw_spec())),
        sizing=run.sizing.describe(),
        retries_after_429=run.target.backoff.retries,
        waited_after_429=run.target.backoff.waited,
        unanswered_429=run.target.backoff.gave_up,
        paced_requests=run.target.pacing.waits,
        paced_seconds=run.target.pacing.waited,
        created=figures.created,
        deleted=figures.deleted,
        left_behind=figures.left_behind,
        gone=figures.gone,
        reconciled=figures.reconciled,
        unconfirmed=figures.unconfirmed,
        preflight=_preflight_text(figures.preflight),
        reports_dir=str(run.settings.reports_dir),
    )


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


def write_reports(run: Run, tests_failed: int, log: SessionLog | None = None) -> None:
    directory = run.settings.reports_dir
    directory.mkdir(parents=True, exist_ok=True)
    redact = run.target.recorder.redactor.text
    facts = facts_of(run)
    outcomes = log.outcomes if log is not None else []
    text = markdown(run.results, facts, tests_failed)
    (directory / MARKDOWN_NAME).write_text(redact(text), encoding="utf-8")
    page = render(run.results, facts, tests_failed, outcomes=outcomes, reports_dir=directory, redact=redact)
    (directory / HTML_NAME).write_text(page, encoding="utf-8")
    entries = [entry_id for entry_id, _ in facts.entries]
    (directory / JUNIT_NAME).write_bytes(
        junit_xml(
            outcomes, run.results, entries=entries, redact=redact, properties={"invoices": facts.invoice_figures()}
        )
    )
    if log is not None:
        log.write_failures(directory / FAILURES_NAME, redact=redact)
    target = RecordedTarget(run.settings.target, run.settings.base_url)
    write_har(directory / HAR_NAME, run.target.recorder.exchanges(), target=target)
