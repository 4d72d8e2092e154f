"""Print the catalog of places where the vendor's docs contradict themselves or the live API.

usage: python scripts/discrepancies.py [--format table|markdown|json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

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
        f"| {e.id} | {e.kind} | `{e.pointer}` | {cell(e.documented)} | {cell(e.curated)} | {cell(e.evidence)} |"
        for e in entries
    ]
    return "\n".join(lines)


def _table(entries: list[Discrepancy]) -> Table:
    table = Table(title=f"{len(entries)} recorded discrepancies", show_lines=True, expand=True)
    for column in ("id", "kind", "where", "the docs say", "the curated spec says", "proof"):
        table.add_column(column, overflow="fold")
    for e in entries:
        proof = ", ".join(f"{k}={v}" for k, v in e.proof.items())
        table.add_row(e.id, e.kind, e.pointer, e.documented, e.curated, proof)
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
        Console(width=max(160, Console().width)).print(_table(entries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
