"""Print the catalog of places where the vendor's docs contradict themselves or the live API.

usage: python scripts/discrepancies.py [--format table|markdown|json]
The table fits the terminal, or `COLUMNS` when set (e.g. `COLUMNS=100 make discrepancies`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contract_tests.record import Discrepancy, RecordError, discrepancies, load_spec


def _markdown(entries: list[Discrepancy]) -> str:
    def cell(text: str) -> str:
        return " ".join(text.split()).replace("|", "\\|")

    lines = [
        "| id | kind | where | the docs say | the curated spec says | evidence |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {e.id} | {e.kind} | `{e.pointer or '/'}` | {cell(e.documented)} | {cell(e.curated)} | {cell(e.evidence)} |"
        for e in entries
    ]
    return "\n".join(lines)


def _value(value: Any) -> str:
    """A proof value as a reader wants it: scalars as they are, a mapping as `key: value` pairs, JSON inside."""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_value(item) for item in value)
    if isinstance(value, str):
        return value
    return json.dumps(value)


def proof_text(proof: Mapping[str, Any]) -> str:
    """One line per proof field; a list of claims gets one line per claim."""
    lines = []
    for key, value in proof.items():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            lines += [f"{key}: {_value(item)}" for item in value]
        else:
            lines.append(f"{key}: {_value(value)}")
    return "\n".join(lines)


def _table(entries: list[Discrepancy]) -> Table:
    table = Table(title=f"{len(entries)} recorded discrepancies", show_lines=True, expand=True)
    for column in ("id", "kind", "where", "the docs say", "the curated spec says", "proof"):
        table.add_column(column, overflow="fold")
    for e in entries:
        table.add_row(e.id, e.kind, e.pointer or "/ (the document)", e.documented, e.curated, proof_text(e.proof))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    args = parser.parse_args(argv)
    try:
        entries = discrepancies(load_spec())
    except (OSError, RecordError) as error:
        print(f"discrepancies: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps([asdict(e) for e in entries], indent=2))
    elif args.format == "markdown":
        print(_markdown(entries))
    else:
        # The terminal's width, or COLUMNS where it is set (rich reads it); 80 when neither says.
        Console().print(_table(entries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
