"""Render a docs-drift comparison: `reports/docs-drift.json`, `reports/docs-drift.md` and an 80-column summary.

The JSON's shape is shared with the nightly workflow: `exit_code`, `status` (ok, fixed-in-docs, new-in-docs or
error), `vendor_source` and `findings` (each with `class`, `path`, `entry`, `documented`, `vendor`, `message`);
`counts`, `operations`, `entries`, `not_compared` and `component_names` (our component -> the vendor's names for
the same places) add context.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from contract_tests.docs_drift.compare import CLASSES, Comparison, Finding

WIDTH = 80
FAILING = ("new-in-docs", "fixed-in-docs")
TITLES = {
    "new-in-docs": "New in the docs (no entry explains it)",
    "fixed-in-docs": "Fixed in the docs (an entry's documented side no longer holds)",
    "expected": "Expected (explained by an entry)",
    "cosmetic": "Cosmetic (descriptions, and what only one side states)",
}


def as_json(comparison: Comparison | None, vendor_source: str, *, error: str | None = None) -> dict[str, Any]:
    if comparison is None:
        return {"exit_code": 2, "status": "error", "vendor_source": vendor_source, "error": error, "findings": []}
    return {
        "exit_code": comparison.exit_code,
        "status": comparison.status,
        "vendor_source": vendor_source,
        "operations": comparison.operations,
        "entries": comparison.entries,
        "counts": {klass: len(comparison.of_class(klass)) for klass in CLASSES},
        "not_compared": comparison.not_compared,
        "component_names": comparison.component_names,
        "findings": [finding.as_json() for finding in comparison.findings],
    }


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def as_markdown(comparison: Comparison | None, vendor_source: str, *, error: str | None = None) -> str:
    lines = ["# Documentation drift", "", f"Vendor source: `{vendor_source}`", ""]
    if comparison is None:
        return "\n".join([*lines, f"**Error:** {error}", ""])
    counts = ", ".join(f"{len(comparison.of_class(k))} {k}" for k in CLASSES)
    lines += [
        f"Status: **{comparison.status}** (exit {comparison.exit_code}); {counts}.",
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
        lines += [f"## {TITLES[klass]} ({len(found)})", ""]
        if klass == "expected":
            lines += _by_entry(found)
        else:
            lines += ["| path | entry | message |", "|---|---|---|"]
            lines += [f"| `{_cell(f.path)}` | {f.entry or ''} | {_cell(f.message)} |" for f in found]
        lines.append("")
    return "\n".join(lines)


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


def _wrapped(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_on_hyphens=False,
        break_long_words=False,
    )


def _finding_lines(finding: Finding) -> list[str]:
    return [*_wrapped(finding.path, "- "), *_wrapped(finding.message, "    ")]


def summary(comparison: Comparison | None, vendor_source: str, *, error: str | None = None) -> str:
    """The console summary: every failing finding in full, the other classes counted."""
    lines = ["docs-drift: the vendor's OpenAPI vs our as-documented spec", *_wrapped(f"source: {vendor_source}")]
    if comparison is None:
        return "\n".join([*lines, *_wrapped(f"ERROR (exit 2): {error}")])
    counts = "  ".join(f"{k}: {len(comparison.of_class(k))}" for k in CLASSES)
    lines += _wrapped(f"operations: {', '.join(comparison.operations)}; record: {comparison.entries} entries")
    lines += _wrapped(counts)
    for note in comparison.not_compared:
        lines += _wrapped(f"not compared: {note}")
    for klass in FAILING:
        found = comparison.of_class(klass)
        if found:
            lines += ["", f"{TITLES[klass]}: {len(found)}"]
            for finding in found:
                lines += _finding_lines(finding)
    verdict = {
        "ok": "OK: every difference is explained by the record",
        "new-in-docs": "DRIFT: the docs changed in ways the record does not explain",
        "fixed-in-docs": "DRIFT: the docs no longer say what the record claims",
    }[comparison.status]
    lines += ["", f"{verdict} (exit {comparison.exit_code})"]
    return "\n".join(lines)


def write_reports(directory: Path, payload: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "docs-drift.json", directory / "docs-drift.md"
    json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path
