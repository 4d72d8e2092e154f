"""Method and path of each operation, read from the curated spec: a card names its operation by operationId only."""

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
