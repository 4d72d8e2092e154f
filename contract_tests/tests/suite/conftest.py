"""Fixtures for testing the contract suite: the emulator served over HTTP on 127.0.0.1, and suite runs in a
subprocess (`scripts/contract.py`), so each run gets a fresh process like `make contract` does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from starlette.applications import Starlette

from contract_tests.suite.targets import build_emulator
from highlevel_invoices_emulator import RateLimitConfig
from highlevel_invoices_emulator.serving import serve_in_thread

REPO_ROOT = Path(__file__).resolve().parents[3]
CONTRACT = REPO_ROOT / "scripts" / "contract.py"
SUITE_ENV_PREFIXES = ("HIGHLEVEL_", "CONTRACT_")


@dataclass
class Served:
    app: Starlette
    url: str


@dataclass
class SuiteRun:
    returncode: int
    output: str
    reports: Path


# The vendor's burst limit scaled down in time (the vendor allows 100 requests per 10 s): a URL run at full speed
# exceeds it, so it must back off after 429s to pass. 10x the vendor's window would take minutes in CI.
SMALL_WINDOW = RateLimitConfig(max_requests=25, interval_ms=500)


@pytest.fixture(scope="session")
def served_emulator() -> Iterator[Served]:
    yield from _serve(build_emulator("default"))


@pytest.fixture(scope="session")
def rate_limited_emulator() -> Iterator[Served]:
    """The emulator with a burst limit (SMALL_WINDOW) that a URL run reaches."""
    yield from _serve(build_emulator("default", rate_limit=SMALL_WINDOW))


def _serve(app: Starlette) -> Iterator[Served]:
    with serve_in_thread(app) as url:
        yield Served(app, url)


def run_suite(
    reports: Path, *args: str, timeout: float = 240, variables: dict[str, str] | None = None, **env: str
) -> SuiteRun:
    """Run scripts/contract.py with a clean suite environment plus `variables` and `env`; never talks to anything
    but 127.0.0.1."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(SUITE_ENV_PREFIXES)}
    clean.update({"CONTRACT_REPORTS_DIR": str(reports), "HYPOTHESIS_PROFILE": "ci", "NO_COLOR": "1"})
    clean.update({**(variables or {}), **env})
    base = clean.get("CONTRACT_BASE_URL", "")
    assert base in ("", "http://[::1") or base.startswith("http://127.0.0.1:"), base
    done = subprocess.run(
        [sys.executable, str(CONTRACT), *args],
        env=clean,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return SuiteRun(done.returncode, done.stdout + done.stderr, reports)


@pytest.fixture(scope="session")
def url_run(rate_limited_emulator: Served, tmp_path_factory: pytest.TempPathFactory) -> SuiteRun:
    """The whole suite against the rate-limited emulator served by uvicorn (CONTRACT_BASE_URL mode)."""
    return run_suite(tmp_path_factory.mktemp("url-run"), CONTRACT_BASE_URL=rate_limited_emulator.url)
