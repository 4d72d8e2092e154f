"""pytest glue of the suite: the preflight before the first case, a stop at once when the run aborts, and at the
end the cleanup of every draft the run created, then the reports.

The preflight's refusal ends the session with exit status 2 (a setup error, never a verdict about the vendor);
a draft left behind fails the session. At the end the run's outcome is decided once (`reporting.conclude`), after
the `vendor-docs` proofs took the verdict of the same job's docs-drift report. Reports are written when
CONTRACT_REPORTS_DIR is set (scripts/contract.py sets it), so `make test` leaves no files.
"""

from __future__ import annotations

import os

import pytest

from contract_tests.suite import runtime

PREFLIGHT_FAILED = 2


def _started() -> bool:
    return runtime.current_run.cache_info().currsize > 0


def pytest_collection_finish(session: pytest.Session) -> None:
    if not _started() or not session.items:
        return
    verdict = runtime.current_run().preflight()
    if verdict.status == "failed":
        pytest.exit(f"contract preflight failed ({verdict.cause}); no case ran", returncode=PREFLIGHT_FAILED)


def pytest_runtest_teardown(item: pytest.Item) -> None:
    if _started():
        reason = runtime.current_run().target.abort_reason
        if reason:
            item.session.shouldstop = f"contract run aborted: {reason}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _started():
        return
    from contract_tests.suite.reporting import conclude, settle_docs_proofs, write_reports
    from contract_tests.suite.session_log import active_log

    run = runtime.current_run()
    run.cleanup()
    run.results.finish()
    settle_docs_proofs(run)
    outcome = conclude(run, session.testsfailed)
    if outcome.exit_code and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if os.environ.get("CONTRACT_REPORTS_DIR"):
        write_reports(run, outcome, active_log(session.config))
