"""Render a docs-drift comparison: `reports/docs-drift.json`, `reports/docs-drift.md` and an 80-column summary.

The JSON's shape is shared with the nightly workflow: `exit_code`, `status` (ok, fixed-in-docs, new-in-docs or
error), `vendor_source`, `error` and `findings` (each with `class`, `path`, `entry`, `documented`, `vendor`,
`message` and the `file` it is about), for every compared file together; `files` gives each file's own `exit_code`,
`status`, source, notes, counts and `component_names` (our component -> the vendor's names for the same places);
`counts`, `operations`, `entries` and `not_compared` add context.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests.docs_drift.compare import CLASSES, Comparison, Finding
from contract_tests.docs_drift.source import VendorFile

WIDTH = 80
FAILING = ("new-in-docs", "fixed-in-docs")
TITLES = {
    "new-in-docs": "New in the docs (no entry explains it)",
    "fixed-in-docs": "Fixed in the docs (an entry's documented side no longer holds)",
    "expected": "Expected (explained by an entry)",
    "cosmetic": "Cosmetic (descriptions, and what only one side states)",
}


@dataclass(frozen=True)
class FileResult:
    """One vendor file's comparison: `comparison` None when the file could not be compared at all; `error` set
    when it, or a document it refers to, could not be read (then the run is an error, exit 2)."""

    watched: VendorFile
    location: str
    comparison: Comparison | None
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.error is not None or self.comparison is None:
            return "error"
        return self.comparison.status

    @property
    def exit_code(self) -> int:
        if self.error is not None or self.comparison is None:
            return 2
        return self.comparison.exit_code


# The status of several files: the first of these that any file has.
STATUS_ORDER = ("error", "new-in-docs", "fixed-in-docs", "ok")


def overall_status(results: Sequence[FileResult]) -> str:
    statuses = {result.status for result in results}
    return next(status for status in STATUS_ORDER if status in statuses)


def _file_json(result: FileResult) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "file": result.watched.name,
        "exit_code": result.exit_code,
        "status": result.status,
        "vendor_source": result.location,
        "version": list(result.watched.version) if result.watched.version else None,
        "notes": result.notes,
    }
    if result.error is not None:
        payload["error"] = result.error
    comparison = result.comparison
    if comparison is not None:
        payload.update(
            operations=comparison.operations,
            entries=comparison.entries,
            counts={klass: len(comparison.of_class(klass)) for klass in CLASSES},
            not_compared=comparison.not_compared,
            component_names=comparison.component_names,
        )
    return payload


def as_json(results: Sequence[FileResult]) -> dict[str, Any]:
    """The report: the agreed top-level keys for all files together (the worst exit code and status, every
    finding with the `file` it is about), and `files` with each file's own figures."""
    errors = [f"{r.watched.path}: {r.error}" if len(results) > 1 else r.error for r in results if r.error]
    first = next((r.comparison for r in results if r.comparison is not None), None)
    payload: dict[str, Any] = {
        "exit_code": max(result.exit_code for result in results),
        "status": overall_status(results),
        "vendor_source": ", ".join(result.location for result in results),
        "error": "; ".join(str(e) for e in errors) if errors else None,
        "findings": [
            {**finding.as_json(), "file": result.watched.name}
            for result in results
            if result.comparison is not None
            for finding in result.comparison.findings
        ],
        "files": [_file_json(result) for result in results],
    }
    if first is not None:
        payload.update(
            operations=first.operations,
            entries=first.entries,
            counts={
                klass: sum(len(r.comparison.of_class(klass)) for r in results if r.comparison is not None)
                for klass in CLASSES
            },
            not_compared=[
                f"{r.watched.path}: {note}" if len(results) > 1 else note
                for r in results
                if r.comparison is not None
                for note in r.comparison.not_compared
            ],
        )
    return payload


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def as_markdown(results: Sequence[FileResult]) -> str:
    lines = ["# Documentation drift", ""]
    exit_code = max(result.exit_code for result in results)
    lines += [f"Status: **{overall_status(results)}** (exit {exit_code}).", ""]
    for result in results:
        lines += _file_markdown(result, heading="##" if len(results) > 1 else None)
    return "\n".join(lines)


