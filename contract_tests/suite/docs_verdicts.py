"""The `vendor-docs` proofs of a contract run, settled by the docs-drift verdict of the same job.

A `vendor-docs` entry is a claim about the vendor's published file that no server can show; `make docs-drift`
checks its claims (`contract_tests/docs_drift/compare.py`). When `docs-drift.json` in the run's reports
directory judged the same curated spec and, in CI, was written by the same job, each such entry carries its
verdict: `present` (every claim holds), `resolved` (a claim no longer holds: a `fixed-in-docs` finding names it),
`unproven` (docs-drift could not read the file, or that claim's file). Otherwise every one of them is `not run`,
with the reason in plain words: never a skipped success.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests.docs_drift.provenance import KEY, job_id, spec_sha256
from contract_tests.record import Discrepancy
from contract_tests.suite.results import ProofOutcome

DOCS_DRIFT_JSON = "docs-drift.json"
DOCS_KIND = "vendor-docs"


@dataclass(frozen=True)
class DocsReport:
    """A docs-drift report this run may use (`data`), or why not (`problem`)."""

    data: dict[str, Any] | None
    problem: str = ""


def read_report(reports_dir: Path, spec: Path, env: Mapping[str, str] | None = None) -> DocsReport:
    """The docs-drift report beside this run's, when it judged `spec` in this job."""
    path = reports_dir / DOCS_DRIFT_JSON
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DocsReport(None, f"no {DOCS_DRIFT_JSON} from this job in {reports_dir} (`make docs-drift` judges these)")
    except (OSError, ValueError) as error:
        return DocsReport(None, f"{path} is unreadable ({error}); `make docs-drift` writes it again")
    if not isinstance(data, dict):
        return DocsReport(None, f"{path} is not a docs-drift report (not a JSON object)")
    stamp = data.get(KEY)
    if not isinstance(stamp, dict):
        return DocsReport(None, f"{path} does not say which spec and job it judged (written by an older docs-drift)")
    try:
        ours = spec_sha256(spec)
    except OSError as error:
        return DocsReport(None, f"the curated spec cannot be read to match {path}: {error}")
    if stamp.get("spec_sha256") != ours:
        return DocsReport(None, f"{path} judged another version of the curated spec; run `make docs-drift` again")
    job = job_id(env)
    if stamp.get("job") != job:
        theirs = stamp.get("job") or "outside CI"
        return DocsReport(None, f"{path} was written by another job ({theirs}, not {job or 'outside CI'})")
    return DocsReport(data)


def verdicts(entries: Iterable[Discrepancy], report: DocsReport) -> list[ProofOutcome]:
    """One outcome per `vendor-docs` entry, in record order."""
    docs_entries = [e for e in entries if e.proof.get("kind") == DOCS_KIND]
    data = report.data
    if data is None:
        return [ProofOutcome(e.id, DOCS_KIND, "not run", f"not judged here: {report.problem}") for e in docs_entries]
    source = str(data.get("vendor_source") or "?")
    written = str((data.get(KEY) or {}).get("written") or "?")
    if data.get("status") == "error" or not isinstance(data.get("findings"), list):
        error = data.get("error") or "its report holds no findings"
        detail = f"docs-drift could not compare the vendor's file ({source}, {written}): {error}"
        return [ProofOutcome(e.id, DOCS_KIND, "unproven", detail) for e in docs_entries]
    fixed: dict[str, list[str]] = {}
    for finding in data["findings"]:
        if isinstance(finding, dict) and finding.get("class") == "fixed-in-docs" and finding.get("entry"):
            fixed.setdefault(str(finding["entry"]), []).append(str(finding.get("message", "")))
    notes = [str(n) for n in data.get("not_compared") or []]
    out = []
    for entry in docs_entries:
        claims = len(entry.proof.get("claims") or [])
        unchecked = [n.removeprefix(f"{entry.id}: ") for n in notes if n.startswith(f"{entry.id}: ")]
        if entry.id in fixed:
            messages = "; ".join(m.removeprefix(f"{entry.id}: ") for m in fixed[entry.id])
            out.append(ProofOutcome(entry.id, DOCS_KIND, "resolved", f"docs-drift ({source}, {written}): {messages}"))
        elif unchecked:
            detail = f"docs-drift ({source}, {written}) could not check it: {'; '.join(unchecked)}"
            out.append(ProofOutcome(entry.id, DOCS_KIND, "unproven", detail))
        else:
            detail = f"docs-drift ({source}, {written}): its {claims} claim(s) on the vendor's file hold"
            out.append(ProofOutcome(entry.id, DOCS_KIND, "present", detail))
    return out
