"""Write a run's reports (Markdown summary and sanitized HAR) under the reports directory."""

from __future__ import annotations

import hypothesis

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
        seed=str(FIXED_SEED) if profile_is_deterministic() else "random (not derandomized)",
        requests_sent=guard.sent,
        blocked=tuple(guard.blocked),
        abort_reason=guard.abort_reason,
    )


def write_reports(run: Run, tests_failed: int) -> None:
    directory = run.settings.reports_dir
    directory.mkdir(parents=True, exist_ok=True)
    text = markdown(run.results, facts_of(run), tests_failed)
    (directory / MARKDOWN_NAME).write_text(run.target.recorder.redactor.text(text), encoding="utf-8")
    write_har(directory / HAR_NAME, run.target.recorder.exchanges())
