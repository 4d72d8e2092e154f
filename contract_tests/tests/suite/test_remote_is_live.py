"""Any target that is not loopback is live mode, with every protection and every required setting; only loopback may
run without them. Tested by configuration only: targets are built, never connected to."""

from __future__ import annotations

import pytest

from contract_tests.suite.settings import VENDOR_BASE_URL, SettingsError, load_settings
from contract_tests.suite.targets import build_target

LIVE = {
    "HIGHLEVEL_TOKEN": "pit-live-secret",
    "HIGHLEVEL_LOCATION_ID": "loc",
    "HIGHLEVEL_TEST_LOCATION_ID": "loc",
    "HIGHLEVEL_USER_ID": "u",
    "HIGHLEVEL_CONTACT_ID": "c",
}
REMOTE = (VENDOR_BASE_URL, "https://services.leadconnectorhq.com/", "https://staging.example.test", "https://10.0.0.5")


@pytest.mark.parametrize("url", REMOTE)
@pytest.mark.parametrize(
    "given",
    [{}, {"HIGHLEVEL_TOKEN": "pit-x"}, {"HIGHLEVEL_LOCATION_ID": "loc"}],
    ids=["no token", "token alone", "location alone"],
)
def test_a_remote_target_without_the_live_settings_is_refused(url: str, given: dict[str, str]) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings({"CONTRACT_BASE_URL": url, **given})
    message = str(refused.value)
    assert "live" in message
    assert "pit-x" not in message
    for variable in ("HIGHLEVEL_LOCATION_ID", "HIGHLEVEL_TEST_LOCATION_ID", "HIGHLEVEL_USER_ID"):
        assert variable in message


@pytest.mark.parametrize("url", REMOTE)
def test_a_remote_target_needs_the_test_location_declaration(url: str) -> None:
    undeclared = {k: v for k, v in LIVE.items() if k != "HIGHLEVEL_TEST_LOCATION_ID"}
    with pytest.raises(SettingsError, match="HIGHLEVEL_TEST_LOCATION_ID"):
        load_settings({"CONTRACT_BASE_URL": url, **undeclared})


@pytest.mark.parametrize("url", REMOTE)
def test_a_remote_target_runs_with_every_protection(url: str) -> None:
    settings = load_settings({"CONTRACT_BASE_URL": url, **LIVE})
    assert settings.is_live
    assert (settings.rate_limit, settings.max_requests, settings.max_creates) == (5.0, 3000, 20)
    target = build_target(settings)  # builds the stack; nothing is sent
    try:
        assert target.guard.live
        assert target.guard.max_requests == 3000
        assert target.ledger.max_creates == 20
        assert target.guard.owner is not None
        assert not target.guard.owns("0123456789abcdef01234567")  # only what the run created
    finally:
        assert target.forwarder is not None
        target.forwarder.close()


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://[::1]:8765", "http://localhost:8765"])
def test_only_loopback_may_run_without_live_mode(url: str) -> None:
    settings = load_settings({"CONTRACT_BASE_URL": url, "HIGHLEVEL_TOKEN": "server-token"})
    assert settings.target == "url"
    assert (settings.rate_limit, settings.max_requests) == (None, None)
