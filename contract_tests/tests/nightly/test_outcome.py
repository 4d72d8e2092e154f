"""The nightly verdict: each exit code and docs-drift status lands in its failure class, and the texts fit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.nightly.outcome import Outcome, collect, contract_part, docs_drift_part
from contract_tests.suite.outcome import RunOutcome, setup_error, write_outcome

REPO_ROOT = Path(__file__).resolve().parents[3]
REPORT = "# Contract run\n\n**FAILED: 1 new violation(s)**\n\n- target: live API\n\n## New violations\n\n- x\n"
FAILED = RunOutcome("failed", ("1 new violation(s)",))
PASSED = RunOutcome("passed")
OUTCOMES = {0: PASSED, 1: FAILED, 2: setup_error("the token was refused"), 3: RunOutcome("aborted", ("budget",))}


def drift(status: str, exit_code: int, *classes: str) -> dict[str, object]:
    findings = [
        {"class": c, "path": "/p", "entry": None, "documented": 1, "vendor": 2, "message": "m"} for c in classes
    ]
    return {
        "exit_code": exit_code,
        "status": status,
        "vendor_source": "https://vendor/invoices.json",
        "findings": findings,
    }


@pytest.mark.parametrize(
    ("code", "failure"), [(0, None), (1, "vendor drift"), (2, "bad setup"), (3, "aborted"), (None, "bad setup")]
)
def test_contract_outcomes_map_to_failure_classes(code: int | None, failure: str | None) -> None:
    assert contract_part(code, OUTCOMES.get(code) if code is not None else None).failure == failure


@pytest.mark.parametrize(("code", "failure"), [(0, "bad setup"), (1, "vendor drift"), (2, "bad setup"), (4, "aborted")])
def test_without_the_runs_outcome_the_exit_code_decides_and_nothing_is_green(code: int, failure: str) -> None:
    part = contract_part(code, None)
    assert part.failure == failure
    assert "wrote no contract-outcome.json" in part.headline


def test_an_outcome_of_another_run_is_not_believed() -> None:
    part = contract_part(2, PASSED)  # a stale PASSED beside a run that stopped with a setup error
    assert part.failure == "bad setup"
    assert "not this run's" in part.headline


def test_the_contract_headline_is_the_runs_outcome() -> None:
    assert contract_part(1, FAILED).headline == "FAILED: 1 new violation(s)"


def test_a_setup_error_names_its_cause_whole_in_the_summary_and_the_issue(tmp_path: Path) -> None:
    cause = (
        "the preflight failed, no case ran: HIGHLEVEL_TOKEN was refused as a private integration token that is "
        "mistyped or revoked: copy it again from the sub-account's settings (the target answered 401 'Invalid "
        "Private Integration token')"
    )
    (tmp_path / "contract-exit-code").write_text("2\n")
    write_outcome(tmp_path, setup_error(cause))
    outcome = collect(tmp_path, docs_drift=False)
    assert outcome.classes == ["bad setup"]
    assert f"exit 2: SETUP ERROR: {cause}" in outcome.markdown()
    assert cause in outcome.issue_body()
    assert "PASSED" not in outcome.markdown()


@pytest.mark.parametrize(
    ("report", "failure"),
    [
        (drift("ok", 0, "expected", "cosmetic"), None),
        (drift("new-in-docs", 1, "new-in-docs", "expected"), "docs drift"),
        (drift("fixed-in-docs", 1, "fixed-in-docs"), "docs drift"),
        ({"exit_code": 2, "status": "error", "vendor_source": "x", "error": "HTTP 404", "findings": []}, "bad setup"),
        (None, "bad setup"),
    ],
)
def test_docs_drift_statuses_map_to_failure_classes(report: dict[str, object] | None, failure: str | None) -> None:
    assert docs_drift_part(report).failure == failure


def test_docs_drift_headline_counts_the_drift_and_names_the_source() -> None:
    part = docs_drift_part(drift("new-in-docs", 1, "new-in-docs", "new-in-docs", "expected"))
    assert part.headline == "new-in-docs (2 new-in-docs); vendor file: https://vendor/invoices.json"


def test_a_red_outcome_names_every_class_once_in_its_title() -> None:
    parts = (contract_part(1, FAILED), docs_drift_part(drift("new-in-docs", 1, "new-in-docs")))
    outcome = Outcome(parts, contract_report=REPORT)
    assert outcome.red
    assert outcome.title == "Nightly contract check failed: vendor drift, docs drift"
    assert "| contract run | exit 1: FAILED: 1 new violation(s) | vendor drift |" in outcome.markdown()
    assert "\n## Contract run" in outcome.markdown()  # the run's report follows, one heading level down


def test_green_when_both_parts_pass() -> None:
    outcome = Outcome((contract_part(0, PASSED), docs_drift_part(drift("ok", 0))))
    assert not outcome.red
    assert outcome.classes == []


def test_the_issue_body_keeps_whole_sections_within_the_limit() -> None:
    long_report = "# Contract run\n\n**FAILED: x**\n\n" + "- violation\n" * 10_000
    outcome = Outcome((contract_part(1, FAILED),), contract_report=long_report)
    body = outcome.issue_body(limit=5_000)
    assert len(body) <= 5_000
    assert body.startswith("# Nightly contract check: RED (vendor drift)")
    assert "did not fit" in body
    assert "- violation" not in body


def test_the_script_writes_the_summary_issue_and_verdict(tmp_path: Path) -> None:
    (tmp_path / "contract-exit-code").write_text("3\n")
    (tmp_path / "contract-report.md").write_text("# Contract run\n\n**ABORTED: request budget of 12 used up**\n")
    write_outcome(tmp_path, RunOutcome("aborted", ("request budget of 12 used up",)))
    (tmp_path / "docs-drift.json").write_text(json.dumps(drift("ok", 0)))
    (tmp_path / "docs-drift.md").write_text("# Documentation drift\n\nNothing new.\n")
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "nightly_summary.py"), "--reports", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    verdict = json.loads((tmp_path / "nightly-outcome.json").read_text())
    assert verdict["classes"] == ["aborted"]
    summary = (tmp_path / "nightly-summary.md").read_text()
    assert "ABORTED: request budget of 12 used up" in summary
    assert "## Documentation drift" in summary
    assert (tmp_path / "nightly-issue.md").read_text() == summary


def test_missing_reports_are_bad_setup_not_green(tmp_path: Path) -> None:
    outcome = collect(tmp_path)
    assert outcome.classes == ["bad setup"]
    assert "docs-drift.json is missing" in outcome.markdown()