def _file_markdown(result: FileResult, heading: str | None) -> list[str]:
    lines = [f"{heading} `{result.watched.path}`", ""] if heading else []
    lines += [f"Vendor source: `{result.location}`", ""]
    if result.watched.version:
        lines += [f"Documents `Version: {', '.join(result.watched.version)}` (a move of that enum is a finding).", ""]
    lines += [f"- {note}" for note in result.notes] + ([""] if result.notes else [])
    if result.error is not None:
        lines += [f"**Error (exit 2):** {result.error}", ""]
    comparison = result.comparison
    if comparison is None:
        return lines
    sub = (heading or "#") + "#"
    counts = ", ".join(f"{len(comparison.of_class(k))} {k}" for k in CLASSES)
    lines += [
        f"Status: **{result.status}** (exit {result.exit_code}); {counts}.",
        f"Operations: {', '.join(f'`{o}`' for o in comparison.operations)}; the record holds {comparison.entries} "
        "entries.",
        "",
    ]
    if comparison.not_compared:
        lines += ["Not compared:", "", *[f"- {note}" for note in comparison.not_compared], ""]
    if comparison.component_names:
        lines += ["Component names (matched place by place, never compared):", ""]
        lines += ["| ours | the vendor's |", "|---|---|"]
        lines += [
            f"| `{ours}` | {', '.join(f'`{v}`' for v in theirs)} |"
            for ours, theirs in comparison.component_names.items()
        ]
        lines.append("")
    for klass in CLASSES:
        found = comparison.of_class(klass)
        if not found:
            continue
        lines += [f"{sub} {TITLES[klass]} ({len(found)})", ""]
        if klass == "expected":
            lines += _by_entry(found)
        else:
            lines += ["| path | entry | message |", "|---|---|---|"]
            lines += [f"| `{_cell(f.path)}` | {f.entry or ''} | {_cell(f.message)} |" for f in found]
        lines.append("")
    return lines


def _by_entry(findings: list[Finding]) -> list[str]:
    """Expected findings, one row per entry: the facts it explains (the JSON report lists each one)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.entry or "", []).append(finding)
    rows = ["| entry | facts explained |", "|---|---|"]
    for entry, found in grouped.items():
        paths = ", ".join(f"`{_cell(f.path)}`" for f in found[:6])
        more = f" and {len(found) - 6} more" if len(found) > 6 else ""
        rows.append(f"| {entry} | {paths}{more} |")
    return rows


def _wrapped(text: str, indent: str = "  ", subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=subsequent if subsequent is not None else indent + "  ",
        break_on_hyphens=False,
        break_long_words=False,
    )


def _finding_lines(finding: Finding) -> list[str]:
    return [*_wrapped(finding.path, "- ", "    "), *_wrapped(finding.message, "    ")]


VERDICTS = {
    "ok": "OK: every difference is explained by the record",
    "new-in-docs": "DRIFT: the docs changed in ways the record does not explain",
    "fixed-in-docs": "DRIFT: the docs no longer say what the record claims",
    "error": "ERROR: not every part of the vendor's docs could be read",
}


def summary(results: Sequence[FileResult]) -> str:
    """The console summary: per file, every failing finding in full, the other classes counted; then the verdict."""
    lines = ["docs-drift: the vendor's OpenAPI vs our as-documented spec"]
    for result in results:
        lines += _file_summary(result)
    status = overall_status(results)
    lines += ["", f"{VERDICTS[status]} (exit {max(result.exit_code for result in results)})"]
    return "\n".join(lines)


def _file_summary(result: FileResult) -> list[str]:
    lines = ["", *_wrapped(f"{result.watched.path}: {result.location}", "")]
    if result.watched.version:
        lines += _wrapped(f"documents Version {', '.join(result.watched.version)}")
    for note in result.notes:
        lines += _wrapped(f"note: {note}")
    comparison = result.comparison
    if comparison is not None:
        counts = "  ".join(f"{k}: {len(comparison.of_class(k))}" for k in CLASSES)
        lines += _wrapped(f"operations: {', '.join(comparison.operations)}; record: {comparison.entries} entries")
        lines += _wrapped(counts)
        for note in comparison.not_compared:
            lines += _wrapped(f"not compared: {note}")
        for klass in FAILING:
            found = comparison.of_class(klass)
            if found:
                lines += ["", *_wrapped(f"{TITLES[klass]}: {len(found)}", "")]
                for finding in found:
                    lines += _finding_lines(finding)
    if result.error is not None:
        lines += _wrapped(f"ERROR (exit 2): {result.error}")
    return lines


def write_reports(directory: Path, payload: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "docs-drift.json", directory / "docs-drift.md"
    json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path
