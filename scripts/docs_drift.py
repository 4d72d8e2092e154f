"""Compare the vendor's published OpenAPI with the as-documented derivation of the curated spec.

usage: python scripts/docs_drift.py [--vendor-spec PATH_OR_URL] [--spec FILE] [--reports DIR]
  The vendor source defaults to $VENDOR_SPEC, else the vendor repository's current apps/invoices.json.
  Writes DIR/docs-drift.json and DIR/docs-drift.md (default DIR: reports/).
exit codes: 0 every difference explained, 1 drift (new-in-docs or fixed-in-docs), 2 bad settings or source unreadable
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contract_tests.docs_drift.compare import compare
from contract_tests.docs_drift.provenance import stamp
from contract_tests.docs_drift.report import as_json, as_markdown, summary, write_reports
from contract_tests.docs_drift.source import DEFAULT_SOURCE, SourceError, read_source
from contract_tests.record import CURATED_SPEC, REPO_ROOT, RecordError, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vendor-spec", default=os.environ.get("VENDOR_SPEC") or DEFAULT_SOURCE)
    parser.add_argument("--spec", type=Path, default=CURATED_SPEC, help="curated spec (default: %(default)s)")
    parser.add_argument("--reports", type=Path, default=REPO_ROOT / "reports", help="report directory")
    args = parser.parse_args(argv)
    source = args.vendor_spec
    try:
        curated = load_spec(args.spec)
        vendor = read_source(source)
        comparison = compare(curated, vendor.document, load_external=vendor.external)
    except (OSError, yaml.YAMLError, RecordError) as error:
        return _fail(args.reports, args.spec, source, f"the curated spec cannot be read: {error}")
    except SourceError as error:
        return _fail(args.reports, args.spec, source, f"vendor source unreadable: {error}")
    write_reports(args.reports, as_json(comparison, source) | stamp(args.spec), as_markdown(comparison, source))
    print(summary(comparison, source))
    print(f"reports: {args.reports / 'docs-drift.md'}, {args.reports / 'docs-drift.json'}")
    return comparison.exit_code


def _fail(reports: Path, spec: Path, source: str, message: str) -> int:
    payload = as_json(None, source, error=message) | stamp(spec)
    try:
        write_reports(reports, payload, as_markdown(None, source, error=message))
    except OSError as error:
        print(f"docs-drift: cannot write the reports: {error}", file=sys.stderr)
    print(summary(None, source, error=message), file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
