"""The run as JUnit XML for CI test reporters: one test case per operation, per stateful run and per proof, and
the run's own cases (class `run`): its setup, its cleanup, an abort.

pytest's own `--junitxml` gives every Schemathesis operation the same name and class, writes failure messages as
Python reprs and attaches Hypothesis' base64 statistics; this writer names each case after what it tests
(class `conformance` / `stateful` / `discrepancy`), writes plain-text messages (the full text in the element's
body), states each proof's verdict as a property and in its output, and lists the check counts of each operation.

The counts follow the run's outcome: a setup error is an `<error>` (case `run/setup`, with its cause whole), an
abort is an `<error>` (`run/aborted`), a draft left behind a `<failure>` (`run/cleanup`). A proof no test ran
(a `vendor-docs` entry, or one the run never reached) carries its row's verdict: a docs-drift `present` passes,
`resolved` fails, and one that nobody judged is skipped with the reason in plain words.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from contract_tests.suite.outcome import RunOutcome
from contract_tests.suite.results import ProofOutcome, RunResults
from contract_tests.suite.session_log import TestOutcome

SUITE_NAME = "contract run"
CLASSES = {"conformance": "conformance", "stateful": "stateful", "proof": "discrepancy", "collection": "collection"}
MESSAGE_LIMIT = 500  # a reporter shows the message on one line; the whole text is in the element's body


def _identity(text: str) -> str:
    return text


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MESSAGE_LIMIT:
        return text
    return text[:MESSAGE_LIMIT].rsplit(" ", 1)[0] + " ..."


def _case(outcome: TestOutcome, results: RunResults, redact: Callable[[str], str]) -> tuple[ET.Element, str]:
    """The <testcase> of one test, and its status for the suite's counters."""
    case = ET.Element(
        "testcase",
        {"classname": CLASSES.get(outcome.kind, "other"), "name": outcome.name, "time": f"{outcome.duration:.3f}"},
    )
    output: list[str] = []
    status: str = outcome.outcome
    if outcome.kind == "conformance":
        rows = [r for r in results.check_rows() if r[0] == outcome.name]
        output.append(f"{outcome.cases} cases")
        output += [f"{check}: {ok} passed, {bad} failed" for _, check, ok, bad in rows]
    if outcome.kind == "proof":
        proof = results.proofs.get(outcome.name)
        if proof is not None:
            properties = ET.SubElement(case, "properties")
            ET.SubElement(properties, "property", {"name": "verdict", "value": proof.status})
            ET.SubElement(properties, "property", {"name": "proof-kind", "value": proof.kind})
            output.append(f"verdict: {proof.status}: {redact(proof.detail)}")
    if outcome.outcome == "failed":
        kind = "error" if outcome.kind == "collection" else "failure"
        message = failure_reason(outcome, results)
        element = ET.SubElement(case, kind, {"message": redact(_short(message)), "type": outcome.kind})
        element.text = redact(outcome.detail)
        status = "error" if kind == "error" else "failed"
    elif outcome.outcome == "skipped":
        ET.SubElement(case, "skipped", {"message": redact(_short(outcome.message or "skipped"))})
    if output:
        ET.SubElement(case, "system-out").text = "\n".join(output) + "\n"
    return case, status


def failure_reason(outcome: TestOutcome, results: RunResults) -> str:
    """What a reader needs first about a failing test: the violations of its operation, a proof's verdict, or the
    last line of its traceback."""
    if outcome.kind in ("conformance", "stateful"):
        found = [v for v in results.new_violations() if outcome.kind == "stateful" or v.operation == outcome.name]
        if found:
            return "; ".join(f"{v.operation} {v.check}: {v.title}: {v.message}" for v in found)
    if outcome.kind == "proof" and outcome.name in results.proofs:
        proof = results.proofs[outcome.name]
        return f"{proof.status}: {proof.detail.removeprefix(outcome.name + ': ')}"
    return outcome.message or "failed"


