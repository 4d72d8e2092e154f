"""Run the contract suite (`make contract`): the in-process emulator by default, a server or the live API on request.

usage: python scripts/contract.py [--spec curated|as-documented] [--reports-dir DIR] [-k EXPRESSION]

Environment: see contract_tests/suite/settings.py (HIGHLEVEL_TOKEN + HIGHLEVEL_LOCATION_ID for live mode,
CONTRACT_BASE_URL for any server, CONTRACT_RATE_LIMIT, CONTRACT_MAX_REQUESTS, HYPOTHESIS_PROFILE, ...).
Writes contract-report.md, contract-report.html, junit.xml, failures.txt and recording.har.gz under the reports
directory. The console gets one line per test, then the summary; pytest's own terminal output is off.
Randomized profiles (HYPOTHESIS_PROFILE=nightly) get a seed, printed and written to the report; set CONTRACT_SEED
to the same number to reproduce a run.
Before any case, one read-only call (the preflight) checks the Version header, token, scope and location; every
draft the run creates is deleted before it ends (ids journaled in the reports directory; `make cleanup` finishes
the job after a crash).
Exit status: 0 passed; 1 new violations, resolved discrepancies, failing tests or drafts left behind; 2 bad
settings, an unreachable server, or credentials the target refuses (preflight, or mid-run); 3 aborted (live-safety
guard, request or create budget, server lost mid-run).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import socket
import sys
import textwrap
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "generated")]

SUITE_DIR = REPO_ROOT / "contract_tests" / "suite"
# The Hypothesis profiles (contract_tests/conftest.py) that are not derandomized: their runs get a seed.
RANDOM_PROFILES = frozenset({"nightly"})
CONNECT_TIMEOUT = 5.0
# The installed pytest plugins the suite runs with (hypothesis, schemathesis; asyncio and benchmark because
# pyproject's pytest options name theirs): every one but anyio's.
SUITE_PLUGINS = (
    "_hypothesis_pytestplugin",
    "schemathesis.pytest.plugin",
    "pytest_asyncio.plugin",
    "pytest_benchmark.plugin",
)


def check_environment() -> str | None:
    """Why the run cannot start (bad settings, unwritable reports directory, unreachable server), or None."""
    from contract_tests.suite.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as error:
        return str(error)
    try:
        settings.reports_dir.mkdir(parents=True, exist_ok=True)
        probe = settings.reports_dir / ".contract-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        return f"CONTRACT_REPORTS_DIR: cannot write reports to {settings.reports_dir}: {error}"
    if settings.base_url is not None:
        problem = reachable(settings.base_url)
        if problem:
            return problem
    print(f"contract: {settings.spec} spec; target: {settings.describe()}")
    print(f"contract: reports in {settings.reports_dir}")
    if settings.seed is not None and os.environ.get("HYPOTHESIS_PROFILE", "default") in RANDOM_PROFILES:
        print(f"contract: seed {settings.seed} (reproduce with CONTRACT_SEED={settings.seed})")
    sys.stdout.flush()
    return None


def reachable(base_url: str) -> str | None:
    """Why the server at `base_url` cannot be reached (a TCP connection, no request is sent), or None."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT):
            return None
    except OSError as error:
        return f"cannot connect to {base_url} ({host} port {port}): {error.strerror or error}; is the server running?"


def redact_console() -> None:
    """Scrub every token this run may hold (and any text shaped like one) from everything it prints."""
    from contract_tests.suite.console import ConsoleRedactor, RedactingStream
    from highlevel_invoices_emulator import tokens as emulator_tokens

    given = [os.environ.get(name, "") for name in ("HIGHLEVEL_TOKEN", "HIGHLEVEL_AGENCY_TOKEN", "HIGHLEVEL_PIT_TOKEN")]
    known = (
        emulator_tokens.LOCATION_TOKEN,
        emulator_tokens.AGENCY_TOKEN,
        emulator_tokens.PRIVATE_INTEGRATION_TOKEN,
        emulator_tokens.OTHER_LOCATION_TOKEN,
    )
    redact = ConsoleRedactor([*given, *known])
    sys.stdout = RedactingStream(sys.stdout, redact)
    sys.stderr = RedactingStream(sys.stderr, redact)


