"""Environment handling and user errors: clear messages, no tracebacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from contract_tests.suite.settings import VENDOR_BASE_URL, SettingsError, load_settings
from contract_tests.tests.suite.conftest import Served, run_suite


def test_no_environment_means_the_in_process_emulator() -> None:
    settings = load_settings({})
    assert (settings.target, settings.rate_limit, settings.max_requests) == ("emulator", None, None)


def test_live_mode_defaults_to_the_vendor_with_a_rate_below_the_burst_and_a_budget() -> None:
    env = {
        "HIGHLEVEL_TOKEN": "pit-x",
        "HIGHLEVEL_LOCATION_ID": "loc",
        "HIGHLEVEL_TEST_LOCATION_ID": "loc",
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
        ({"CONTRACT_RATE_LIMIT": "nan"}, "CONTRACT_RATE_LIMIT='nan' must be a finite number"),
        ({"CONTRACT_RATE_LIMIT": "inf"}, "finite"),
        ({"CONTRACT_RATE_LIMIT": "-inf"}, "finite"),
        ({"CONTRACT_BASE_URL": "http://[::1"}, "not a valid URL"),
        ({"CONTRACT_BASE_URL": "http://127.0.0.1:99999"}, "not a valid URL"),
        ({"CONTRACT_BASE_URL": "http://example.com"}, "must be https"),
        ({"CONTRACT_SEED": "-1"}, "CONTRACT_SEED"),
        ({"CONTRACT_MAX_REQUESTS": "0"}, "CONTRACT_MAX_REQUESTS"),
        ({"CONTRACT_SPEC": "vendor"}, "CONTRACT_SPEC"),
        ({"CONTRACT_EMULATOR_PROFILE": "nope"}, "CONTRACT_EMULATOR_PROFILE"),
        (
            {
                "HIGHLEVEL_TOKEN": "t",
                "HIGHLEVEL_LOCATION_ID": "l",
                "HIGHLEVEL_TEST_LOCATION_ID": "l",
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


def test_https_and_loopback_targets_are_accepted() -> None:
    assert load_settings({"CONTRACT_BASE_URL": "http://[::1]:8765"}).base_url == "http://[::1]:8765"
    assert load_settings({"CONTRACT_BASE_URL": "http://localhost:8765/"}).base_url == "http://localhost:8765"
    assert load_settings({"CONTRACT_BASE_URL": "https://127.0.0.1:8765"}).target == "url"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CONTRACT_REPORTS_DIR": "/proc/nope"}, "contract: CONTRACT_REPORTS_DIR: cannot write reports"),
        ({"CONTRACT_BASE_URL": "http://[::1"}, "contract: CONTRACT_BASE_URL='http://[::1' is not a valid URL"),
        ({"CONTRACT_BASE_URL": "http://127.0.0.1:1"}, "contract: cannot connect to http://127.0.0.1:1"),
        ({"CONTRACT_RATE_LIMIT": "nan"}, "contract: CONTRACT_RATE_LIMIT='nan' must be a finite number"),
    ],
)
def test_bad_settings_and_unreachable_servers_end_with_one_line(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    reports = tmp_path / "reports"
    variables = {"CONTRACT_REPORTS_DIR": str(reports), **env}
    run = run_suite(reports, variables=variables)
    assert run.returncode == 2, run.output[-2000:]
    assert run.output.strip().splitlines() == [run.output.strip()], run.output[-2000:]
    assert run.output.startswith(message.replace("contract: ", "contract: setup error: ", 1))


def test_a_budget_caps_the_examples_so_the_run_fits() -> None:
    from contract_tests.suite import budget

    sized = budget.size(500, 3000, 22)  # the nightly profile under the live default budget (a live run)
    assert 1 < sized.examples < 500
    assert budget.estimate(sized.examples, 22) <= 3000 * budget.BUDGET_SHARE
    assert budget.estimate(sized.examples + 1, 22) > 3000 * budget.BUDGET_SHARE
    assert budget.size(500, None, 22).examples == 500
    assert not budget.size(500, 100, 22).fits


def test_a_live_budget_counts_only_the_operations_a_live_run_generates() -> None:
    """Operations a live run never generates cases of (no live rule yet) cost it nothing; any other budgeted run
    (a server, with CONTRACT_MAX_REQUESTS) generates all of them, so its model counts them all."""
    from contract_tests.operations.registry import CARDS
    from contract_tests.suite import budget

    kept_back = [card for card in CARDS if not card.generated_live]
    assert kept_back
    held = sum(card.coverage_requests for card in kept_back)
    assert budget.fixed_requests(live=False) - budget.fixed_requests(live=True) == held
    assert budget.size(500, 3000, 22, live=False).examples < budget.size(500, 3000, 22, live=True).examples


def test_a_live_nightly_run_stays_within_its_budget(tmp_path: Path, served_emulator: Served) -> None:
    """Live mode, nightly profile (500 examples asked), budget 100: the run sizes itself and ends, not aborts."""
    from contract_tests.suite.settings import EMULATOR_CONTACT_ID, EMULATOR_USER_ID
    from highlevel_invoices_emulator import tokens

    run = run_suite(
        tmp_path,
        "-k",
        "test_conformance and generate",
        HYPOTHESIS_PROFILE="nightly",
        CONTRACT_BASE_URL=served_emulator.url,
        HIGHLEVEL_TOKEN=tokens.LOCATION_TOKEN,
        HIGHLEVEL_LOCATION_ID=tokens.MAIN_LOCATION_ID,
        HIGHLEVEL_TEST_LOCATION_ID=tokens.MAIN_LOCATION_ID,
        HIGHLEVEL_USER_ID=EMULATOR_USER_ID,
        HIGHLEVEL_CONTACT_ID=EMULATOR_CONTACT_ID,
        CONTRACT_RATE_LIMIT="9",
        CONTRACT_MAX_REQUESTS="100",
    )
    assert run.returncode == 0, run.output[-3000:]
    report = (tmp_path / "contract-report.md").read_text()
    figures = re.search(r"\); (\d+) requests?(?: \((\d+) by the run, \d+ by the cleanup\))?;", report)
    assert figures, report[:1500]
    sent = int(figures.group(2) or figures.group(1))  # the run's own requests, which its budget bounds
    assert 0 < sent <= 100
    assert "CONTRACT_SEED=" in report  # the random seed is recorded, to reproduce the run
    assert "1 example(s) per operation" in report


def test_replaying_an_empty_cassette_fails(tmp_path: Path) -> None:
    import subprocess
    import sys

    from contract_tests.tests.suite.conftest import REPO_ROOT

    cassette = tmp_path / "empty.har"
    cassette.write_text('{"log": {"entries": []}}')
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "replay.py"), str(cassette)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "no exchange" in done.stderr


def test_url_mode_takes_the_servers_token_from_the_environment() -> None:
    settings = load_settings({"CONTRACT_BASE_URL": "http://127.0.0.1:8765", "HIGHLEVEL_TOKEN": "pit-server"})
    assert (settings.target, settings.identity.token) == ("url", "pit-server")
    assert "pit-server" not in repr(settings)
    with pytest.raises(SettingsError, match="HIGHLEVEL_LOCATION_ID"):
        load_settings({"HIGHLEVEL_TOKEN": "pit-server"})  # without a URL a lone token is half of live mode


def test_a_live_run_has_a_create_budget_by_default() -> None:
    live = {
        "HIGHLEVEL_TOKEN": "pit-x",
        "HIGHLEVEL_LOCATION_ID": "loc",
        "HIGHLEVEL_TEST_LOCATION_ID": "loc",
        "HIGHLEVEL_USER_ID": "u",
        "HIGHLEVEL_CONTACT_ID": "c",
    }
    assert load_settings(live).max_creates == 20
    assert load_settings({**live, "CONTRACT_MAX_CREATES": "5"}).max_creates == 5
    assert load_settings({}).max_creates is None
    with pytest.raises(SettingsError, match="CONTRACT_MAX_CREATES"):
        load_settings({"CONTRACT_MAX_CREATES": "0"})