def _row_case(proof: ProofOutcome, redact: Callable[[str], str]) -> tuple[ET.Element, str]:
    """The case of a record entry no test ran, from its row: a verdict another part of the job gave, or why none."""
    case = ET.Element("testcase", {"classname": "discrepancy", "name": proof.entry_id, "time": "0.000"})
    properties = ET.SubElement(case, "properties")
    ET.SubElement(properties, "property", {"name": "verdict", "value": proof.status})
    ET.SubElement(properties, "property", {"name": "proof-kind", "value": proof.kind})
    detail = redact(proof.detail)
    if proof.status == "present":
        ET.SubElement(case, "system-out").text = f"verdict: present: {detail}\n"
        return case, "passed"
    if proof.status in ("resolved", "contradicted"):
        element = ET.SubElement(case, "failure", {"message": _short(f"{proof.status}: {detail}"), "type": "proof"})
        element.text = detail
        return case, "failed"
    ET.SubElement(case, "skipped", {"message": _short(f"{proof.status}: {detail}")})
    return case, "skipped"


def _run_cases(outcome: RunOutcome, results: RunResults, redact: Callable[[str], str]) -> list[tuple[ET.Element, str]]:
    """The run's own cases: its setup (an error on a setup error), an abort (an error), its cleanup."""
    out = []
    setup = ET.Element("testcase", {"classname": "run", "name": "setup", "time": "0.000"})
    if outcome.status == "setup error":
        cause = redact(outcome.cause)
        element = ET.SubElement(setup, "error", {"message": _short(f"setup error: {cause}"), "type": "setup error"})
        element.text = cause
        out.append((setup, "error"))
        return out
    preflight = results.figures.preflight
    ET.SubElement(setup, "system-out").text = f"preflight: {preflight.status}: {redact(preflight.detail)}\n"
    out.append((setup, "passed"))
    if outcome.status == "aborted":
        aborted = ET.Element("testcase", {"classname": "run", "name": "aborted", "time": "0.000"})
        reason = redact(outcome.cause)
        element = ET.SubElement(aborted, "error", {"message": _short(f"aborted: {reason}"), "type": "aborted"})
        element.text = reason
        out.append((aborted, "error"))
    figures = results.figures
    cleanup = ET.Element("testcase", {"classname": "run", "name": "cleanup", "time": "0.000"})
    summary = figures.describe()
    if figures.left_behind:
        element = ET.SubElement(cleanup, "failure", {"message": _short(redact(summary)), "type": "cleanup"})
        element.text = redact("\n".join([summary, *figures.cleanup_problems]))
        out.append((cleanup, "failed"))
    else:
        ET.SubElement(cleanup, "system-out").text = redact("\n".join([summary, *figures.cleanup_problems])) + "\n"
        out.append((cleanup, "passed"))
    return out


def junit_xml(
    outcomes: Sequence[TestOutcome],
    results: RunResults,
    outcome: RunOutcome,
    *,
    proofs: Iterable[ProofOutcome] = (),
    redact: Callable[[str], str] = _identity,
    hostname: str = "contract-suite",
    properties: dict[str, str] | None = None,
) -> bytes:
    """JUnit XML of the run: its own cases, a case per test, and a case per record row (`proofs`) no test ran."""
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    built = _run_cases(outcome, results, redact)
    built += [_case(o, results, redact) for o in outcomes]
    seen_proofs = {o.name for o in outcomes if o.kind == "proof"}
    built += [_row_case(p, redact) for p in proofs if p.entry_id not in seen_proofs]
    cases: list[ET.Element] = []
    for case, status in built:
        cases.append(case)
        counts["tests"] += 1
        counter = {"failed": "failures", "error": "errors", "skipped": "skipped"}.get(status)
        if counter is not None:
            counts[counter] += 1
    total_time = sum(o.duration for o in outcomes)
    root = ET.Element("testsuites", {k: str(v) for k, v in counts.items()} | {"time": f"{total_time:.3f}"})
    suite = ET.SubElement(
        root,
        "testsuite",
        {
            "name": SUITE_NAME,
            **{k: str(v) for k, v in counts.items()},
            "time": f"{total_time:.3f}",
            "timestamp": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "hostname": hostname,
        },
    )
    if properties:
        listed = ET.SubElement(suite, "properties")
        for name, value in properties.items():
            ET.SubElement(listed, "property", {"name": name, "value": redact(value)})
    suite.extend(cases)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml
