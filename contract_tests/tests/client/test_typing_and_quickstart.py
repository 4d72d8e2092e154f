"""Code using the client type-checks under mypy --strict; the README quick start runs as written."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.applications import Starlette

from highlevel_invoices_emulator import emulator_state
from highlevel_invoices_emulator.serving import serve_in_thread

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


@pytest.mark.slow
def test_usage_module_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(HERE / "usage_typed.py")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_quickstart_runs_against_the_emulator(
    app: Starlette, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (HERE / "quickstart.py").read_text(encoding="utf-8")
    with serve_in_thread(app) as base_url:
        script = tmp_path / "quickstart.py"
        script.write_text(source.replace("http://127.0.0.1:8765", base_url), encoding="utf-8")
        runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    assert "next number:" in out
    assert "created:" in out
    assert "https://" in out
    created_id = out.split("created: ", 1)[1].split()[0]
    assert f"deleted: {created_id} draft" in out
    assert emulator_state(app).store.invoices() == []  # the quick start leaves nothing behind
