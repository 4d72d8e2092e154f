"""The client facts an operation states in the spec as `x-` extensions, which openapi-python-client's model does not
carry: read from the spec document, checked, and handed to the templates (`operation_facts(endpoint)`).

* `x-client-method` (a Python identifier): the name of the operation's resource method (`client.invoices.<name>`);
  default: the operationId in snake case.
* `x-resend` (`always`, `never`, `opt-in`): whether the request may be resent after an ambiguous failure (a read
  timeout, a 5xx): always (resending changes nothing), never (whatever `retry_unsafe_posts` says), or only with
  `retry_unsafe_posts`; absent: the method's rule.
* `x-location` (`{in: [query, body], id: altId, type: altType}`): where the location travels; resource methods fill
  the named fields with the client's location id (and `location` as its type) in each place listed.
* `x-pagination` (`{items: invoices, total: total, limit: limit, offset: offset, page-size: 100}`): a list operation;
  its resource method returns an auto-paging iterator over the `items` field, paging by the `limit` and `offset` query
  parameters and stopping at `total`, `page-size` items a page unless the caller says otherwise.

A malformed value fails generation with the operation and the extension named, so no template ever renders one.
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping
from typing import Any

RESEND_RULES = ("always", "never", "opt-in")
LOCATION_PLACES = ("query", "body")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class ExtensionError(ValueError):
    """An `x-` extension of an operation that the templates cannot use."""


def _name(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ExtensionError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _identifier(value: object, where: str) -> str:
    text = _name(value, where)
    if not text.isidentifier() or not text.isascii() or keyword.iskeyword(text):
        raise ExtensionError(f"{where}: {text!r} is not a Python identifier")
    return text


def _location(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, Mapping) or set(value) != {"in", "id", "type"}:
        raise ExtensionError(f"{where}: expected a mapping with exactly `in`, `id` and `type`")
    places = value["in"] if isinstance(value["in"], list) else [value["in"]]
    if not places or any(place not in LOCATION_PLACES for place in places) or len(set(places)) != len(places):
        raise ExtensionError(f"{where}.in: expected one or more of {', '.join(LOCATION_PLACES)}, got {value['in']!r}")
    return {"in": list(places), "id": _name(value["id"], f"{where}.id"), "type": _name(value["type"], f"{where}.type")}


def _pagination(value: object, where: str) -> dict[str, Any]:
    keys = {"items", "total", "limit", "offset", "page-size"}
    if not isinstance(value, Mapping) or set(value) != keys:
        raise ExtensionError(f"{where}: expected a mapping with exactly {', '.join(sorted(keys))}")
    page_size = value["page-size"]
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ExtensionError(f"{where}.page-size: expected a positive integer, got {page_size!r}")
    facts: dict[str, Any] = {key: _name(value[key], f"{where}.{key}") for key in ("items", "total", "limit", "offset")}
    facts["page_size"] = page_size
    return facts


def read_operation(operation: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The checked client facts of one operation object of the spec (None where it states none)."""
    resend = operation.get("x-resend")
    if resend is not None and resend not in RESEND_RULES:
        raise ExtensionError(f"{where} x-resend: expected one of {', '.join(RESEND_RULES)}, got {resend!r}")
    method = operation.get("x-client-method")
    location = operation.get("x-location")
    pagination = operation.get("x-pagination")
    return {
        "method_name": None if method is None else _identifier(method, f"{where} x-client-method"),
        "resend": resend,
        "location": None if location is None else _location(location, f"{where} x-location"),
        "pagination": None if pagination is None else _pagination(pagination, f"{where} x-pagination"),
    }


def read_document(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The client facts of every operation of the spec `document`, by operationId, with its path as the spec writes
    it (the generator's own `endpoint.path` has its placeholders renamed to Python names)."""
    facts: dict[str, dict[str, Any]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                where = f"{method.upper()} {path}"
                operation_id = _name(operation.get("operationId"), f"{where} operationId")
                facts[operation_id] = {"path": str(path), **read_operation(operation, where)}
    return facts


class OperationFacts:
    """The Jinja global `operation_facts(endpoint)`: the facts of a generator endpoint's operation, found by its name
    (the generator's Python identifier of the operationId, made with the same `prefix`)."""

    def __init__(self, document: Mapping[str, Any], prefix: str = "") -> None:
        from openapi_python_client.strings import PythonIdentifier  # the generator's own naming

        self._facts: dict[str, dict[str, Any]] = {
            PythonIdentifier(key, prefix): value for key, value in read_document(document).items()
        }

    def __call__(self, endpoint: Any) -> dict[str, Any]:
        return self._facts[str(endpoint.name)]


__all__ = ["ExtensionError", "OperationFacts", "read_document", "read_operation"]
