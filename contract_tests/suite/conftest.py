"""pytest glue of the suite: stop at once when the live-safety guard aborts; write reports at the end.

Reports are written when CONTRACT_REPORTS_DIR is set (scripts/contract.py sets it), so `make test` leaves no files.
"""

from __future__ import annotations

import os

import pytest

from contract_tests.suite import runtime


def _started() -> bool:
    return runtime.current_run.cache_info().currsize > 0


def pytest_runtest_teardown(item: pytest.Item) -> None:
    if _started():
        reason = runtime.current_run().target.abort_reason
        if reason:
            item.session.shouldstop = f"contract run aborted: {reason}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _started():
        return
    run = runtime.current_run()
    run.results.finish()
    if os.environ.get("CONTRACT_REPORTS_DIR"):
        from contract_tests.suite.reporting import write_reports
        from contract_tests.suite.session_log import active_log

        write_reports(run, session.testsfailed, active_log(session.config))
