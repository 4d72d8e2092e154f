"""The pytest plugin as an integrator meets it: their own test file (`integrator/integrator_suite.py`) run by pytest
outside this repository's configuration, against the emulator in process and against the served command, and the
fixture's marker refusing what it does not know.

The plugin is found through its `pytest11` entry point: the dev environment has the distribution installed
(editable), as a user's environment has it installed from the wheel (`test_distribution.py` does that).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .support import served_command

REPO_ROOT = Path(__file__).resolve().parents[3]
INTEGRATOR_SUITE = Path(__file__).parent / "integrator" / "integrator_suite.py"


def run_user_tests(project: Path, *args: str, python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    """pytest over the integrator's project directory, with nothing of this repository's configuration."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "HIGHLEVEL_", "PYTHONPATH"))}
    plugins: list[str] = []
    if python == sys.executable:
        # The dev environment: our client is in generated/, not installed; and of its many pytest plugins only the
        # emulator's is loaded, by its entry point's name (a fresh venv autoloads it, test_distribution.py).
        environment.update(PYTHONPATH=str(REPO_ROOT / "generated"), PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
        plugins = ["-p", "highlevel_emulator"]
    return subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugins, *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def user_project(root: Path) -> Path:
    project = root / "billing-app"
    project.mkdir()
    shutil.copyfile(INTEGRATOR_SUITE, project / "test_billing.py")
    return project


def test_the_integrators_tests_pass_with_the_emulator_in_process(tmp_path: Path) -> None:
    result = run_user_tests(user_project(tmp_path))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "4 passed" in result.stdout


def test_the_same_tests_pass_against_the_served_command(tmp_path: Path) -> None:
    project = user_project(tmp_path)
    with served_command() as info:
        result = run_user_tests(project, f"--highlevel-emulator-url={info['baseUrl']}")
        invoices = int(info["invoices"])  # the served emulator started empty
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "4 passed" in result.stdout
    assert invoices == 0
    assert info["output"][0] == 0


def test_a_served_emulator_without_control_is_a_clear_setup_error(tmp_path: Path) -> None:
    with served_command(control=False) as info:
        result = run_user_tests(user_project(tmp_path), f"--highlevel-emulator-url={info['baseUrl']}", "-x")
    assert result.returncode == 1
    assert "has no control channel: start it with --control" in result.stdout


def test_the_marker_refuses_options_it_does_not_know(tmp_path: Path) -> None:
    project = tmp_path / "app"
    project.mkdir()
    (project / "test_marker.py").write_text(
        "import pytest\n\n\n"
        "@pytest.mark.highlevel_emulator(profle='retry-after')\n"
        "def test_typo(highlevel_emulator):\n"
        "    pass\n\n\n"
        "@pytest.mark.highlevel_emulator(profile='retry-after', seed=2)\n"
        "def test_profile_and_seed(highlevel_emulator):\n"
        "    assert highlevel_emulator.control.info()['profile'] == 'retry-after'\n"
        "    assert len(highlevel_emulator.invoices()) == 2\n\n\n"
        "def test_each_test_starts_afresh(highlevel_emulator):\n"
        "    assert highlevel_emulator.invoices() == [] and highlevel_emulator.requests == []\n",
        encoding="utf-8",
    )
    result = run_user_tests(project)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "2 passed, 1 error" in result.stdout
    assert "unknown option(s) profle; known: profile, now, faults, seed" in result.stdout
