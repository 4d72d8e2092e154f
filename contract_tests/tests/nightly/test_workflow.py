"""The nightly workflow's promises, checked on the file (actionlint and zizmor check it in `make lint`), and the
exit status `make contract` keeps for it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.suite.outcome import RunOutcome, write_outcome

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


def step_named(workflow: dict[str, Any], name: str) -> dict[str, Any]:
    return next(step for _, step in steps(workflow) if step.get("name") == name)


def run_step(step: dict[str, Any], tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], str]:
    """A step's shell script as the runner runs it (bash -e), with `env`; returns the run and its GITHUB_OUTPUT."""
    output = tmp_path / "github-output"
    output.write_text("")
    full = {"PATH": os.environ["PATH"], "GITHUB_OUTPUT": str(output), "RUNNER_TEMP": str(tmp_path), **env}
    done = subprocess.run(
        ["bash", "-e", "-c", step["run"]], env=full, cwd=tmp_path, capture_output=True, text=True, check=False
    )
    return done, output.read_text()


def test_the_dispatch_input_offers_live(workflow: dict[str, Any]) -> None:
    triggers = next(value for key, value in workflow.items() if key in (True, "on"))  # YAML 1.1 reads `on` as True
    target = triggers["workflow_dispatch"]["inputs"]["target"]
    assert target["options"] == ["auto", "live", "emulator"]
    assert "live" in target["description"]
    assert "bad-setup" in target["description"]


@pytest.mark.parametrize(
    "case",
    [
        ("true", "auto", "", "live", "the live HighLevel API, https://services.leadconnectorhq.com"),
        ("false", "auto", "", "emulator", "the in-process emulator, because the HIGHLEVEL_TOKEN"),
        ("false", "auto", "true", "live", "required (NIGHTLY_EXPECT_LIVE is true), but the HIGHLEVEL_TOKEN"),
        ("false", "auto", "TRUE", "live", "bad setup"),
        ("false", "live", "", "live", "required (the dispatch input asked for live), but"),
        ("true", "emulator", "true", "emulator", "the in-process emulator (the dispatch input asked for it)"),
    ],
    ids=["secrets", "no-secrets", "expected-live", "expected-live-upper", "dispatched-live", "dispatched-emulator"],
)
def test_the_target_is_chosen_and_named(
    workflow: dict[str, Any], tmp_path: Path, case: tuple[str, str, str, str, str]
) -> None:
    has_token, requested, expect_live, mode, says = case
    step = step_named(workflow, "Choose the target")
    assert step["env"]["EXPECT_LIVE"] == "${{ vars.NIGHTLY_EXPECT_LIVE }}"
    done, output = run_step(
        step, tmp_path, {"HAS_TOKEN": has_token, "REQUESTED": requested, "EXPECT_LIVE": expect_live}
    )
    assert done.returncode == 0, done.stderr
    values = dict(line.split("=", 1) for line in output.splitlines())
    assert values["mode"] == mode
    assert says in values["target"]
    if mode == "emulator" and has_token == "false":
        assert "NIGHTLY_EXPECT_LIVE=true" in values["target"]  # says how to make it red


def test_a_live_night_without_secrets_is_a_bad_setup_not_an_emulator_run(
    workflow: dict[str, Any], tmp_path: Path
) -> None:
    """The live step requires live mode: with the secrets empty, `make contract` refuses (exit 2, the cause named)
    instead of falling back to the emulator."""
    live = step_named(workflow, "Contract run against the live API")
    assert live["env"]["CONTRACT_REQUIRE_LIVE"] == "1"
    env = {name: "" for name, value in live["env"].items() if "secrets." in str(value)}
    env.update({name: str(value) for name, value in live["env"].items() if "secrets." not in str(value)})
    done = make_contract(tmp_path / "reports", env=env)
    assert (tmp_path / "reports" / "contract-exit-code").read_text().strip() == "2"
    assert "a live run is required (CONTRACT_REQUIRE_LIVE=1)" in done.stderr
    assert "HIGHLEVEL_TOKEN and HIGHLEVEL_LOCATION_ID are not set" in done.stderr


def test_the_summary_names_the_target_in_its_first_line(workflow: dict[str, Any], tmp_path: Path) -> None:
    summary = step_named(workflow, "Summarize (job summary and alarm text)")
    assert summary["env"]["TARGET"] == "${{ steps.target.outputs.target }}"
    assert '--target "$TARGET"' in summary["run"]
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "contract-exit-code").write_text("0\n")
    write_outcome(reports, RunOutcome("passed"))  # a green night needs the run's own outcome, not an exit code alone
    done = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "nightly_summary.py"),
            "--reports",
            str(reports),
            "--no-docs-drift",
            "--target",
            "the in-process emulator, because the secrets are not available",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in ("nightly-summary.md", "nightly-issue.md"):
        first = (reports / name).read_text().splitlines()[0]
        assert first == "Target: the in-process emulator, because the secrets are not available"


def fake_gh(tmp_path: Path) -> Path:
    """A `gh` that finds no open issue and keeps a copy of each body it is given (with its command line)."""
    bin_dir = tmp_path / "gh-bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(
        "#!/bin/bash\n"
        f'echo "$*" >> "{tmp_path}/gh-calls"\n'
        "while [ $# -gt 0 ]; do\n"
        f'  if [ "$1" = --body-file ]; then cp "$2" "{tmp_path}/gh-body"; fi\n'
        "  shift\n"
        "done\n"
    )
    gh.chmod(0o755)
    return bin_dir


@pytest.mark.parametrize(
    ("mention", "cc"),
    [
        ("alice, @acme/billing  bob-2", "cc @alice @acme/billing @bob-2"),
        ("", None),
        ("alice $(touch pwned) * bad;name", "cc @alice"),
    ],
    ids=["handles", "none", "hostile"],
)
def test_the_alarm_issue_mentions_the_configured_handles(
    workflow: dict[str, Any], tmp_path: Path, mention: str, cc: str | None
) -> None:
    alarm = step_named(workflow, "Open, update or close the nightly issue")
    assert alarm["env"]["MENTION"] == "${{ vars.NIGHTLY_MENTION }}"
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "nightly-issue.md").write_text("Target: the live HighLevel API\n\nred night\n")
    env = {
        "PATH": f"{fake_gh(tmp_path)}{os.pathsep}{os.environ['PATH']}",
        "RED": "true",
        "TITLE": "Nightly contract check failed: vendor drift",
        "RUN_URL": "https://example.invalid/run/1",
        "MENTION": mention,
    }
    done, _ = run_step(alarm, tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert "issue create --title Nightly contract check failed: vendor drift" in (tmp_path / "gh-calls").read_text()
    body = (tmp_path / "gh-body").read_text()
    assert body.startswith("Target: the live HighLevel API\n\nred night\n")
    if cc is None:
        assert "cc" not in body
    else:
        assert body.rstrip().splitlines()[-1] == cc
    assert not (tmp_path / "pwned").exists()
    if mention.endswith("bad;name"):
        assert "'bad;name' is not a GitHub user or team handle" in done.stdout
    # The downloaded body itself is left as it was (the mention goes into a copy).
    assert "cc" not in (tmp_path / "reports" / "nightly-issue.md").read_text()
