"""Compare the vendor's published OpenAPI with the as-documented derivation of the curated spec.

usage: python scripts/docs_drift.py [--vendor-spec PATH_OR_URL [--vendor-file NAME]] [--spec FILE] [--reports DIR]
  Without --vendor-spec (or $VENDOR_SPEC): every file the vendor publishes for our operations, from its docs
  repository's main branch: apps/invoices.json and apps/v3/invoices-v3.json (documented for `Version: v3`).
  With it: that one file, read as a version of --vendor-file (or $VENDOR_FILE): invoices (default) or invoices-v3.
  Every document the file's `$ref`s name is read too, relative to it.
  Writes DIR/docs-drift.json and DIR/docs-drift.md (default DIR: reports/).
exit codes: 0 every difference explained, 1 drift (new-in-docs or fixed-in-docs), 2 bad settings, a source
  unreadable or a `$ref` of it unreadable (named); with several files, the worst of them.
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
from contract_tests.docs_drift.report import FileResult, as_json, as_markdown, summary, write_reports
from contract_tests.docs_drift.source import WATCHED, SourceError, VendorFile, read_source
from contract_tests.record import CURATED_SPEC, REPO_ROOT, RecordError, load_spec

BY_NAME = {watched.name: watched for watched in WATCHED}


def compare_file(curated: dict[str, object], location: str, watched: VendorFile) -> FileResult:
    """One vendor file compared, or the reason it could not be (a `$ref` it names included)."""
    try:
        vendor = read_source(location, watched)
        comparison = compare(curated, vendor.document, load_external=vendor.external, version=watched.version)
    except SourceError as error:
        return FileResult(watched, location, None, f"vendor source unreadable: {error}")
    notes = list(vendor.notes)
    if comparison.unresolved:
        reasons = [
            vendor.unresolved.get(reference, f"$ref {reference} cannot be read") for reference in comparison.unresolved
        ]
        return FileResult(watched, location, comparison, "vendor source unreadable: " + "; ".join(reasons), notes)
    return FileResult(watched, location, comparison, None, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vendor-spec", default=os.environ.get("VENDOR_SPEC") or None)
    parser.add_argument(
        "--vendor-file",
        default=os.environ.get("VENDOR_FILE") or WATCHED[0].name,
        help=f"which vendor file --vendor-spec is a version of: {', '.join(BY_NAME)} (default: %(default)s)",
    )
    parser.add_argument("--spec", type=Path, default=CURATED_SPEC, help="curated spec (default: %(default)s)")
    parser.add_argument("--reports", type=Path, default=REPO_ROOT / "reports", help="report directory")
    args = parser.parse_args(argv)
    if args.vendor_file not in BY_NAME:
        parser.error(f"--vendor-file {args.vendor_file!r}: choose one of {', '.join(BY_NAME)}")
    targets = [(args.vendor_spec, BY_NAME[args.vendor_file])] if args.vendor_spec else [(w.url, w) for w in WATCHED]
    try:
        curated = load_spec(args.spec)
    except (OSError, yaml.YAMLError, RecordError) as error:
        failed = [FileResult(w, location, None, f"the curated spec cannot be read: {error}") for location, w in targets]
        return _report(args.reports, failed, args.spec)
    compared = [compare_file(curated, location, watched) for location, watched in targets]
    return _report(args.reports, compared, args.spec)


def _report(reports: Path, results: list[FileResult], spec: Path) -> int:
    try:
        write_reports(reports, as_json(results) | stamp(spec), as_markdown(results))
    except OSError as error:
        print(f"docs-drift: cannot write the reports: {error}", file=sys.stderr)
        return 2
    text = summary(results)
    failed = any(result.error for result in results)
    print(text, file=sys.stderr if failed else sys.stdout)
    print(f"reports: {reports / 'docs-drift.md'}, {reports / 'docs-drift.json'}")
    return max(result.exit_code for result in results)


if __name__ == "__main__":
    raise SystemExit(main())
