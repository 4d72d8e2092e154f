"""Reports people read: the console at 80 columns, JUnit as a GitHub reporter reads it, the HTML page, and a
compact, compressed recording without personal data."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import junitparser
import pytest

from contract_tests.suite.html_report import render
from contract_tests.suite.junit import junit_xml
from contract_tests.suite.outcome import RunOutcome, judge
from contract_tests.suite.recording import (
    FILTERED,
    FILTERED_EMAIL,
    FILTERED_PHONE,
    FILTERED_URL,
    Exchange,
    Redactor,
    read_har,
    write_har,
)
from contract_tests.suite.results import ProofOutcome, RunResults, Violation
from contract_tests.suite.session_log import SessionLog, TestOutcome, classify, one_line
from contract_tests.suite.summary import RunFacts, console_lines
from contract_tests.tests.suite.conftest import SuiteRun

LONG_DETAIL = (
    "The location does not have access to this location-scoped resource because the token was issued for "
    "another sub-account; the vendor answered 403 with the message 'The token does not have access to this "
    "location' and no further detail, which the record calls undocumented-403[createAndSendInvoice]"
)


def results() -> RunResults:
    run = RunResults()
    run.cases.update({"GET /invoices/generate-invoice-number": 131, "POST /invoices/text2pay": 998})
    run.record_checks("GET /invoices/generate-invoice-number", [("response_schema_conformance", True)] * 5)
    run.record_checks("POST /invoices/text2pay", [("invoice_belongs_to_requested_location", True)] * 3)
    run.record_checks("POST /invoices/text2pay", [("response_schema_conformance", False)])
    run.record_violation(
        Violation("POST /invoices/text2pay", "response_schema_conformance", "Response violates schema", LONG_DETAIL)
    )
    run.record_proof(
        ProofOutcome("undocumented-403[createAndSendInvoice]", "status-code", "present", "403 as recorded")
    )
    run.record_proof(ProofOutcome("alt-id-company", "request-value", "unproven", LONG_DETAIL))
    run.record_proof(ProofOutcome("t2p-invoice-number-type", "response-schema", "contradicted", LONG_DETAIL))
    run.finish()
    return run


def facts(**changes: object) -> RunFacts:
    base: dict[str, object] = {
        "target": "live API at https://services.leadconnectorhq.com",
        "spec": "curated",
        "profile": "nightly",
        "seed": "1234 (random; reproduce with CONTRACT_SEED=1234)",
        "requests_sent": 2987,
        "blocked": (),
        "abort_reason": None,
        "entries": (
            ("undocumented-403[createAndSendInvoice]", "status-code"),
            ("alt-id-company", "request-value"),
            ("t2p-invoice-number-type", "response-schema"),
            ("gin-token-types", "auth-probe"),
        ),
        "created": ("6578a4f1c2b3d4e5f6a7b8c9", "6578a4f1c2b3d4e5f6a7b8ca"),
        "deleted": ("6578a4f1c2b3d4e5f6a7b8c9",),
        "left_behind": ("6578a4f1c2b3d4e5f6a7b8ca",),
    }
    base.update(changes)
    return RunFacts(**base)  # type: ignore[arg-type]


def outcome_of(run: RunResults, run_facts: RunFacts, tests_failed: int = 0) -> RunOutcome:
    return judge(run, run_facts.proof_rows(run), tests_failed=tests_failed, left_behind=run_facts.left_behind)


OUTCOMES = [
    TestOutcome("conformance", "GET /invoices/generate-invoice-number", "passed", 3.8, cases=131),
    TestOutcome(
        "conformance", "POST /invoices/text2pay", "failed", 21.5, "Response violates schema", "E  AssertionError", 998
    ),
    TestOutcome("stateful", "sequences", "passed", 5.1, cases=160),
    TestOutcome("proof", "undocumented-403[createAndSendInvoice]", "passed", 0.1),
    TestOutcome("proof", "alt-id-company", "skipped", 0.0, "unproven against live API: needs HIGHLEVEL_COMPANY_ID"),
    TestOutcome("proof", "t2p-invoice-number-type", "failed", 0.2, "the curated spec fails", "ProofContradicted: x"),
]


# --- console -------------------------------------------------------------------------------------------------


def test_the_console_fits_80_columns_and_never_cuts_a_word() -> None:
    run, run_facts = results(), facts()
    lines = console_lines(
        run, run_facts, outcome_of(run, run_facts, 1), width=80, failures=[("proof alt-id-company", LONG_DETAIL)]
    )
    text = "\n".join(line.text for line in lines)
    for line in lines:
        assert len(line.text) <= 80 or " " not in line.text.strip(), line.text
    # No fragment of a word: every word shown is a whole word of the inputs or of the fixed labels.
    words = set(re.findall(r"[\w'-]+", text))
    baseline = console_lines(run, run_facts, outcome_of(run, run_facts, 1), failures=[("proof alt-id-company", "x")])
    labels = set(re.findall(r"[\w'-]+", "\n".join(line.text for line in baseline)))
    assert {w for w in words if not w.isdigit()} <= set(re.findall(r"[\w'-]+", LONG_DETAIL)) | labels
    assert "[...]" in text  # long details are shortened at a word boundary, full text in the report
    assert lines[0].text.startswith("Contract run: FAILED")
    closing = [line.text for line in lines[lines.index(next(x for x in lines if x.text.startswith("Reports:"))) :]]
    assert any(text.startswith("FAILED: ") for text in closing)  # the verdict closes the summary too


def test_operation_names_stay_whole_on_their_own_line() -> None:
    run, run_facts = results(), facts()
    lines = [line.text for line in console_lines(run, run_facts, outcome_of(run, run_facts), width=80)]
    assert "  GET /invoices/generate-invoice-number" in lines
    assert "  POST /invoices/text2pay" in lines


def test_the_summary_comes_first_with_the_live_figures() -> None:
    run, run_facts = results(), facts()
    lines = [line.text for line in console_lines(run, run_facts, outcome_of(run, run_facts), width=80)]
    assert lines[0].startswith("Contract run:")
    head = "\n".join(lines[:6])
    assert "2987 requests" in head
    assert "created 2, deleted 1, left behind 1 (6578a4f1c2b3d4e5f6a7b8ca)" in head


@pytest.mark.parametrize("width", [60, 80, 100])
def test_progress_lines_fit(width: int) -> None:
    printed: list[str] = []
    log = SessionLog(write=printed.append, width=width, cases_so_far=lambda: 998)
    for outcome in OUTCOMES:
        log._add(outcome)  # the line format is under test, not pytest's hook plumbing
    assert all(len(part) <= width for line in printed for part in line.split("\n"))
    assert printed[1].startswith("failed  conformance POST /invoices/text2pay")


def test_tests_are_named_after_what_they_test() -> None:
    assert classify("contract_tests/suite/test_conformance.py::test_conformance", "test_conformance[POST /x]") == (
        "conformance",
        "POST /x",
    )
    assert classify("x/test_discrepancies.py::test_discrepancy[t2p-a]", "test_discrepancy[t2p-a]") == ("proof", "t2p-a")
    assert classify("x/test_stateful.py::TestStateful::runTest", "TestStateful.runTest")[0] == "stateful"


def test_one_line_finds_the_message_of_an_exception_group() -> None:
    detail = (
        "  + Exception Group Traceback (most recent call last):\n"
        "  |   File 'x.py', line 1\n"
        "  | contract_tests.suite.live_guard.UnsafeRequestError: a body of Content-Type 'text/plain'\n"
        "  +------------------------------------\n"
    )
    assert one_line(detail) == "a body of Content-Type 'text/plain'"
    assert one_line('E   schemathesis.Failure: Response violates schema\nE   "1" is not a number\n') == (
        'Response violates schema "1" is not a number'
    )


# --- JUnit ---------------------------------------------------------------------------------------------------


def test_junit_has_a_distinct_case_per_operation_stateful_run_and_proof(tmp_path: Path) -> None:
    run, run_facts = results(), facts()
    path = tmp_path / "junit.xml"
    path.write_bytes(junit_xml(OUTCOMES, run, outcome_of(run, run_facts), proofs=run_facts.proof_rows(run)))
    xml = junitparser.JUnitXml.fromfile(str(path))  # the parser EnricoMi/publish-unit-test-result-action uses
    cases = [case for suite in xml for case in suite]
    names = [(case.classname, case.name) for case in cases]
    # + gin-token-types (not run) and the run's own setup and cleanup
    assert len(names) == len(set(names)) == len(OUTCOMES) + 3
    assert ("run", "setup") in names
    assert ("run", "cleanup") in names
    assert ("conformance", "POST /invoices/text2pay") in names
    assert ("stateful", "sequences") in names
    failing = next(c for c in cases if c.name == "POST /invoices/text2pay")
    (failure,) = failing.result
    assert isinstance(failure, junitparser.Failure)
    # The message names the violation (one plain line), the body carries the whole traceback text.
    assert failure.message.startswith("POST /invoices/text2pay response_schema_conformance: Response violates schema")
    assert failure.text == "E  AssertionError"
    contradicted = next(c for c in cases if c.name == "t2p-invoice-number-type")
    assert contradicted.result[0].message.startswith("contradicted: ")
    skipped = next(c for c in cases if c.name == "gin-token-types")
    assert isinstance(skipped.result[0], junitparser.Skipped)
    raw = path.read_text()
    assert "hypothesis-statistics" not in raw
    assert "AssertionError(" not in raw  # no reprs
    assert '<property name="verdict" value="contradicted" />' in raw


# --- HTML ----------------------------------------------------------------------------------------------------


def test_the_html_report_is_one_self_contained_page(tmp_path: Path) -> None:
    drift = {
        "exit_code": 1,
        "status": "new-in-docs",
        "vendor_source": "https://vendor.example/invoices.json",
        "findings": [
            {"class": "new-in-docs", "path": "/paths/x", "entry": None, "documented": 1, "vendor": 2, "message": "new"}
        ],
    }
    (tmp_path / "docs-drift.json").write_text(json.dumps(drift))
    run, run_facts = results(), facts()
    page = render(run, run_facts, outcome_of(run, run_facts, 1), outcomes=OUTCOMES, reports_dir=tmp_path)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(script|link|img)\b[^>]*\b(src|href)=", page)  # nothing to fetch
    assert '<th class="check">invoice_belongs_to_requested_location</th>' in page
    assert '<td class="cell-bad">1 failed' in page
    assert '<td class="status contradicted">contradicted</td>' in page
    assert "new-in-docs" in page
    assert "6578a4f1c2b3d4e5f6a7b8ca" in page  # the invoice left behind
    assert "<b>2987</b><span>requests sent</span>" in page


def test_the_html_report_escapes_what_the_vendor_sent() -> None:
    run = results()
    run.record_violation(Violation("POST /invoices/text2pay", "x", "<script>alert(1)</script>", "m"))
    assert "<script>alert(1)" not in render(run, facts(), outcome_of(run, facts(), 1))


# --- recording -----------------------------------------------------------------------------------------------


def exchange(body: str, response: str) -> Exchange:
    json_type = (("content-type", "application/json"),)
    url = "http://testserver/invoices/text2pay"
    return Exchange("2026-12-01T00:00:00Z", 1.0, "POST", url, json_type, body, 200, json_type, response)


def test_the_recording_is_compact_compressed_and_replayable(tmp_path: Path) -> None:
    exchanges = [exchange('{"a": 1}', '{"invoice": {"_id": "x"}}')] * 50
    write_har(tmp_path / "recording.har.gz", exchanges)
    write_har(tmp_path / "recording.har", exchanges)
    plain = (tmp_path / "recording.har").read_text()
    assert "\n" not in plain
    assert ", " not in plain.replace('{"a": 1}', "")
    assert (tmp_path / "recording.har.gz").stat().st_size < len(plain) / 5
    assert json.loads(gzip.decompress((tmp_path / "recording.har.gz").read_bytes())) == json.loads(plain)
    assert read_har(tmp_path / "recording.har.gz") == read_har(tmp_path / "recording.har") == exchanges


def test_personal_data_of_live_runs_is_redacted_like_tokens() -> None:
    redactor = Redactor(["secret-token"], personal=True, known=["c6tZZU0rJBf30ZXx9Gli"])
    request = {
        "contactDetails": {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Alex Doe", "email": "alex@doe.com"},
        "sentTo": {"email": ["alex@doe.com"], "phoneNo": ["+12145596993"]},
        "termsNotes": "write to billing@doe.com, token secret-token",
    }
    answer = {"invoice": {"_id": "inv1", "invoiceUrl": "https://l.example/aB3", "contactId": "c6tZZU0rJBf30ZXx9Gli"}}
    text = redactor.body(json.dumps(request).encode()) + redactor.body(json.dumps(answer).encode())
    for personal in ("c6tZZU0rJBf30ZXx9Gli", "Alex Doe", "alex@doe.com", "billing@doe.com", "2145596993", "l.example"):
        assert personal not in text
    assert "secret-token" not in text
    scrubbed = json.loads(redactor.body(json.dumps(request).encode()))
    assert scrubbed["sentTo"] == {"email": [FILTERED_EMAIL], "phoneNo": [FILTERED_PHONE]}
    assert scrubbed["contactDetails"]["id"] == FILTERED
    assert json.loads(redactor.body(json.dumps(answer).encode()))["invoice"]["invoiceUrl"] == FILTERED_URL
    assert redactor.text("pay at https://pay.example.com/invoice/6578a4f1") == f"pay at {FILTERED_URL}"


def test_emulator_runs_keep_their_synthetic_data() -> None:
    assert Redactor(["t"]).body(b'{"email": "alex@example.com"}') == '{"email": "alex@example.com"}'


# --- a real run (the whole suite against the served emulator, shared with test_url_run) ----------------------


def test_a_real_runs_log_reads_at_80_columns(url_run: SuiteRun) -> None:
    lines = url_run.output.splitlines()
    assert [line for line in lines if len(line) > 80 and " " in line.strip()] == []
    assert not any(re.search(r"\[\s*\d+%\]", line) for line in lines)  # no pytest progress percentages
    assert "Exception Group" not in url_run.output
    assert "  POST /invoices/text2pay" in lines  # operation names whole, on their own line
    assert lines.index(next(line for line in lines if line.startswith("Contract run: "))) < len(lines) - 5


def test_a_real_runs_junit_has_distinct_named_cases(url_run: SuiteRun) -> None:
    xml = junitparser.JUnitXml.fromfile(str(url_run.reports / "junit.xml"))
    names = [(case.classname, case.name) for suite in xml for case in suite]
    assert len(names) == len(set(names))
    assert {"conformance", "stateful", "discrepancy"} <= {classname for classname, _ in names}
    assert "hypothesis-statistics" not in (url_run.reports / "junit.xml").read_text()
