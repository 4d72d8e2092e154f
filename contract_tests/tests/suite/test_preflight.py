"""The preflight against the real emulator: accepted credentials pass; an invalid or expired token, a token without
the scope and a token of another location each fail with their cause named, as a setup error (exit 2, in seconds,
no case run), never a verdict about the vendor."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import junitparser
import pytest

from contract_tests.nightly.outcome import collect
from contract_tests.suite.pinning import Pins
from contract_tests.suite.preflight import run_preflight
from contract_tests.suite.recording import Recorder, Redactor
from contract_tests.suite.results import Preflight
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import load_settings
from contract_tests.suite.targets import UNTHROTTLED, wrap
from contract_tests.tests.suite.conftest import Served, run_suite
from highlevel_invoices_emulator import create_app
from highlevel_invoices_emulator import tokens as emulator_tokens

NO_SCOPE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJuby1zY29wZSJ9.emu-sig-no-scope"
TOKENS = {
    emulator_tokens.LOCATION_TOKEN: {
        "type": "location",
        "locationId": emulator_tokens.MAIN_LOCATION_ID,
        "companyId": emulator_tokens.MAIN_COMPANY_ID,
        "scopes": ["invoices.readonly", "invoices.write"],
    },
    NO_SCOPE_TOKEN: {
        "type": "location",
        "locationId": emulator_tokens.MAIN_LOCATION_ID,
        "companyId": emulator_tokens.MAIN_COMPANY_ID,
        "scopes": ["contacts.readonly"],
    },
    emulator_tokens.OTHER_LOCATION_TOKEN: {
        "type": "location",
        "locationId": emulator_tokens.OTHER_LOCATION_ID,
        "companyId": emulator_tokens.OTHER_COMPANY_ID,
        "scopes": ["invoices.readonly", "invoices.write"],
    },
}


def preflight_with(token: str) -> Preflight:
    settings = load_settings({"CONTRACT_BASE_URL": "http://127.0.0.1:9", "HIGHLEVEL_TOKEN": token})
    app: Any = create_app(tokens=TOKENS, rate_limit=UNTHROTTLED)  # answers in-process; nothing goes to port 9
    guarded, _ = wrap(app, settings, Recorder(Redactor(())))
    document = spec_document("curated")
    schema = build_schema(document, guarded, config=suite_config())
    context = ScenarioContext(settings, schema, Pins.of(settings.identity, strict_numbers=False), document)
    return run_preflight(context)


def test_accepted_credentials_pass() -> None:
    verdict = preflight_with(emulator_tokens.LOCATION_TOKEN)
    assert verdict.status == "passed", verdict.detail


@pytest.mark.parametrize(
    ("token", "cause", "words"),
    [
        ("eyJhbGciOiJub25lIn0.eyJleHAiOjF9.expired", "expired-or-invalid-token", "invalid or expired token"),
        ("pit-00000000-0000-0000-0000-000000000000", "expired-or-invalid-token", "mistyped or revoked"),
        (NO_SCOPE_TOKEN, "missing-scope", "lacks the scope invoices.readonly"),
        (emulator_tokens.OTHER_LOCATION_TOKEN, "wrong-location", "HIGHLEVEL_LOCATION_ID"),
    ],
)
def test_a_refusal_names_its_cause(token: str, cause: str, words: str) -> None:
    verdict = preflight_with(token)
    assert (verdict.status, verdict.cause) == ("failed", cause), verdict.detail
    assert words in verdict.detail
    assert token not in verdict.detail


def test_a_wrong_token_ends_a_url_run_in_seconds_with_exit_2(tmp_path: Path, served_emulator: Served) -> None:
    started = time.monotonic()
    run = run_suite(tmp_path, CONTRACT_BASE_URL=served_emulator.url, HIGHLEVEL_TOKEN="pit-not-a-real-token")
    elapsed = time.monotonic() - started
    assert run.returncode == 2, run.output[-2000:]
    assert "preflight failed" in run.output
    assert "HIGHLEVEL_TOKEN was refused" in run.output
    assert "violation" not in run.output
    assert "pit-not-a-real-token" not in run.output
    assert elapsed < 60, elapsed


def test_a_preflight_refusal_writes_passed_nowhere_and_its_cause_everywhere(
    tmp_path: Path, served_emulator: Served
) -> None:
    token = "pit-not-a-real-token"
    run = run_suite(tmp_path, CONTRACT_BASE_URL=served_emulator.url, HIGHLEVEL_TOKEN=token)
    assert run.returncode == 2, run.output[-2000:]
    (tmp_path / "contract-exit-code").write_text("2\n")  # as `make contract` leaves it
    cause = json.loads((tmp_path / "contract-outcome.json").read_text())["cause"]
    assert "HIGHLEVEL_TOKEN was refused" in cause
    assert "Contract run: SETUP ERROR: " in run.output
    assert " ".join(cause.split()[-6:]) in " ".join(run.output.split())  # whole, wrapped at 80 columns
    night = collect(tmp_path, docs_drift=False)
    assert night.classes == ["bad setup"]
    texts = {name: (tmp_path / name).read_text() for name in REPORTS} | {
        "nightly summary": night.markdown(),
        "nightly issue": night.issue_body(),
    }
    for name, text in texts.items():
        assert "PASSED" not in text, name
        assert token not in text, name
        assert cause in text.replace("&#39;", "'"), name  # the cause, whole, in every output
    assert '<span class="verdict setup-error">SETUP ERROR</span>' in texts["contract-report.html"]
    xml = junitparser.JUnitXml.fromfile(str(tmp_path / "junit.xml"))
    assert (xml.errors, xml.failures) == (1, 0)
    setup = next(case for suite in xml for case in suite if (case.classname, case.name) == ("run", "setup"))
    assert isinstance(setup.result[0], junitparser.Error)
    assert setup.result[0].text == cause


REPORTS = ("contract-report.md", "contract-report.html", "junit.xml", "contract-outcome.json", "failures.txt")


def test_a_run_that_cannot_start_replaces_an_earlier_runs_reports(tmp_path: Path) -> None:
    (tmp_path / "contract-report.md").write_text("# Contract run\n\n**PASSED**\n")  # last night's
    (tmp_path / "contract-outcome.json").write_text(json.dumps({"status": "passed", "reasons": []}))
    (tmp_path / "recording.har.gz").write_bytes(b"old")
    run = run_suite(tmp_path, CONTRACT_BASE_URL="http://127.0.0.1:9")  # nothing listens on the discard port
    assert run.returncode == 2, run.output[-2000:]
    assert "contract: setup error: cannot connect to http://127.0.0.1:9" in run.output
    assert not (tmp_path / "recording.har.gz").exists()
    for name in REPORTS:
        text = (tmp_path / name).read_text()
        assert "PASSED" not in text, name
        assert "cannot connect to http://127.0.0.1:9" in text, name
    xml = junitparser.JUnitXml.fromfile(str(tmp_path / "junit.xml"))
    assert xml.errors == 1
