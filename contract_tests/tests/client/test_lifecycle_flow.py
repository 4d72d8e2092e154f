"""The invoice lifecycle through a vendored copy of the client against the served emulator, sync and async.

The copy (`generated/highlevel_invoices` alone, beside `lifecycle_flow.py`) runs in its own interpreter with no path
into this repository: create three drafts, get one, list them over two pages, update, send it manually, pay it in
cash twice (partially paid, then paid with nothing due), send and void another, delete the third and see its read
refused with a typed error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from highlevel_invoices_emulator import RateLimitConfig, create_app
from highlevel_invoices_emulator.serving import serve_in_thread
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

REPO_ROOT = Path(__file__).resolve().parents[3]
USER_ID = "hUm4SmFjEfHyjzTtQxXy"


def test_a_vendored_client_runs_the_whole_lifecycle_sync_and_async(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "generated" / "highlevel_invoices", tmp_path / "highlevel_invoices")
    shutil.copyfile(Path(__file__).with_name("lifecycle_flow.py"), tmp_path / "lifecycle_flow.py")
    app = create_app(rate_limit=RateLimitConfig(max_requests=10_000, interval_ms=1_000))
    with serve_in_thread(app) as base_url:
        result = subprocess.run(
            [sys.executable, "-E", "-s", "lifecycle_flow.py", base_url, LOCATION_TOKEN, MAIN_LOCATION_ID, USER_ID],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "sync: deleted invoice reads as BadRequestError 400",
        "sync: create, get, list, update, send, two cash payments, void, delete: ok",
        "async: deleted invoice reads as BadRequestError 400",
        "async: create, get, list, update, send, two cash payments, void, delete: ok",
    ]
