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
from contract_tests.record.spec_record import Discrepancy, discrepancies, strip_records


def as_documented(document: Mapping[str, Any], *, only: frozenset[str] | None = None) -> dict[str, Any]:
    """The spec as the vendor documents it: every (or only the named) recorded patch applied, records removed."""
    result = copy.deepcopy(dict(document))
    by_pointer: dict[str, list[Discrepancy]] = {}
    for entry in discrepancies(document):
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
    stripped: dict[str, Any] = strip_records(result)
    return stripped


def curated_without_records(document: Mapping[str, Any]) -> dict[str, Any]:
    """The curated spec as the wire carries it, with the record removed (what the suite tests against)."""
    stripped: dict[str, Any] = strip_records(document)
    return stripped
