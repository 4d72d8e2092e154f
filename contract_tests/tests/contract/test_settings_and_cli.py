"""Environment handling and user errors: clear messages, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.suite.settings import VENDOR_BASE_URL, SettingsError, load_settings
from contract_tests.tests.contract.conftest import run_suite


def test_no_environment_means_the_in_process_emulator() -> None:
    settings = load_settings({})
    assert (settings.target, settings.rate_limit, settings.max_requests) == ("emulator", None, None)


def test_live_mode_defaults_to_the_vendor_with_a_rate_below_the_burst_and_a_budget() -> None:
    env = {
        "HIGHLEVEL_TOKEN": "pit-x",
        "HIGHLEVEL_LOCATION_ID": "loc",
        "HIGHLEVEL_USER_ID": "u",
        "HIGHLEVEL_CONTACT_ID": "c",
    }
    settings = load_settings(env)
    assert (settings.target, settings.base_url, settings.rate_limit, settings.max_requests) == (
        "live",
        VENDOR_BASE_URL,
        5.0,
        3000,
    )
    assert "pit-x" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HIGHLEVEL_TOKEN": "t"}, "HIGHLEVEL_LOCATION_ID"),
        ({"HIGHLEVEL_TOKEN": "t", "HIGHLEVEL_LOCATION_ID": "l"}, "HIGHLEVEL_USER_ID"),
        ({"CONTRACT_BASE_URL": "ftp://x"}, "CONTRACT_BASE_URL"),
        ({"CONTRACT_RATE_LIMIT": "fast"}, "CONTRACT_RATE_LIMIT"),
        ({"CONTRACT_MAX_REQUESTS": "0"}, "CONTRACT_MAX_REQUESTS"),
        ({"CONTRACT_SPEC": "vendor"}, "CONTRACT_SPEC"),
        ({"CONTRACT_EMULATOR_PROFILE": "nope"}, "CONTRACT_EMULATOR_PROFILE"),
        (
            {
                "HIGHLEVEL_TOKEN": "t",
                "HIGHLEVEL_LOCATION_ID": "l",
                "HIGHLEVEL_USER_ID": "u",
                "HIGHLEVEL_CONTACT_ID": "c",
                "CONTRACT_RATE_LIMIT": "10",
            },
            "burst",
        ),
    ],
)
def test_bad_values_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(env)


def test_the_script_reports_bad_settings_without_a_traceback(tmp_path: Path) -> None:
    run = run_suite(tmp_path, HIGHLEVEL_TOKEN="secret-token-value")
    assert run.returncode == 2
    assert "HIGHLEVEL_LOCATION_ID" in run.output
    assert "Traceback" not in run.output
    assert "secret-token-value" not in run.output
