"""Method, path and query parameters of each operation, read from the curated spec: a card names its operation by
operationId only."""

from __future__ import annotations

from functools import cache
from typing import Any

from contract_tests.record import load_spec

HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


@cache
def _routes() -> dict[str, tuple[str, str]]:
    document: dict[str, Any] = load_spec()
    routes: dict[str, tuple[str, str]] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict) and "operationId" in operation:
                routes[str(operation["operationId"])] = (method.upper(), str(path))
    return routes


def _resolved(document: dict[str, Any], node: Any) -> Any:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/"):
        for part in ref[2:].split("/"):
            document = document.get(part.replace("~1", "/").replace("~0", "~"), {})
        return document
    return node


@cache
def _query_parameters() -> dict[str, frozenset[str]]:
    document: dict[str, Any] = load_spec()
    found: dict[str, frozenset[str]] = {}
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict) or "operationId" not in operation:
                continue
            names = set()
            for given in [*shared, *(operation.get("parameters") or [])]:
                parameter = _resolved(document, given)
                if isinstance(parameter, dict) and parameter.get("in") == "query":
                    names.add(str(parameter.get("name")))
            found[str(operation["operationId"])] = frozenset(names)
    return found


def query_parameters(operation_id: str) -> frozenset[str]:
    """The query parameters the curated spec declares for the operation (none for an unknown one)."""
    return _query_parameters().get(operation_id, frozenset())


def operation_route(operation_id: str) -> tuple[str, str]:
    """(METHOD, path) of the operation in the curated spec; LookupError names the spec's operations."""
    try:
        return _routes()[operation_id]
    except KeyError:
        known = ", ".join(sorted(_routes()))
        raise LookupError(f"the curated spec has no operation {operation_id!r} (it has: {known})") from None


def spec_operation_ids() -> tuple[str, ...]:
    """Every operationId of the curated spec, in its order."""
    return tuple(_routes())
