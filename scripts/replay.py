"""Re-validate recorded traffic against the current curated spec, offline (`make replay [CASSETTE=...]`).

usage: python scripts/replay.py CASSETTE.har|CORPUS_DIR [--spec FILE]

A directory is read as a corpus of real exchanges (contract_tests/corpus/exchanges, the default of `make replay`):
each exchange's response is re-validated per its `checks`: an operation's answer with the same response-side
checks as a cassette (the suite's rate-limit-header check only where headers were recorded, which the corpus's
sources rarely did), a schema check with the curated schema it names. Documented exchanges (the vendor's own
examples) are reported, not judged: where they break the curated spec, the discrepancy record says why.

Each recorded exchange is matched to its operation and its response is re-validated with the response-side
checks (status code, content type, headers, schema) and the suite's own checks, exactly as recorded: no request is
sent. Replay re-validates responses only: request-side findings (whether the target should have accepted or
rejected a request: positive/negative data, missing headers, ignored auth) need the live exchange and are judged
by `make contract` alone. Exchanges with no operation in the spec (e.g. probes of unsupported methods) and
request-shape probes (a body in a media type the operation does not declare, which the server rightly refuses
with 415) are counted and skipped, as Schemathesis skips response checks for them.
Exit status: 0 no violations; 1 violations, or a cassette with no exchange at all; 2 unusable cassette or spec.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]

CHECKS_KEY = "checks run"  # counted beside the exchanges' verdicts, not one of them
RESPONSE_CHECKS = (
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)


def _load_schema(spec: Path | None) -> Any:
    """The curated spec, with the suite's tolerated-finding filter (see contract_tests/suite/checks.py)."""
    import yaml

    from contract_tests.record import RecordError, curated_without_records, load_spec
    from contract_tests.suite.schemas import build_schema, suite_config

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


def _declared_media_type(operation: Any, exchange: Any) -> bool:
    """Whether the request's body (if any) is in a media type the operation declares."""
    if not exchange.request_body:
        return True
    sent = (exchange.header("Content-Type") or "").split(";", 1)[0].strip().lower()
    declared = {str(body.media_type).lower() for body in operation.body}
    return not declared or sent in declared


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
        if not _declared_media_type(operation, exchange):
            counts["skipped (request-shape probe)"] += 1
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


def _schema_failures(document: dict[str, Any], pointer: str, instance: Any) -> list[str]:
    import jsonschema
    import referencing
    import referencing.jsonschema

    resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:replay", resource)
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"urn:replay#{pointer}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    return [f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}" for e in validator.iter_errors(instance)]


def _corpus_response(status: int, body: Any, recorded_headers: dict[str, str]) -> Any:
    import requests
    from schemathesis.core.transport import Response

    headers = {"content-type": ["application/json"]}
    headers.update({name.lower(): [value] for name, value in recorded_headers.items()})
    request = requests.Request("GET", "http://corpus.invalid/").prepare()
    return Response(
        status_code=status,
        headers=headers,
        content=json.dumps(body).encode(),
        request=request,
        elapsed=0.0,
        verify=True,
    )


def replay_corpus(directory: Path, spec: Path | None = None) -> tuple[int, Counter[str], list[str]]:
    """Re-validate every corpus exchange's response per its checks (see the module docstring)."""
    from schemathesis.checks import load_all_checks

    from contract_tests.corpus import CorpusError, load_corpus
    from contract_tests.record import RecordError, curated_without_records, load_spec

    try:
        exchanges = load_corpus(directory)
    except CorpusError as error:
        raise SpecError(f"cannot read the corpus: {error}") from None
    try:
        document = curated_without_records(load_spec(spec) if spec else load_spec())
    except (OSError, RecordError) as error:
        raise SpecError(f"cannot load the spec: {error}") from None
    schema = _load_schema(spec)
    load_all_checks()
    counts: Counter[str] = Counter()  # one verdict per exchange: the parts add up to the exchanges
    violations: list[str] = []
    for exchange in exchanges:
        verdicts = [_corpus_check(exchange, check, document, schema) for check in exchange.checks]
        found = [line for lines in verdicts for line in lines]
        if not exchange.checks:
            counts["no check (evidence only)"] += 1
        elif exchange.kind == "documented" and found:
            counts["documented (contradicted, see the record)"] += 1
        elif found:
            counts["failed"] += 1
            violations.extend(found)
        else:
            counts["passed"] += 1
        counts[CHECKS_KEY] += len(exchange.checks)
    return len(exchanges), counts, violations


