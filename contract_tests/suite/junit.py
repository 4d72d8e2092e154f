"""The run as JUnit XML for CI test reporters: one test case per operation, per stateful run and per proof.

pytest's own `--junitxml` gives every Schemathesis operation the same name and class, writes failure messages as
Python reprs and attaches Hypothesis' base64 statistics; this writer names each case after what it tests
(class `conformance` / `stateful` / `discrepancy`), writes plain-text messages (the full text in the element's
body), states each proof's verdict as a property and in its output, and lists the check counts of each operation.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from contract_tests.suite.results import RunResults
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


def _not_run(entry_id: str) -> ET.Element:
    case = ET.Element("testcase", {"classname": "discrepancy", "name": entry_id, "time": "0.000"})
    ET.SubElement(case, "skipped", {"message": "not run in this session"})
    return case


def junit_xml(
    outcomes: Sequence[TestOutcome],
    results: RunResults,
    *,
    entries: Iterable[str] = (),
    redact: Callable[[str], str] = _identity,
    hostname: str = "contract-suite",
    properties: dict[str, str] | None = None,
) -> bytes:
    """JUnit XML of the run; every record entry without an outcome is a skipped `discrepancy` case."""
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    cases: list[ET.Element] = []
    seen_proofs = {o.name for o in outcomes if o.kind == "proof"}
    for outcome in outcomes:
        case, status = _case(outcome, results, redact)
        cases.append(case)
        counts["tests"] += 1
        counter = {"failed": "failures", "error": "errors", "skipped": "skipped"}.get(status)
        if counter is not None:
            counts[counter] += 1
    for entry_id in entries:
        if entry_id not in seen_proofs:
            cases.append(_not_run(entry_id))
            counts["tests"] += 1
            counts["skipped"] += 1
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
