"""A run is told truthfully in all six outputs (console, Markdown, HTML, JUnit, the nightly summary and the nightly
issue), from its one outcome: a passing run (with the same job's docs-drift verdict beside it) and a failing run
(an emulator profile that drifts), each in-process as `make contract` runs it. The HTML page is looked at in
headless Chromium: nothing overflows a 1,280 px window, and a passing run prints to at most 8 A4 pages."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import junitparser
import pytest

from contract_tests.nightly.outcome import collect
from contract_tests.record import discrepancies
from contract_tests.suite.schemas import raw_curated
from contract_tests.tests.suite import browser
from contract_tests.tests.suite.conftest import REPO_ROOT, SuiteRun, run_suite

VENDOR_COPY = REPO_ROOT / "spec" / "vendor" / "apps" / "invoices.2025-08-13.json"
WINDOW = 1280
MAX_PAGES = 8


def finished(run: SuiteRun) -> SuiteRun:
    """The run's exit status where `make contract` leaves it (the suite runs here without make)."""
    (run.reports / "contract-exit-code").write_text(f"{run.returncode}\n")
    return run


@pytest.fixture(scope="module")
def passing_run(tmp_path_factory: pytest.TempPathFactory) -> SuiteRun:
    reports = tmp_path_factory.mktemp("passing")
    drift = subprocess.run(
        [sys.executable, "scripts/docs_drift.py", "--vendor-spec", str(VENDOR_COPY), "--reports", str(reports)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (reports / "docs-drift.json").exists(), drift.stdout + drift.stderr
    return finished(run_suite(reports, CONTRACT_MAX_EXAMPLES="25"))


@pytest.fixture(scope="module")
def failing_run(tmp_path_factory: pytest.TempPathFactory) -> SuiteRun:
    reports = tmp_path_factory.mktemp("failing")
    return finished(run_suite(reports, CONTRACT_EMULATOR_PROFILE="drift-total-as-string"))


def junit_counts(reports: Path) -> dict[str, int]:
    root = junitparser.JUnitXml.fromfile(str(reports / "junit.xml"))
    return {"tests": root.tests, "failures": root.failures, "errors": root.errors, "skipped": root.skipped}


def headline(reports: Path) -> str:
    return next(line for line in (reports / "contract-report.md").read_text().splitlines() if line.startswith("**"))


def record_statuses(reports: Path) -> dict[str, str]:
    record = (reports / "contract-report.md").read_text().split("## Discrepancy record", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:4] for line in record.splitlines() if line.startswith("| ") and "---" not in line]
    return {entry.strip(): status.strip() for entry, _, status in rows[1:]}


# --- a passing run ---------------------------------------------------------------------------------------------


def test_a_passing_run_is_told_passed_in_all_six_outputs(passing_run: SuiteRun) -> None:
    assert passing_run.returncode == 0, passing_run.output[-3000:]
    reports = passing_run.reports
    assert "Contract run: PASSED" in passing_run.output  # console
    assert headline(reports).startswith("**PASSED")  # Markdown
    assert '<span class="verdict passed">PASSED</span>' in (reports / "contract-report.html").read_text()
    counts = junit_counts(reports)
    assert (counts["failures"], counts["errors"]) == (0, 0), counts
    assert json.loads((reports / "contract-outcome.json").read_text())["status"] == "passed"
    night = collect(reports)
    assert not night.red, night.markdown()
    assert "| contract run | exit 0: PASSED" in night.markdown()  # the nightly summary
    assert "| contract run | exit 0: PASSED" in night.issue_body()  # and the issue text


def test_vendor_docs_proofs_carry_the_same_jobs_docs_drift_verdict(passing_run: SuiteRun) -> None:
    entries = [e for e in discrepancies(raw_curated()) if e.proof.get("kind") == "vendor-docs"]
    assert entries
    statuses = record_statuses(passing_run.reports)
    assert {statuses[e.id] for e in entries} <= {"present", "unproven", "resolved"}  # none "not run"
    if json.loads((passing_run.reports / "docs-drift.json").read_text())["status"] == "ok":
        on_the_file = [e.id for e in entries if not any(c.get("file") for c in e.proof.get("claims", []))]
        assert on_the_file
        assert {statuses[i] for i in on_the_file} == {"present"}
    cases = {
        case.name: case
        for suite in junitparser.JUnitXml.fromfile(str(passing_run.reports / "junit.xml"))
        for case in suite
    }
    judged = [cases[e.id] for e in entries if statuses[e.id] == "present"]
    assert judged
    assert all(case.is_passed and not case.is_skipped for case in judged)  # a verdict, not a skipped success


def test_the_passing_page_fits_1280_px_and_prints_to_at_most_8_pages(passing_run: SuiteRun) -> None:
    page = passing_run.reports / "contract-report.html"
    text = page.read_text()
    assert "\\n" not in text  # no literal backslash-n from a quoted description
    assert re.search(r"<details><summary[^>]*>\d+ cosmetic</summary>", text)  # cosmetic findings collapsed
    layout = browser.layout(page, WINDOW)
    assert layout.scroll_width <= layout.client_width, layout
    assert layout.overflowing == []
    pages = browser.pdf_pages(page)
    assert 1 <= pages <= MAX_PAGES, pages


# --- a failing run ---------------------------------------------------------------------------------------------


def test_a_failing_run_is_told_failed_in_all_six_outputs(failing_run: SuiteRun) -> None:
    assert failing_run.returncode == 1, failing_run.output[-3000:]
    reports = failing_run.reports
    # The drifted `total` is a violation on every operation that answers with an invoice: at least two.
    found = re.search(r"Contract run: FAILED: (\d+) new violation\(s\)", failing_run.output)
    assert found is not None, failing_run.output[-3000:]
    assert int(found[1]) >= 2
    told = f"FAILED: {found[1]} new violation(s)"
    assert headline(reports).startswith(f"**{told}")
    assert '<span class="verdict failed">FAILED</span>' in (reports / "contract-report.html").read_text()
    assert junit_counts(reports)["failures"] >= 2
    assert json.loads((reports / "contract-outcome.json").read_text())["status"] == "failed"
    night = collect(reports, docs_drift=False)
    assert night.classes == ["vendor drift"]
    assert f"| contract run | exit 1: {told}" in night.markdown()
    assert f"| contract run | exit 1: {told}" in night.issue_body()
    for name in ("contract-report.md", "contract-report.html", "junit.xml", "contract-outcome.json"):
        assert "PASSED" not in (reports / name).read_text(), name


def test_a_failing_runs_reproductions_run_against_make_emulator(failing_run: SuiteRun) -> None:
    text = (failing_run.reports / "failures.txt").read_text()
    assert "make emulator PROFILE=drift-total-as-string" in text  # how to start what the run judged
    assert "export HIGHLEVEL_TOKEN=" in text
    commands = [line for line in text.splitlines() if "curl -X" in line]
    assert commands
    assert all("http://127.0.0.1:8765/invoices/" in line for line in commands)
    assert all('-H "Authorization: Bearer $HIGHLEVEL_TOKEN"' in line for line in commands)
    assert "testserver" not in text
    assert "[Filtered]" not in "\n".join(commands)


def test_an_in_process_recording_says_it_went_to_no_server(failing_run: SuiteRun) -> None:
    har = json.loads(gzip.decompress((failing_run.reports / "recording.har.gz").read_bytes()))
    assert har["log"]["_target"] == {"kind": "emulator", "base_url": None}
    assert {urlsplit(entry["request"]["url"]).netloc for entry in har["log"]["entries"]} == {"testserver"}


def test_the_failing_page_fits_1280_px(failing_run: SuiteRun) -> None:
    layout = browser.layout(failing_run.reports / "contract-report.html", WINDOW)
    assert layout.scroll_width <= layout.client_width, layout
    assert layout.overflowing == []
