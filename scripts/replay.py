"""Re-validate a recorded contract run against the current curated spec, offline (`make replay CASSETTE=...`).

usage: python scripts/replay.py CASSETTE.har [--spec FILE]

Each recorded exchange is matched to its operation and its response is checked with the response-side checks
(status code, content type, headers, schema) and the suite's own checks, exactly as recorded: no request is
sent. Exchanges with no operation in the spec (e.g. probes of unsupported methods) are counted and skipped.
Exit status: 0 no violations; 1 violations; 2 unusable cassette or spec.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "generated")]

RESPONSE_CHECKS = (
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)


def _load_schema(spec: Path | None) -> Any:
    """The curated spec, with the suite's tolerated-finding filter (see contract_tests/suite/checks.py)."""
    import yaml

    from contract_tests.suite.schemas import build_schema, suite_config
    from scripts.spec_record import RecordError, curated_without_records, load_spec

    try:
        document = curated_without_records(load_spec(spec) if spec else load_spec())
    except (OSError, yaml.YAMLError, RecordError) as error:
        raise SpecError(f"cannot load the spec: {error}") from None
    return build_schema(document, None, config=suite_config())


class SpecError(ValueError):
    pass


def _body(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _response(exchange: Any) -> Any:
    import requests
    from schemathesis.core.transport import Response

    request = requests.Request(
        exchange.method, exchange.url, headers=dict(exchange.request_headers), data=exchange.request_body.encode()
    ).prepare()
    headers: dict[str, list[str]] = {}
    for name, value in exchange.response_headers:
        headers.setdefault(name.lower(), []).append(value)
    return Response(
        status_code=exchange.status,
        headers=headers,
        content=exchange.response_body.encode(),
        request=request,
        elapsed=exchange.duration_ms / 1000,
        verify=True,
    )


def replay(cassette: Path, spec: Path | None = None) -> tuple[int, Counter[str], list[str]]:
    from schemathesis.checks import CHECKS, load_all_checks
    from schemathesis.core.failures import FailureGroup

    from contract_tests.suite.checks import CUSTOM_CHECKS
    from contract_tests.suite.recording import read_har

    exchanges = read_har(cassette)
    schema = _load_schema(spec)
    load_all_checks()
    checks = [*CHECKS.get_by_names(list(RESPONSE_CHECKS)), *CUSTOM_CHECKS]
    counts: Counter[str] = Counter()
    violations: list[str] = []
    for index, exchange in enumerate(exchanges):
        operation = schema.find_operation_by_label(f"{exchange.method} {exchange.path}")
        if operation is None or exchange.status == 0:
            counts["skipped (no operation)"] += 1
            continue
        body = _body(exchange.request_body) if exchange.request_body else None
        extra = {"body": body, "media_type": "application/json"} if body is not None else {}
        case = operation.Case(query=dict(exchange.query), headers=dict(exchange.request_headers), **extra)
        try:
            case.validate_response(_response(exchange), checks=checks)
        except FailureGroup as group:
            counts["failed"] += 1
            for failure in group.exceptions:
                first = failure.message.strip().splitlines()[0] if failure.message.strip() else ""
                violations.append(f"entry {index} {operation.label} -> {exchange.status}: {failure.title}: {first}")
        else:
            counts["passed"] += 1
    return len(exchanges), counts, violations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cassette", type=Path, help="HAR file written by `make contract` (reports/recording.har)")
    parser.add_argument("--spec", type=Path, help="curated spec to check against (default: the repository's)")
    args = parser.parse_args(argv)
    from contract_tests.suite.recording import CassetteError

    try:
        total, counts, violations = replay(args.cassette, args.spec)
    except (CassetteError, SpecError) as error:
        print(f"replay: {error}", file=sys.stderr)
        return 2
    unique = sorted(set(violations))
    for line in unique[:50]:
        print(f"  violation: {line}")
    if len(unique) > 50:
        print(f"  ... and {len(unique) - 50} more")
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"replay: {total} exchanges ({summary}); {len(unique)} violations")
    return 1 if unique else 0


if __name__ == "__main__":
    raise SystemExit(main())
