"""The "as documented" variant of the curated spec, derived from its discrepancy record.

Applying every entry's merge patch to the node that carries it yields the spec as the vendor documents it, so the
truthful and the documented variant always come from the one curated file.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import json_merge_patch

from contract_tests.record.pointers import parent_and_key, resolve_pointer
from contract_tests.record.spec_record import (
    RECORD_KEY,
    VENDOR_NAME_KEY,
    Discrepancy,
    RecordError,
    discrepancies,
    strip_records,
)


def as_documented(
    document: Mapping[str, Any],
    *,
    only: frozenset[str] | None = None,
    vendor_names: bool = False,
    entries: list[Discrepancy] | None = None,
) -> dict[str, Any]:
    """The spec as the vendor documents it: every (or only the named) recorded patch applied, records removed.

    With `vendor_names`, component schemas that carry an `x-vendor-name` take that name (every `$ref` follows), so
    the derived document reads like the vendor's file. `entries`, when given, are `discrepancies(document)`
    already read (a caller deriving many variants reads them once).
    """
    # A copy without the discrepancy lists (one traversal; scalars are shared, containers are new).
    result: dict[str, Any] = _without(document, RECORD_KEY)
    by_pointer: dict[str, list[Discrepancy]] = {}
    for entry in discrepancies(document) if entries is None else entries:
        if only is None or entry.id in only:
            by_pointer.setdefault(entry.pointer, []).append(entry)
    # Deepest nodes first, so a patch on a parent never hides a child that has patches of its own.
    for pointer in sorted(by_pointer, key=lambda p: p.count("/"), reverse=True):
        node: Any = resolve_pointer(result, pointer) if pointer else result
        for entry in by_pointer[pointer]:
            node = json_merge_patch.merge(node, copy.deepcopy(dict(entry.as_documented)))
        if pointer:
            parent, key = parent_and_key(result, pointer)
            parent[key] = node
        else:
            result = node
    if vendor_names:
        result = restore_vendor_names(result)
    stripped: dict[str, Any] = strip_records(result)
    return stripped


def _without(node: Any, drop: str) -> Any:
    if isinstance(node, dict):
        return {key: _without(value, drop) for key, value in node.items() if key != drop}
    if isinstance(node, list):
        return [_without(value, drop) for value in node]
    return node


def restore_vendor_names(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with each component schema renamed to its `x-vendor-name`, and every reference to it."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    new_names = {name: _vendor_name(schema) or name for name, schema in schemas.items()}
    clashes = sorted({new for new in new_names.values() if list(new_names.values()).count(new) > 1})
    if clashes:
        raise RecordError(f"{VENDOR_NAME_KEY}: {', '.join(clashes)} would name two schemas")
    prefix = "#/components/schemas/"
    renames = {prefix + old: prefix + new for old, new in new_names.items() if old != new}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: renames.get(value, value) if key == "$ref" and isinstance(value, str) else rewrite(value)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    renamed: dict[str, Any] = rewrite(document)
    if schemas:
        renamed["components"]["schemas"] = {
            new_names[name]: schema for name, schema in renamed["components"]["schemas"].items()
        }
    return renamed


def _vendor_name(schema: Any) -> str | None:
    name = schema.get(VENDOR_NAME_KEY) if isinstance(schema, dict) else None
    return name if isinstance(name, str) else None


def curated_without_records(document: Mapping[str, Any]) -> dict[str, Any]:
    """The curated spec as the wire carries it, with the record removed (what the suite tests against)."""
    stripped: dict[str, Any] = strip_records(document)
    return stripped
