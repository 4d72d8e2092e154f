"""The catalogue of guesses: evidence, alternatives, profiles and their combination."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

import pytest

from highlevel_invoices_emulator import PROFILES, Choices, UnknownProfileError, choices_markdown_table, resolve_profile
from highlevel_invoices_emulator.choices import DEFAULT_CHOICES, choice_evidence, profile_overrides

REQUIRED_PROFILES = {
    "default",
    "invoice-number-as-number",
    "reserve-invoice-number",
    "validation-400",
    "retry-after",
    "created-201",
    "drift-total-as-string",
    "drift-renamed-amount-due",
}


def test_every_choice_has_evidence_and_an_alternative() -> None:
    for f in fields(Choices):
        assert len(f.metadata["evidence"]) > 40, f.name
        assert f.metadata["alternatives"], f.name
        assert f.metadata["kind"] in ("guess", "drift")
        for value in f.metadata["alternatives"].values():
            assert value != f.default, f.name


def test_the_required_profiles_exist() -> None:
    assert set(PROFILES) >= REQUIRED_PROFILES
    assert PROFILES["default"] == Choices() == DEFAULT_CHOICES


def test_every_alternative_profile_differs_from_the_default() -> None:
    for name, choices in PROFILES.items():
        if name != "default":
            assert choices != DEFAULT_CHOICES, name


def test_there_are_at_least_two_drift_profiles() -> None:
    drifts = [f for f in fields(Choices) if f.metadata["kind"] == "drift"]
    assert len(drifts) >= 2
    assert PROFILES["drift-total-as-string"].drift_total_as_string is True
    assert PROFILES["drift-renamed-amount-due"].drift_amount_due_key == "balanceDue"


def test_the_doc_example_profile_switches_every_contradictory_shape() -> None:
    assert profile_overrides()["doc-example-shapes"] == {
        "business_address": "object-or-string",
        "valid_on_product_ids": "string-or-array",
        "max_late_fees_value": "not-empty-only",
    }


def test_profiles_combine_with_commas() -> None:
    combined = resolve_profile("retry-after, validation-400")
    assert combined.retry_after is True
    assert combined.validation_status == 400
    assert combined.invoice_number_type == "string"
    assert resolve_profile("default,created-201") == PROFILES["created-201"]
    assert resolve_profile("doc-example-shapes,business-address-string") == PROFILES["doc-example-shapes"]


def test_contradicting_profiles_cannot_combine() -> None:
    with pytest.raises(UnknownProfileError, match="agency-text2pay-403 and agency-text2pay-allowed disagree"):
        resolve_profile("agency-text2pay-403,agency-text2pay-allowed")


@pytest.mark.parametrize("spec", ["nope", "retry-after,nope", "", " , "])
def test_unknown_profiles_list_the_valid_ones(spec: str) -> None:
    with pytest.raises(UnknownProfileError) as excinfo:
        resolve_profile(spec)
    message = str(excinfo.value)
    assert "valid profiles:" in message
    for name in PROFILES:
        assert name in message


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"validation_status": 418}, "not one of"),
        ({"retry_after": "yes"}, "must be a bool"),
        ({"body_limit_bytes": -1}, "must be positive"),
        ({"invoice_number_type": "uuid"}, "not one of"),
    ],
)
def test_choices_refuse_values_outside_their_alternatives(changes: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        replace(DEFAULT_CHOICES, **changes)


def test_open_choices_accept_other_values() -> None:
    assert replace(DEFAULT_CHOICES, body_limit_bytes=1234).body_limit_bytes == 1234


def test_the_markdown_table_lists_every_choice() -> None:
    table = choices_markdown_table().splitlines()
    assert table[0].startswith("| choice | kind | default | alternatives")
    rows = table[2:]
    assert len(rows) == len(fields(Choices))
    for row, f in zip(rows, fields(Choices), strict=True):
        assert row.startswith(f"| `{f.name}` |")
        assert row.count(" | ") == 4  # five cells: no unescaped pipe inside
        for profile in f.metadata["alternatives"]:
            assert f"`{profile}`" in row


def test_evidence_lookup() -> None:
    assert "429" in choice_evidence("rate_limit_body")
    with pytest.raises(KeyError):
        choice_evidence("nope")
