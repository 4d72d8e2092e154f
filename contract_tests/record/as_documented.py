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
    Discrepancy,
    discrepancies,
    operation_pointers,
    strip_records,
)


def as_documented(
    document: Mapping[str, Any],
    *,
    only: frozenset[str] | None = None,
    vendor_names: Mapping[str, str] | None = None,
    entries: list[Discrepancy] | None = None,
) -> dict[str, Any]:
    """The spec as the vendor documents it: every (or only the named) recorded patch applied, records removed.

    With `vendor_names` (our component name -> the vendor's, as `docs_drift.compare.component_names` matches
    them), component schemas take the vendor's names (every `$ref` follows), so the derived document reads like
    the vendor's file. `entries`, when given, are `discrepancies(document)` already read (a caller deriving many
    variants reads them once).
    """
    # A copy without the discrepancy lists (one traversal; scalars are shared, containers are new).
    result: dict[str, Any] = _without(document, RECORD_KEY)
    by_pointer: dict[str, list[Discrepancy]] = {}
    for entry in discrepancies(document) if entries is None else entries:
        if only is not None and entry.id not in only:
            continue
        # A document-level rule patches every operation object alike.
        pointers = [pointer for _, pointer in operation_pointers(document)] if entry.each_operation else [entry.pointer]
        for pointer in pointers:
            by_pointer.setdefault(pointer, []).append(entry)
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
        result = restore_vendor_names(result, vendor_names)
    stripped: dict[str, Any] = strip_records(result)
    return stripped


def _without(node: Any, drop: str) -> Any:
    if isinstance(node, dict):
        return {key: _without(value, drop) for key, value in node.items() if key != drop}
    if isinstance(node, list):
        return [_without(value, drop) for value in node]
    return node


def restore_vendor_names(document: dict[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """`document` with each component schema named in `names` renamed to the vendor's name, and every reference
    to it. A vendor name another of our components already has (or takes first) is not given twice: that schema
    keeps its own name."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    taken = {name for name in schemas if name not in names}
    new_names: dict[str, str] = {}
    for name in schemas:
        wanted = names.get(name, name)
        new_names[name] = wanted if wanted not in taken else name
        taken.add(new_names[name])
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


def curated_without_records(document: Mapping[str, Any]) -> dict[str, Any]:
    """The curated spec as the wire carries it, with the record removed (what the suite tests against)."""
    stripped: dict[str, Any] = strip_records(document)
    return stripped
