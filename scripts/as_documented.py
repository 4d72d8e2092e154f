"""Write the "as documented" variant of the curated spec, derived from its discrepancy record.

usage: python scripts/as_documented.py [--output FILE] [--check]
  --check   only validate the record and the derived document (used by `make lint`)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contract_tests.record import CURATED_SPEC, RecordError, as_documented, discrepancies, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=CURATED_SPEC, help="curated spec (default: %(default)s)")
    parser.add_argument("--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = parser.parse_args(argv)
    try:
        curated = load_spec(args.spec)
        documented = as_documented(curated)
        validate(documented)
    except (OSError, yaml.YAMLError, RecordError) as error:
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
