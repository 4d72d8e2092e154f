"""Code using the client type-checks under mypy --strict; the README quick start runs as written."""

from __future__ import annotations

import contextlib
import runpy
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette

from contract_tests.emulator import emulator_state

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


@contextlib.contextmanager
def serve(app: Starlette) -> Iterator[int]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port in a background thread; yields the port."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    port = int(server.servers[0].sockets[0].getsockname()[1])
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_quickstart_runs_against_the_emulator(
    app: Starlette, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (HERE / "quickstart.py").read_text(encoding="utf-8")
    with serve(app) as port:
        script = tmp_path / "quickstart.py"
        script.write_text(source.replace("127.0.0.1:8765", f"127.0.0.1:{port}"), encoding="utf-8")
        runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    assert "next number:" in out
    assert "created:" in out
    assert "https://" in out
    assert len(emulator_state(app).store.invoices()) == 1
