"""Against the emulator's drift profiles the curated-spec run fails, naming the drifted field."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.tests.suite.conftest import run_suite


@pytest.mark.parametrize(
    ("profile", "field", "expected"),
    [
        ("drift-total-as-string", "total", 'is not of type "number"'),
        ("drift-renamed-amount-due", "amountDue", '"amountDue" is a required property'),
    ],
)
def test_drift_fails_the_run_naming_the_field(tmp_path: Path, profile: str, field: str, expected: str) -> None:
    run = run_suite(tmp_path, "-k", "test_conformance", CONTRACT_EMULATOR_PROFILE=profile, CONTRACT_MAX_EXAMPLES="20")
    assert run.returncode == 1, run.output[-2000:]
    assert expected in run.output
    report = (tmp_path / "contract-report.md").read_text()
    assert "new violation" in run.output
    assert f"/invoice/{field}" in report or f'"{field}" is a required property' in report
    assert "FAILED" in report