def _corpus_check(exchange: Any, check: Any, document: dict[str, Any], schema: Any) -> list[str]:
    """What one of a corpus exchange's checks found, as violation lines (none: it holds)."""
    from schemathesis.checks import CHECKS
    from schemathesis.core.failures import FailureGroup

    from contract_tests.corpus import resolve
    from contract_tests.suite.checks import CUSTOM_CHECKS, rate_limit_headers_present

    label = check.operation or check.schema
    if check.operation is None:
        assert check.schema is not None
        instance = resolve(exchange.body, check.instance)
        if check.drop and isinstance(instance, dict):
            instance = {k: v for k, v in instance.items() if k not in check.drop}
        return [f"{exchange.id} ({label}): {line}" for line in _schema_failures(document, check.schema, instance)]
    assert check.status is not None
    where = _operation_path(document, check.operation)
    if where is None:
        return [f"{exchange.id}: the spec has no operation {check.operation}"]
    operation = schema[where[0]][where[1]]
    headers = dict(exchange.response.get("headers") or {})
    custom = [c for c in CUSTOM_CHECKS if headers or c is not rate_limit_headers_present]
    checks = [*CHECKS.get_by_names(list(RESPONSE_CHECKS)), *custom]
    response = _corpus_response(int(check.status), exchange.body, headers)
    try:
        parameters = dict.fromkeys(re.findall(r"{([^}]+)}", where[0]), "corpus")
        case = operation.Case(query={}, headers={}, path_parameters=parameters)
        case.validate_response(response, checks=checks)
    except FailureGroup as group:
        return [
            f"{exchange.id} ({label}): {failure.title}: {failure.message.strip().splitlines()[0]}"
            for failure in group.exceptions
        ]
    return []


def _operation_path(document: dict[str, Any], operation_id: str) -> tuple[str, str] | None:
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, method.upper()
    return None


def summary_line(total: int, counts: Counter[str], violations: int) -> str:
    """`18 exchanges (1 documented ..., 1 no check ..., 16 passed); 23 checks run; 0 violations`: the parts in
    parentheses add up to the exchanges."""
    checks = counts.get(CHECKS_KEY)
    verdicts = {k: n for k, n in counts.items() if k != CHECKS_KEY}
    assert sum(verdicts.values()) == total, (total, counts)
    parts = ", ".join(f"{n} {k}" for k, n in sorted(verdicts.items()))
    ran = f"; {checks} checks run" if checks is not None else ""
    return f"{total} exchanges ({parts}){ran}; {violations} violations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "cassette", type=Path, help="HAR file written by `make contract` (reports/recording.har), or a corpus directory"
    )
    parser.add_argument("--spec", type=Path, help="curated spec to check against (default: the repository's)")
    args = parser.parse_args(argv)
    from contract_tests.suite.recording import CassetteError

    try:
        if args.cassette.is_dir():
            total, counts, violations = replay_corpus(args.cassette, args.spec)
        else:
            total, counts, violations = replay(args.cassette, args.spec)
    except (CassetteError, SpecError) as error:
        print(f"replay: {error}", file=sys.stderr)
        return 2
    if total == 0:
        print(f"replay: {args.cassette} holds no exchange; nothing was re-validated", file=sys.stderr)
        return 1
    unique = sorted(set(violations))
    for line in unique[:50]:
        print(f"  violation: {line}")
    if len(unique) > 50:
        print(f"  ... and {len(unique) - 50} more")
    print(f"replay: {summary_line(total, counts, len(unique))}")
    return 1 if unique else 0


if __name__ == "__main__":
    raise SystemExit(main())
