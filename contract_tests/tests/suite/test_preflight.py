"""The preflight against the real emulator: accepted credentials pass; an invalid or expired token, a token without
the scope and a token of another location each fail with their cause named, as a setup error (exit 2, in seconds,
no case run), never a verdict about the vendor."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from contract_tests.emulator import create_app
from contract_tests.emulator import tokens as emulator_tokens
from contract_tests.suite.pinning import Pins
from contract_tests.suite.preflight import run_preflight
from contract_tests.suite.recording import Recorder, Redactor
from contract_tests.suite.results import Preflight
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import load_settings
from contract_tests.suite.targets import UNTHROTTLED, wrap
from contract_tests.tests.suite.conftest import Served, run_suite

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
