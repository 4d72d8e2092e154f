"""Golden-record checks of generated/: regenerating gives the committed files byte for byte, and they type-check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.generate import PACKAGE, REPO_ROOT, TARGET, render


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def fresh_render(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("render") / "generated"
    result = render(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_generated_package_is_up_to_date_with_the_spec(fresh_render: Path) -> None:
    expected, committed = _tree(fresh_render), _tree(TARGET)
    stale = sorted(name for name in expected.keys() | committed.keys() if expected.get(name) != committed.get(name))
    assert stale == [], f"generated/ is stale against the spec (run `make generate`): {stale}"


def test_generation_is_deterministic(fresh_render: Path, tmp_path: Path) -> None:
    second = tmp_path / "generated"
    result = render(second)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _tree(second) == _tree(fresh_render)


def test_generated_package_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PACKAGE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_operation_specific_version_enums(fresh_render: Path) -> None:
    models = {path.stem for path in (fresh_render / "highlevel_invoices" / "models").glob("*.py")}
    assert "api_version" in models
    assert not {name for name in models if name.endswith("_version") and name != "api_version"}
