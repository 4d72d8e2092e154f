"""Classify what an as-documented run finds: a difference the discrepancy record explains, or a new one.

A failure under the as-documented spec is explained when the curated spec, which differs from it only by the
recorded patches, judges the same exchange differently:
- response-side checks: the same response passes the same check under the curated spec;
- request-side checks (`positive_data_acceptance`, `negative_data_rejection`, ...): the curated spec judges the
  request's validity the other way (so the target's answer agrees with the curated spec).
It is attributed to every entry whose patch alone reproduces the as-documented verdict. Anything else is new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from schemathesis import Case, Response
from schemathesis.checks import CHECKS
from schemathesis.core import NOT_SET
from schemathesis.core.failures import FailureGroup
from schemathesis.schemas import BaseSchema

from contract_tests.operations import registry
from contract_tests.record import Discrepancy
from contract_tests.suite.checks import CUSTOM_CHECKS
from contract_tests.suite.schemas import spec_document
from contract_tests.suite.validators import body_validator

REQUEST_SIDE = frozenset({"positive_data_acceptance", "negative_data_rejection", "missing_required_header"})
# The schema an exchange is judged under: the curated spec (None), or as documented with only these patches.
SchemaFor = Callable[[frozenset[str] | None], BaseSchema]


@cache
def _document(only: frozenset[str] | None) -> dict[str, Any]:
    return spec_document("curated") if only is None else spec_document("as-documented", only=only)


@cache
def _body_validator(only: frozenset[str] | None, schema_name: str) -> Draft202012Validator:
    return body_validator(_document(only), schema_name)


def _parameters(document: Mapping[str, Any], label: str) -> list[dict[str, Any]]:
    method, path = label.split(" ", 1)
    operation = document["paths"][path][method.lower()]
    resolved = []
    for raw in operation.get("parameters", []):
        ref = raw.get("$ref")
        resolved.append(document["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else raw)
    return resolved


def request_is_valid(case: Case[Any], only: frozenset[str] | None) -> bool:
    """Whether the request fits the curated spec (only=None) or the spec with only these patches applied."""
    document = _document(only)
    containers = {"query": case.query or {}, "header": case.headers or {}, "path": case.path_parameters or {}}
    for parameter in _parameters(document, case.operation.label):
        values = containers.get(parameter["in"], {})
        present = {k.lower(): v for k, v in values.items()} if parameter["in"] == "header" else dict(values)
        key = parameter["name"].lower() if parameter["in"] == "header" else parameter["name"]
        if key not in present:
            if parameter.get("required"):
                return False
            continue
        schema = dict(parameter.get("schema", {}))
        if "$ref" in schema:
            schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        if not Draft202012Validator(schema).is_valid(present[key]):
            return False
    card = registry.by_label(case.operation.label)
    if card is not None and card.body_schema is not None:
        return case.body is not NOT_SET and _body_validator(only, card.body_schema).is_valid(case.body)
    return True


def _response_passes(case: Case[Any], response: Response, check_name: str, schema: BaseSchema) -> bool:
    method, path = case.operation.label.split(" ", 1)
    operation = schema[path][method]
    parts: dict[str, Any] = {
        "query": dict(case.query or {}),
        "headers": dict(case.headers or {}),
        "path_parameters": dict(case.path_parameters or {}),
    }
    if case.body is NOT_SET:
        twin = operation.Case(**parts)
    else:
        twin = operation.Case(**parts, body=case.body, media_type="application/json")
    try:
        twin.validate_response(response, checks=[_check_by_name(check_name)])
    except FailureGroup:
        return False
    return True


def _fails_under(
    case: Case[Any], response: Response, check_name: str, only: frozenset[str] | None, schema_for: SchemaFor
) -> bool:
    if check_name in REQUEST_SIDE:
        valid = request_is_valid(case, only)
        accepted = 200 <= response.status_code < 300
        return valid != accepted
    return not _response_passes(case, response, check_name, schema_for(only))


def explain(
    case: Case[Any], response: Response, check_name: str, entries: Iterable[Discrepancy], schema_for: SchemaFor
) -> tuple[str, ...]:
    """Ids of the entries that explain an as-documented failure of `check_name` on this exchange; empty when it is
    a new violation (the curated spec fails it too)."""
    if _fails_under(case, response, check_name, None, schema_for):
        return ()
    ids = tuple(e.id for e in entries if _fails_under(case, response, check_name, frozenset({e.id}), schema_for))
    return ids or ("the record as a whole",)


def _check_by_name(name: str) -> Any:
    custom = {check.__name__: check for check in CUSTOM_CHECKS}
    return custom[name] if name in custom else CHECKS.get_one(name)
