"""contract_tests/emulator/ is the installable distribution `highlevel-invoices-emulator`: its wheel holds the
emulator and nothing of the suite, its core installs and serves without the extras, and an integrator's test file
passes under pytest in a fresh virtual environment outside the repository that holds only the emulator (with its
`pytest` extra) and our client, in process and against the installed `highlevel-emulator` command. It also
installs offline: the wheel with `--no-index`, and the source directory with `--no-index --no-build-isolation`.

Each venv is made with the interpreter running the tests and gets its dependencies from the package index, as a
user's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from .support import served_command
from .test_plugin import run_user_tests, user_project

REPO_ROOT = Path(__file__).resolve().parents[3]
PROJECT = REPO_ROOT / "contract_tests" / "emulator"
UV = REPO_ROOT / ".tools" / "uv" / "bin" / "uv"
# pip as a user without a network runs it: no index, no configured find-links.
OFFLINE = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": "", "PIP_CONFIG_FILE": os.devnull}


def _build(source: Path, out: Path) -> Path:
    """The wheel `make dist` builds from `source` (uv build), into `out`."""
    result = subprocess.run(
        [str(UV), "build", str(source), "--wheel", "--out-dir", str(out), "--no-create-gitignore"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("*.whl")
    return wheel


def _venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True)
    return path / "bin" / "python"


def _pip(python: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def _run(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), *args], capture_output=True, text=True, check=False, cwd=python.parent)


def test_the_distribution_declares_its_core_and_extras() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "highlevel-invoices-emulator"
    assert sorted(d.split(">")[0] for d in project["dependencies"]) == ["starlette", "tzdata", "uvicorn"]
    assert sorted(project["optional-dependencies"]) == ["httpx", "pytest"]
    assert project["scripts"] == {"highlevel-emulator": "highlevel_invoices_emulator.cli:main"}
    assert project["entry-points"]["pytest11"] == {"highlevel_emulator": "highlevel_invoices_emulator.pytest_plugin"}
    assert (PROJECT / "highlevel_invoices_emulator" / "py.typed").exists()


@pytest.mark.slow
def test_an_integrators_tests_pass_in_a_fresh_venv_with_only_the_emulator_and_our_client(tmp_path: Path) -> None:
    emulator_wheel = _build(PROJECT, tmp_path / "wheels")
    client_source = tmp_path / "client"
    shutil.copytree(REPO_ROOT / "generated", client_source, ignore=shutil.ignore_patterns("__pycache__"))
    client_wheel = _build(client_source, tmp_path / "client-wheels")

    # Nothing of the suite comes with it: the package and its metadata, no test, no card, no spec.
    names = zipfile.ZipFile(emulator_wheel).namelist()
    assert {name.split("/")[0] for name in names} == {
        "highlevel_invoices_emulator",
        emulator_wheel.name.split("-py3")[0] + ".dist-info",
    }
    assert "highlevel_invoices_emulator/py.typed" in names
    assert not [name for name in names if name.split("/")[-1].startswith("test_") or "/tests/" in name]
    assert "highlevel_invoices_emulator/endpoints/text2pay.py" in names

    # The core alone: it imports and serves without httpx or pytest.
    python = _venv(tmp_path / "venv")
    core = _pip(python, str(emulator_wheel))
    assert core.returncode == 0, core.stdout + core.stderr
    missing = _run(python, "-c", "import importlib.util as u; print(u.find_spec('httpx'), u.find_spec('pytest'))")
    assert missing.stdout.split() == ["None", "None"], missing.stdout
    helped = _run(python.parent / "highlevel-emulator", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "--control" in helped.stdout
    extra = _run(python, "-c", "import highlevel_invoices_emulator.testing")
    assert "No module named 'httpx'" in extra.stderr

    # pytest without the extra's httpx: the fixture says what to install.
    assert _pip(python, "pytest").returncode == 0
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "test_bare.py").write_text("def test_it(highlevel_emulator):\n    pass\n", encoding="utf-8")
    refused = run_user_tests(bare, python=str(python))
    assert refused.returncode != 0
    assert "the highlevel_emulator fixture needs httpx" in refused.stdout + refused.stderr

    # The plugin extra and our client, then the integrator's test file, outside the repository.
    installed = _pip(python, f"{emulator_wheel}[pytest]", str(client_wheel))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    project = user_project(tmp_path)
    in_process = run_user_tests(project, python=str(python))
    assert in_process.returncode == 0, in_process.stdout[-4000:] + in_process.stderr[-2000:]
    assert "4 passed" in in_process.stdout
    assert str(REPO_ROOT) not in _run(python, "-c", "import highlevel_invoices_emulator as e; print(e.__file__)").stdout

    with served_command(command=[str(python.parent / "highlevel-emulator")]) as info:
        served = run_user_tests(project, f"--highlevel-emulator-url={info['baseUrl']}", python=str(python))
    assert served.returncode == 0, served.stdout[-4000:] + served.stderr[-2000:]
    assert "4 passed" in served.stdout
    assert info["output"][0] == 0

    # Offline, its dependencies present: the wheel with --no-index ...
    uninstall = [str(python), "-m", "pip", "uninstall", "--yes", "--quiet", "highlevel-invoices-emulator"]
    subprocess.run(uninstall, check=True, capture_output=True)
    offline_wheel = _pip(python, f"{emulator_wheel}[pytest]", env=OFFLINE)
    assert offline_wheel.returncode == 0, offline_wheel.stdout + offline_wheel.stderr
    # ... and the source directory with --no-index --no-build-isolation (its build backend, hatchling, present).
    assert _pip(python, "hatchling").returncode == 0
    subprocess.run(uninstall, check=True, capture_output=True)
    source = tmp_path / "emulator-source"
    shutil.copytree(PROJECT, source, ignore=shutil.ignore_patterns("__pycache__"))
    offline_source = _pip(python, "--no-build-isolation", f"{source}[pytest]", env=OFFLINE)
    assert offline_source.returncode == 0, offline_source.stdout + offline_source.stderr
    # Without --no-build-isolation pip cannot fetch the build backend offline: the README says so.
    subprocess.run(uninstall, check=True, capture_output=True)
    isolated = _pip(python, f"{source}[pytest]", env=OFFLINE)
    assert isolated.returncode != 0
    assert "hatchling" in isolated.stdout + isolated.stderr
