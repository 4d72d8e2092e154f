"""The whole suite against the emulator over HTTP: it passes, sends no live or sent invoice, leaks no token,
and leaves a recording that replays offline."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

from contract_tests.operations import registry
from contract_tests.record import proof_instances
from contract_tests.suite.schemas import raw_curated
from contract_tests.tests.suite.conftest import REPO_ROOT, Served, SuiteRun
from highlevel_invoices_emulator import tokens

TEXT2PAY = "/invoices/text2pay"
RECORDING = "recording.har.gz"


def contents(path: Path) -> bytes:
    """A report file's bytes, decompressed when gzip'd (a token must not hide in the compressed recording)."""
    data = path.read_bytes()
    return gzip.decompress(data) if data.startswith(b"\x1f\x8b") else data


def test_the_suite_passes_against_a_served_emulator(url_run: SuiteRun) -> None:
    assert url_run.returncode == 0, url_run.output[-3000:]
    assert "PASSED" in url_run.output
    for name in ("junit.xml", "contract-report.md", "contract-report.html", "failures.txt", RECORDING):
        assert (url_run.reports / name).stat().st_size > 0


def test_no_send_or_live_mode_request_reached_the_emulator(url_run: SuiteRun, rate_limited_emulator: Served) -> None:
    journal = rate_limited_emulator.app.state.emulator.journal
    bodies = [e.body for e in journal.entries() if e.path.rstrip("/").lower() == TEXT2PAY]
    objects = [b for b in bodies if isinstance(b, dict)]
    assert len(objects) > 200, "the suite should have exercised text2pay"
    sent = [b for b in objects if b.get("action") == "send"]
    live = [b for b in objects if b.get("liveMode") is True]
    assert (len(sent), len(live)) == (0, 0)


def test_no_token_in_any_report(url_run: SuiteRun) -> None:
    secrets = [
        tokens.LOCATION_TOKEN,
        tokens.AGENCY_TOKEN,
        tokens.PRIVATE_INTEGRATION_TOKEN,
        tokens.OTHER_LOCATION_TOKEN,
    ]
    files = [p for p in url_run.reports.rglob("*") if p.is_file()]
    assert len(files) >= 3
    for path in files:
        content = contents(path)
        for secret in secrets:
            assert secret.encode() not in content, f"{path.name} contains a token"
    assert b"Authorization" in contents(url_run.reports / RECORDING)  # the header is there, filtered


def test_the_recording_replays_offline_against_the_curated_spec(url_run: SuiteRun) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "replay.py"), str(url_run.reports / RECORDING)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "0 violations" in done.stdout


def test_the_run_paces_itself_by_the_rate_limit_instead_of_judging_429s(url_run: SuiteRun) -> None:
    """The served emulator limits bursts: the run waited for the window its headers announce (the report says how
    long), so hardly any request met a 429, and none was judged (a 429 left would be a failed check)."""
    har = json.loads(contents(url_run.reports / RECORDING))
    answers = [entry["response"]["status"] for entry in har["log"]["entries"]]
    limited = answers.count(429)
    assert limited < len(answers) * 0.02, (limited, len(answers))
    report = (url_run.reports / "contract-report.md").read_text()
    assert "- paced: " in report, "the window should have been reached (else this test proves nothing)"
    record = report.split("## Discrepancy record", 1)[1].split("## Excluded", 1)[0]
    rows = [line.split("|")[1:4] for line in record.splitlines() if line.startswith("| ") and "---" not in line]
    statuses = {entry.strip(): status.strip() for entry, _, status in rows[1:]}
    # Only the burst proofs cannot run against a server; no proof judged a 429 it was not about.
    bursts = {e.id for e in proof_instances(raw_curated()) if e.proof.get("scenario") == "burst"}
    assert len(bursts) == len(registry.CARDS), bursts  # the rule's proof, once per operation
    # Entries about the vendor's docs alone are proven by `make docs-drift`, never by a server.
    docs_only = {e.id for e in proof_instances(raw_curated()) if e.proof.get("kind") == "vendor-docs"}
    assert docs_only
    assert {statuses[e] for e in docs_only} == {"not run"}
    assert {e for e, s in statuses.items() if s != "present"} - docs_only == bursts


def test_the_report_counts_every_recorded_request(url_run: SuiteRun, rate_limited_emulator: Served) -> None:
    """The recording holds the run's requests and the cleanup's, and the report says so in figures that add up."""
    har = json.loads(contents(url_run.reports / RECORDING))
    entries = har["log"]["entries"]
    report = (url_run.reports / "contract-report.md").read_text()
    figures = re.search(
        r"(\d+) requests(?: \((\d+) by the run, (\d+) by the cleanup\))?; (\d+) exchanges recorded", report
    )
    assert figures, report[:2000]
    total, by_run, by_cleanup, recorded = (int(x) if x else 0 for x in figures.groups())
    assert total == len(entries) == recorded
    assert by_run + by_cleanup == total or (by_run, by_cleanup) == (0, 0)


def test_the_recording_names_the_real_target(url_run: SuiteRun, rate_limited_emulator: Served) -> None:
    har = json.loads(contents(url_run.reports / RECORDING))
    assert har["log"]["_target"]["base_url"] == rate_limited_emulator.url
    urls = [entry["request"]["url"] for entry in har["log"]["entries"]]
    assert urls
    assert all(url.startswith(rate_limited_emulator.url + "/invoices") for url in urls), urls[:3]
