"""Write the "as documented" variant of the curated spec, derived from its discrepancy record.

usage: python scripts/as_documented.py [--output FILE] [--check] [--vendor-names [VENDOR_FILE]]
  --check          only validate the record and the derived document (used by `make lint`)
  --vendor-names   give component schemas the vendor's (DTO) names, matched place by place against the vendor's
                   OpenAPI (default: the copy in spec/vendor/), as `make docs-drift` matches them
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contract_tests.docs_drift.compare import component_names
from contract_tests.docs_drift.facts import flatten, operations_of
from contract_tests.record import CURATED_SPEC, REPO_ROOT, RecordError, as_documented, discrepancies, load_spec

VENDOR_COPY = REPO_ROOT / "spec" / "vendor" / "apps" / "invoices.2025-08-13.json"


def vendor_names(curated: dict[str, Any], vendor_file: Path) -> dict[str, str]:
    """Our component name -> the vendor's name most places of our operations give the same component."""
    vendor = json.loads(vendor_file.read_text(encoding="utf-8"))
    operations = operations_of(curated)
    ours = flatten(as_documented(curated), operations)
    matched = component_names(ours, flatten(vendor, operations))
    return {name: names[0] for name, names in matched.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=CURATED_SPEC, help="curated spec (default: %(default)s)")
    parser.add_argument("--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    parser.add_argument(
        "--vendor-names",
        nargs="?",
        type=Path,
        const=VENDOR_COPY,
        metavar="VENDOR_FILE",
        help="use the vendor's component names, matched against VENDOR_FILE (default: %(const)s)",
    )
    args = parser.parse_args(argv)
    try:
        curated = load_spec(args.spec)
        names = vendor_names(curated, args.vendor_names) if args.vendor_names else None
        documented = as_documented(curated, vendor_names=names)
        validate(documented)
    except (OSError, ValueError, yaml.YAMLError, RecordError) as error:
        print(f"as_documented: {error}", file=sys.stderr)
        return 1
    except OpenAPIValidationError as error:
        print(f"as_documented: the derived document is not valid OpenAPI: {error.message}", file=sys.stderr)
        return 1
    if args.check:
        print(f"as_documented: {len(discrepancies(curated))} recorded discrepancies; the derived spec is valid")
        return 0
    text = yaml.safe_dump(documented, sort_keys=False, allow_unicode=True, width=120)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