def main(argv: list[str] | None = None) -> int:
    redact_console()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--spec", choices=("curated", "as-documented"), help="spec variant (default: CONTRACT_SPEC or curated)"
    )
    parser.add_argument("--reports-dir", type=Path, help="where reports go (default: CONTRACT_REPORTS_DIR or reports/)")
    parser.add_argument("-k", dest="keyword", help="only run tests matching this pytest -k expression")
    args = parser.parse_args(argv)
    if args.spec:
        os.environ["CONTRACT_SPEC"] = args.spec
    if args.reports_dir:
        os.environ["CONTRACT_REPORTS_DIR"] = str(args.reports_dir)

    reports_dir = Path(os.environ.get("CONTRACT_REPORTS_DIR", "").strip() or REPO_ROOT / "reports")
    os.environ["CONTRACT_REPORTS_DIR"] = str(reports_dir)
    pytest_args = [
        str(SUITE_DIR),
        # pytest's terminal output (dots, `[ 96%]`, exception groups before any summary) is replaced by the
        # session log's lines and the summary; its options (`-ra` in pyproject's addopts) go with it.
        "-p",
        "no:terminal",
        "-o",
        "addopts=",
        "--strict-markers",
        "-p",
        "no:cacheprovider",
        # Only the plugins the suite uses, named: pytest otherwise marks every installed plugin's package for
        # assertion rewriting, and warns about those this script already imported (anyio, via the settings ->
        # emulator -> starlette import chain).
        "--disable-plugin-autoload",
        *(arg for plugin in SUITE_PLUGINS for arg in ("-p", plugin)),
        f"--rootdir={REPO_ROOT}",
    ]
    seed = os.environ.get("CONTRACT_SEED", "").strip()
    if os.environ.get("HYPOTHESIS_PROFILE", "default") in RANDOM_PROFILES and (seed.isdigit() or not seed):
        seed = seed or str(random.SystemRandom().getrandbits(32))
        os.environ["CONTRACT_SEED"] = seed
        pytest_args.append(f"--hypothesis-seed={seed}")
    if args.keyword:
        pytest_args += ["-k", args.keyword]
    from contract_tests.suite.reporting import remove_previous

    if reports_dir.is_dir():
        with contextlib.suppress(OSError):  # an unwritable directory is named by check_environment below
            remove_previous(reports_dir)  # no report of an earlier run may be read as this one's
    problem = check_environment()
    if problem is not None:
        return setup_error(reports_dir, problem)
    import pytest
    from rich.console import Console

    from contract_tests.suite import runtime
    from contract_tests.suite.session_log import SessionLog

    def cases_so_far() -> int:
        return runtime.current_run().results.total_cases if runtime.current_run.cache_info().currsize else 0

    console = Console(highlight=False)
    log = SessionLog(
        cases_so_far=cases_so_far, width=min(console.width, 100), write=lambda line: print(line, flush=True)
    )
    status = pytest.main(pytest_args, plugins=[log])

    from contract_tests.suite.junit import failure_reason
    from contract_tests.suite.reporting import facts_of
    from contract_tests.suite.summary import print_summary

    if not runtime.current_run.cache_info().currsize:
        for failure in log.failures():
            print(f"contract: {failure.title}: {failure.detail.strip()}", file=sys.stderr)
        print("contract: no test ran (check -k)", file=sys.stderr)
        return 1
    run = runtime.current_run()
    outcome = run.outcome
    if outcome is None:  # pytest ended before the session's end hook (an internal error): no verdict
        print(f"contract: the suite ended without a verdict (pytest status {status})", file=sys.stderr)
        return 1
    figures = run.results.figures
    width = min(console.width, 100)
    if outcome.status != "setup error":
        print(textwrap.fill(f"contract: {run.sizing.describe()}", width=width), flush=True)
    failures = [(f.title, failure_reason(f, run.results)) for f in log.failures()]
    print_summary(console, run.results, facts_of(run), outcome, failures=failures)
    print(textwrap.fill(f"contract: {figures.describe()}", width=width), flush=True)
    for problem in figures.cleanup_problems:
        print(textwrap.fill(f"contract: cleanup: {problem}", width=width), file=sys.stderr)
    if figures.left_behind:
        print("contract: drafts left behind; `make cleanup` deletes them", file=sys.stderr)
    if outcome.status == "passed" and status not in (0, 1):
        print(f"contract: pytest ended with status {status}; the run is not a pass", file=sys.stderr)
        return 1
    return outcome.exit_code


def setup_error(reports_dir: Path, problem: str) -> int:
    """A run that cannot start: the cause on stderr and in every report (exit status 2)."""
    print(f"contract: setup error: {problem}", file=sys.stderr)
    from contract_tests.suite.reporting import write_setup_error

    secrets = tuple(v for k, v in os.environ.items() if k.startswith("HIGHLEVEL_") and "TOKEN" in k and v)
    # Where the reports directory itself is the problem, the line above already says so.
    with contextlib.suppress(OSError):
        reports_dir.mkdir(parents=True, exist_ok=True)
        write_setup_error(reports_dir, problem, secrets=secrets, spec=os.environ.get("CONTRACT_SPEC") or "curated")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
