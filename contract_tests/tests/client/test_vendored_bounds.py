"""A vendored copy of the client (generated/highlevel_invoices copied into a directory outside the repository), with
httpx 0.28 and with httpx 0.29 from the package index in a throwaway venv, meets the four attacks of issue 23 on a
real loopback server: the gzip bomb (2 MB expanding to 2 GiB), the 5,000-deep 2xx, the dripped body and the endless
pacer wait. Each call must end within its timeout with a HighLevelError, its process's memory growing by less than
100 MB (peak resident set, VmHWM, against the resident set before the call).

The servers run in the test process, the client in a subprocess of its own per attack, so each peak is the client's.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from contract_tests.tests.client.hostile_server import (
    ENDLESS_PACING,
    Behaviour,
    HostileServer,
    answer,
    bomb,
    deep_json,
    drip,
    gzip_bomb,
)
from scripts.generate import PACKAGE

HTTPX_VERSIONS = ["0.28.1", "0.29.0"]
MEMORY_BOUND_MB = 100

_ATTACK = textwrap.dedent(
    """
    import json, sys, time

    sys.path.insert(0, sys.argv[1])  # the vendored copy, and nothing of the repository
    import httpx
    from highlevel_invoices import HighLevelError, HighLevelInvoices

    attack, base_url, timeout = sys.argv[2], sys.argv[3], float(sys.argv[4])
    assert "site-packages" not in __import__("highlevel_invoices").__file__


    def kib(field):
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1])
        raise LookupError(field)


    draft = {
        "altId": "loc", "userId": "user", "name": "Vendored", "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
        "issueDate": "2024-01-01", "sentTo": {"email": ["a@example.com"]}, "liveMode": False, "action": "draft",
    }
    with HighLevelInvoices("tok", base_url=base_url) as client:
        if attack == "pacer":
            client.generate_invoice_number(alt_id="loc")  # the server announces its endless window
        before = kib("VmRSS")
        started = time.monotonic()
        try:
            if attack == "deep":
                client.create_and_send_invoice(draft, timeout=timeout)
            else:
                client.generate_invoice_number(alt_id="loc", timeout=timeout)
            outcome, message = "returned", ""
        except HighLevelError as exc:
            outcome, message = type(exc).__name__, str(exc)
        elapsed = time.monotonic() - started
    print(json.dumps({
        "httpx": httpx.__version__, "outcome": outcome, "message": message, "elapsed": elapsed,
        "growth_mb": (kib("VmHWM") - before) / 1024,
    }))
    """
)

ATTACKS: dict[str, tuple[Callable[[], Behaviour], float, str]] = {
    # name: (server behaviour, timeout, the error expected)
    "bomb": (lambda: bomb(2 * 1024**3), 10.0, "ResponseTooLargeError"),
    "deep": (lambda: answer(deep_json(5000)), 5.0, "ResponseValidationError"),
    "drip": (lambda: drip(b'{"invoiceNumber":"42"}', every=0.5), 2.0, "APITimeoutError"),
    "pacer": (lambda: answer(extra=ENDLESS_PACING), 1.0, "RateLimitWaitError"),
}


@pytest.fixture(scope="module", params=HTTPX_VERSIONS)
def vendored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(a venv's python with that httpx and attrs from the package index, the directory of the copy, the version)"""
    root = tmp_path_factory.mktemp(f"vendored-httpx-{request.param}")
    shutil.copytree(PACKAGE, root / "app" / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True, capture_output=True)
    python = root / "venv" / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"httpx=={request.param}",
            "attrs",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    (root / "attack.py").write_text(_ATTACK, encoding="utf-8")
    return python, root, request.param


@pytest.mark.slow
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_vendored_client_meets_each_attack_within_its_timeout_and_bounded_memory(
    vendored: tuple[Path, Path, str], attack: str
) -> None:
    python, root, version = vendored
    behaviour, timeout, expected = ATTACKS[attack]
    if attack == "bomb":
        gzip_bomb(2 * 1024**3)  # built before the clock starts
    server = HostileServer(behaviour())
    with server.running() as base_url:
        result = subprocess.run(
            [str(python), "-I", str(root / "attack.py"), str(root / "app"), attack, base_url, str(timeout)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    assert figures["httpx"] == version
    assert figures["outcome"] == expected, figures
    assert figures["elapsed"] <= timeout + 0.25, figures
    assert figures["growth_mb"] < MEMORY_BOUND_MB, figures
