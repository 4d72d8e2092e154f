"""Write a run's reports (Markdown summary and sanitized HAR) under the reports directory."""

from __future__ import annotations

import hypothesis

from contract_tests.record import discrepancies
from contract_tests.suite.recording import write_har
from contract_tests.suite.runtime import Run
from contract_tests.suite.schemas import FIXED_SEED, profile_is_deterministic
from contract_tests.suite.summary import RunFacts, markdown

MARKDOWN_NAME = "contract-report.md"
HAR_NAME = "recording.har"
JUNIT_NAME = "junit.xml"


def facts_of(run: Run) -> RunFacts:
    guard = run.target.guard
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
    )


def seed_text(run: Run) -> str:
    if profile_is_deterministic():
        return str(FIXED_SEED)
    if run.settings.seed is not None:
        return f"{run.settings.seed} (random; reproduce with CONTRACT_SEED={run.settings.seed})"
    return "random, not recorded (run through scripts/contract.py to get one)"


def write_reports(run: Run, tests_failed: int) -> None:
    directory = run.settings.reports_dir
    directory.mkdir(parents=True, exist_ok=True)
    text = markdown(run.results, facts_of(run), tests_failed)
    (directory / MARKDOWN_NAME).write_text(run.target.recorder.redactor.text(text), encoding="utf-8")
    write_har(directory / HAR_NAME, run.target.recorder.exchanges())
