"""Run the contract suite (`make contract`): the in-process emulator by default, a server or the live API on request.

usage: python scripts/contract.py [--spec curated|as-documented] [--reports-dir DIR] [-k EXPRESSION]

Environment: see contract_tests/suite/settings.py (HIGHLEVEL_TOKEN + HIGHLEVEL_LOCATION_ID for live mode,
CONTRACT_BASE_URL for any server, CONTRACT_RATE_LIMIT, CONTRACT_MAX_REQUESTS, HYPOTHESIS_PROFILE, ...).
Writes junit.xml, contract-report.md and recording.har under the reports directory.
Exit status: 0 passed; 1 new violations, resolved discrepancies or failing tests; 2 bad settings; 3 aborted by the
live-safety guard.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "generated")]

SUITE_DIR = REPO_ROOT / "contract_tests" / "suite"


class Progress:
    """A pytest plugin printing one line per finished test: the cases it ran, the running total and rate."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seen = 0

    def pytest_runtest_logreport(self, report: object) -> None:
        from contract_tests.suite import runtime

        when, outcome, nodeid = (
            getattr(report, "when", ""),
            getattr(report, "outcome", ""),
            getattr(report, "nodeid", ""),
        )
        if when != "call" and outcome != "failed" and not (when == "setup" and outcome == "skipped"):
            return
        total = runtime.current_run().results.total_cases if runtime.current_run.cache_info().currsize else 0
        cases, self.seen = total - self.seen, total
        elapsed = time.perf_counter() - self.started
        rate = total / elapsed if elapsed else 0.0
        # Schemathesis gives every operation's item the same node id; the location's name tells them apart.
        location = getattr(report, "location", None)
        name = location[2] if location else nodeid.split("::", 1)[-1]
        print(f"  {outcome:<7} {name:<62} {cases:>6} cases  ({total} in all, {rate:.1f}/s)", flush=True)


def main(argv: list[str] | None = None) -> int:
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

    from contract_tests.suite.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"contract: {error}", file=sys.stderr)
        return 2
    os.environ["CONTRACT_REPORTS_DIR"] = str(settings.reports_dir)
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    print(
        f"contract: {settings.spec} spec against {settings.describe()}; reports in {settings.reports_dir}", flush=True
    )

    import pytest
    from rich.console import Console

    pytest_args = [
        str(SUITE_DIR),
        "-q",
        "--no-header",
        "-p",
        "no:cacheprovider",
        "--tb=line",
        f"--junitxml={settings.reports_dir / 'junit.xml'}",
        f"--rootdir={REPO_ROOT}",
    ]
    if args.keyword:
        pytest_args += ["-k", args.keyword]
    status = pytest.main(pytest_args, plugins=[Progress()])

    from contract_tests.suite import runtime
    from contract_tests.suite.reporting import facts_of
    from contract_tests.suite.summary import print_summary

    if not runtime.current_run.cache_info().currsize:
        print("contract: no test ran (check -k)", file=sys.stderr)
        return 1
    run = runtime.current_run()
    failed = 0 if status == 0 else 1
    print_summary(Console(), run.results, facts_of(run), failed)
    if run.target.guard.abort_reason:
        return 3
    return 0 if status == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
