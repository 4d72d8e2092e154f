"""The nightly workflow's promises, checked on the file (actionlint and zizmor check it in `make lint`), and the
exit status `make contract` keeps for it."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[3]
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "nightly.yml"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text())
    return document


def steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job, step) for job, spec in workflow["jobs"].items() for step in spec["steps"]]


def test_every_action_is_pinned_by_commit_sha(workflow: dict[str, Any]) -> None:
    uses = [step["uses"] for _, step in steps(workflow) if "uses" in step]
    assert uses
    assert [u for u in uses if not PINNED.match(u)] == []


def test_permissions_are_least_privilege(workflow: dict[str, Any]) -> None:
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["contract"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["alarm"]["permissions"] == {"issues": "write"}
    alarm_steps = [step for job, step in steps(workflow) if job == "alarm"]
    assert not any(
        "make" in str(step.get("run", "")) or "checkout" in str(step.get("uses", "")) for step in alarm_steps
    )


def test_secrets_reach_only_the_live_run_step(workflow: dict[str, Any]) -> None:
    with_secrets = [step["name"] for _, step in steps(workflow) if "secrets." in yaml.safe_dump(step)]
    assert with_secrets == ["Choose the target", "Contract run against the live API"]
    install = next(step for _, step in steps(workflow) if step.get("name", "").startswith("Install"))
    assert install["run"] == "make venv"
    live = next(step for _, step in steps(workflow) if step.get("name") == "Contract run against the live API")
    assert live["env"]["HIGHLEVEL_TEST_LOCATION_ID"] == "${{ secrets.HIGHLEVEL_TEST_LOCATION_ID }}"


def test_the_night_runs_the_contract_and_docs_drift_and_summarizes_both(workflow: dict[str, Any]) -> None:
    runs = [str(step.get("run", "")) for _, step in steps(workflow)]
    assert "make contract" in runs
    assert "make docs-drift" in runs
    summary = next(r for r in runs if "nightly_summary.py" in r)
    assert "GITHUB_STEP_SUMMARY" in summary
    alarm = next(r for r in runs if "gh issue" in r)
    for command in ("gh issue create", "gh issue comment", "gh issue close", '--label "$label"'):
        assert command in alarm


def fake_python(tmp_path: Path, code: int) -> Path:
    """A stand-in interpreter that exits `code`: the Makefile recipe is what is under test."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "python"
    script.write_text(f"#!/bin/sh\nexit {code}\n")
    script.chmod(0o755)
    return bin_dir


def make_contract(
    reports: Path, *overrides: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HIGHLEVEL_", "CONTRACT_", "MAKE"))}
    clean.update({"CONTRACT_REPORTS_DIR": str(reports), **(env or {})})
    return subprocess.run(
        ["make", "--no-print-directory", "contract", *overrides],
        cwd=REPO_ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("code", [0, 1, 3])
def test_make_contract_keeps_the_runs_exit_status(tmp_path: Path, code: int) -> None:
    done = make_contract(tmp_path / "reports", f"BIN={fake_python(tmp_path, code)}")
    assert (tmp_path / "reports" / "contract-exit-code").read_text().strip() == str(code)
    assert (done.returncode == 0) == (code == 0)
    if code:
        assert f"scripts/contract.py exited {code}" in done.stderr


def test_make_contract_records_a_bad_setting_as_2(tmp_path: Path) -> None:
    done = make_contract(tmp_path / "reports", env={"HIGHLEVEL_TOKEN": "only-a-token"})
    assert (tmp_path / "reports" / "contract-exit-code").read_text().strip() == "2"
    assert "HIGHLEVEL_LOCATION_ID" in done.stderr
