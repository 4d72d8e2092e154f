"""What each test of a contract run did, in words: a pytest plugin that `scripts/contract.py` installs.

pytest's own terminal output (progress dots, `[ 96%]`, Hypothesis exception groups before any summary) is turned
off for contract runs; this plugin prints one short line per finished test instead, names tests after what they
test (`conformance POST /invoices/text2pay`, `proof t2p-example-body`, `stateful sequences`), and keeps each
failure's full text for `failures.txt` and the JUnit report, with one plain line to show in the console.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest

Kind = Literal["conformance", "stateful", "proof", "collection", "other"]
Outcome = Literal["passed", "failed", "skipped"]
FAILURES_NAME = "failures.txt"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# The exception line a failure ends with ("contract_tests.suite.live_guard.UnsafeRequestError: ..."), or a
# Schemathesis failure title ("- Response violates schema"), in a Hypothesis exception group.
_ERROR_LINE = re.compile(r"^\s*(?:\|\s*)*(?:E\s+)?(?:[\w.]+(?:Error|Exception|Failure|Contradicted)\b:?\s*)(.*)$")
_CONTINUATION = re.compile(r"^\s*(?:\|\s*)*E\s+(.*)$")
_FAILURE_TITLE = re.compile(r"^\s*(?:\|\s*)*- (.+)$")


@dataclass(frozen=True)
class TestOutcome:
    __test__ = False  # a record of a test, not one for pytest to collect

    kind: Kind
    name: str  # the operation label, the entry id, or the test's own name
    outcome: Outcome
    duration: float
    message: str = ""  # one plain line: why it failed or was skipped
    detail: str = ""  # the full plain text of the failure
    cases: int = 0

    @property
    def title(self) -> str:
        if self.kind == "conformance":
            return f"conformance {self.name}"
        if self.kind == "proof":
            return f"proof {self.name}"
        if self.kind == "stateful":
            return "stateful sequences"
        return self.name


def classify(nodeid: str, location_name: str) -> tuple[Kind, str]:
    """The kind of a suite test and its short name, from its node id and (for Schemathesis) location name."""
    test = nodeid.rsplit("::", 1)[-1]
    if "test_conformance" in nodeid:
        match = re.search(r"\[(.+)\]$", location_name)
        return "conformance", match.group(1) if match else location_name
    if "test_discrepancy[" in test:
        return "proof", test.split("[", 1)[1].rstrip("]")
    if "TestStateful" in nodeid:
        return "stateful", "sequences"
    return "other", location_name or test


def plain(text: str) -> str:
    return _ANSI.sub("", text)


def one_line(detail: str) -> str:
    """The line of a failure's text a reader needs first: its exception message or a check's failure title."""
    lines = [line for line in plain(detail).splitlines() if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        match = _ERROR_LINE.match(lines[index])
        if match and match.group(1).strip():
            # An exception message that goes on (a schema failure: the title, then what failed) keeps one more
            # line, from the same traceback block.
            following = lines[index + 1] if index + 1 < len(lines) else ""
            more = _CONTINUATION.match(following)
            tail = f" {more.group(1).strip()}" if more and more.group(1).strip() else ""
            return match.group(1).strip() + tail
    for line in lines:
        match = _FAILURE_TITLE.match(line)
        if match:
            return match.group(1).strip()
    return lines[-1].strip(" |") if lines else ""


class SessionLog:
    """Collects a `TestOutcome` per test; with `echo`, prints a line per test to `write`."""

    def __init__(
        self,
        *,
        echo: bool = True,
        cases_so_far: Callable[[], int] = lambda: 0,
        write: Callable[[str], None] = print,
        width: int | None = None,
    ) -> None:
        self.outcomes: list[TestOutcome] = []
        self.echo = echo
        self._cases_so_far = cases_so_far
        self._seen_cases = 0
        self._write = write
        self._width = width or min(shutil.get_terminal_size((80, 24)).columns, 100)
        self._started = time.perf_counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.outcome != "passed" and report.when in ("setup", "teardown")):
            self._record(report)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            detail = plain(str(report.longreprtext))
            outcome = TestOutcome("collection", report.nodeid or "collection", "failed", 0.0, one_line(detail), detail)
            self._add(outcome)

    def _record(self, report: pytest.TestReport) -> None:
        location_name = report.location[2] if report.location else report.nodeid
        kind, name = classify(report.nodeid, location_name)
        total = self._cases_so_far()
        cases, self._seen_cases = total - self._seen_cases, total
        detail = plain(str(report.longreprtext)) if report.outcome != "passed" else ""
        message = ""
        if report.outcome == "skipped" and isinstance(report.longrepr, tuple):
            message = str(report.longrepr[2]).removeprefix("Skipped: ")
        elif detail:
            message = one_line(detail)
        self._add(TestOutcome(kind, name, report.outcome, report.duration, message, detail, cases))

    def _add(self, outcome: TestOutcome) -> None:
        self.outcomes.append(outcome)
        if self.echo:
            self._write(self.line(outcome))

    def line(self, outcome: TestOutcome) -> str:
        """`passed  conformance GET /invoices/...  138 cases`, figures moved to a second line if it is too wide."""
        head = f"{outcome.outcome:<7} {outcome.title}"
        if not outcome.cases:
            return head
        elapsed = time.perf_counter() - self._started
        rate = self._seen_cases / elapsed if elapsed > 0 else 0.0
        figures = f"{outcome.cases} cases ({rate:.0f}/s)"
        if len(head) + 2 + len(figures) <= self._width:
            return f"{head}  {figures}"
        return f"{head}\n{'':8}{figures}"

    def failures(self) -> list[TestOutcome]:
        return [o for o in self.outcomes if o.outcome == "failed"]

    def write_failures(
        self,
        path: Path,
        redact: Callable[[str], str] = lambda text: text,
        reproduce: Callable[[str], str] = lambda text: text,
        preamble: str = "",
        none: str = "No failures.\n",
    ) -> None:
        """Every failure's full text, one section per test (the console shows one line each), its reproductions
        aimed by `reproduce`, after `preamble` (how to run them)."""
        sections = [f"{'=' * 78}\n{o.outcome.upper()}: {o.title}\n{'=' * 78}\n{o.detail}\n" for o in self.failures()]
        text = preamble + "\n" + reproduce("\n".join(sections)) if sections else none
        path.write_text(redact(text), encoding="utf-8")


def active_log(config: pytest.Config) -> SessionLog | None:
    """The session's log, when the run was started by `scripts/contract.py`."""
    return next((p for p in config.pluginmanager.get_plugins() if isinstance(p, SessionLog)), None)
