"""Live mode starts only in a location the user declared a test sub-account, and the error says how to declare it."""

from __future__ import annotations

import pytest

from contract_tests.suite.settings import TEST_LOCATION_VARIABLE, SettingsError, load_settings

LIVE = {
    "HIGHLEVEL_TOKEN": "pit-0000-test",
    "HIGHLEVEL_LOCATION_ID": "TestSubAccount000001",
    "HIGHLEVEL_USER_ID": "user00000000000000001",
    "HIGHLEVEL_CONTACT_ID": "contact000000000001",
}


def test_an_undeclared_location_is_refused_naming_the_setting() -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(LIVE)
    message = str(caught.value)
    assert "refuses to start" in message
    assert f"{TEST_LOCATION_VARIABLE}=TestSubAccount000001" in message
    assert "invoice numbers" in message


def test_a_declaration_of_another_location_is_refused() -> None:
    with pytest.raises(SettingsError, match="declares another location"):
        load_settings({**LIVE, TEST_LOCATION_VARIABLE: "ProductionLocation01"})


def test_the_declared_location_runs_live() -> None:
    settings = load_settings({**LIVE, TEST_LOCATION_VARIABLE: "TestSubAccount000001"})
    assert settings.is_live


def test_the_emulator_needs_no_declaration() -> None:
    assert load_settings({}).target == "emulator"
