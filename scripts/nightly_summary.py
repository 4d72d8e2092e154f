"""Summarize a nightly run for people: the job summary, the alarm issue's text and its verdict.

usage: python scripts/nightly_summary.py [--reports DIR] [--run-url URL] [--target TEXT] [--no-docs-drift]
Reads DIR/contract-exit-code, contract-report.md, docs-drift.json and docs-drift.md (default DIR: reports/);
writes DIR/nightly-summary.md (the job summary), DIR/nightly-issue.md (the same, cut to fit an issue) and
DIR/nightly-outcome.json ({"red", "classes", "title", "parts"}), and prints the summary. With --target, the
summary and the issue begin with the line `Target: TEXT` (what the night ran against, or was meant to).
Exit status: 0 green, 1 red (the failure classes are in the outcome file), 2 the reports directory is unusable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contract_tests.nightly.outcome import collect


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, default=Path("reports"), help="reports directory (default: reports)")
    parser.add_argument("--run-url", help="link to the workflow run, for the issue")
    parser.add_argument("--no-docs-drift", action="store_true", help="the run did not compare the vendor's docs")
    parser.add_argument("--target", help="what the night ran against, for the first line of summary and issue")
    args = parser.parse_args(argv)
    if not args.reports.is_dir():
        print(f"nightly-summary: {args.reports} is not a directory", file=sys.stderr)
        return 2
    outcome = collect(args.reports, run_url=args.run_url, docs_drift=not args.no_docs_drift)
    first = f"Target: {' '.join(args.target.split())}\n\n" if args.target and args.target.strip() else ""
    summary = first + outcome.markdown()
    try:
        (args.reports / "nightly-summary.md").write_text(summary, encoding="utf-8")
        (args.reports / "nightly-issue.md").write_text(first + outcome.issue_body(), encoding="utf-8")
        (args.reports / "nightly-outcome.json").write_text(json.dumps(outcome.as_json(), indent=2), encoding="utf-8")
    except OSError as error:
        print(f"nightly-summary: cannot write to {args.reports}: {error}", file=sys.stderr)
        return 2
    print(summary)
    return 1 if outcome.red else 0


if __name__ == "__main__":
    raise SystemExit(main())
