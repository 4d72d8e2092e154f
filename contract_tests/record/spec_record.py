"""The discrepancy record kept inside the curated spec: loading the spec and reading its entries.

Each node of the curated spec that differs from the vendor's docs carries an `x-discrepancies` list. An entry
holds a JSON Merge Patch (RFC 7386, `as_documented`) relative to that node; `as_documented.py` applies them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from contract_tests.record.pointers import escape_token

REPO_ROOT = Path(__file__).resolve().parents[2]
CURATED_SPEC = REPO_ROOT / "spec" / "highlevel-invoices.openapi.yaml"
RECORD_KEY = "x-discrepancies"

KINDS = frozenset(
    {
        "schema-vs-example",
        "curl-vs-schema",
        "page-vs-page",
        "page-internal",
        "example-vs-schema",
        "example-vs-observed",
        "docs-vs-observed",
    }
)
# response-field: the target's answer has (`expect: present`) or lacks (`expect: absent`) the field at `pointer`
# where the documentation says otherwise; the curated schema must accept the answer.
PROOF_KINDS = frozenset(
    {
        "response-schema",
        "response-field",
        "status-code",
        "request-value",
        "request-parameter",
        "response-example",
        "auth-probe",
    }
)
REQUIRED_FIELDS = ("id", "kind", "documented", "curated", "why", "evidence", "as_documented", "proof")


class RecordError(ValueError):
    """The discrepancy record is malformed."""


@dataclass(frozen=True)
class Discrepancy:
    id: str
    kind: str
    pointer: str
    documented: str
    curated: str
    why: str
    evidence: str
    as_documented: Mapping[str, Any]
    proof: Mapping[str, Any]


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    keys = [loader.construct_object(key_node, deep=deep) for key_node, _ in node.value]
    duplicates = sorted({str(key) for key in keys if keys.count(key) > 1})
    if duplicates:
        raise RecordError(f"line {node.start_mark.line + 1}: duplicate keys {', '.join(duplicates)}")
    return dict(yaml.SafeLoader.construct_mapping(loader, node, deep=deep))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_spec(path: Path = CURATED_SPEC) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_StrictLoader)  # a SafeLoader subclass: builds no arbitrary objects
    if not isinstance(document, dict):
        raise RecordError(f"{path}: not an OpenAPI document")
    return document


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if RECORD_KEY in node:
            yield pointer, node
        for key, value in node.items():
            if key != RECORD_KEY:
                yield from _walk(value, f"{pointer}/{escape_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _parse_entry(pointer: str, raw: Any) -> Discrepancy:
    if not isinstance(raw, dict):
        raise RecordError(f"{pointer}: a discrepancy entry must be a mapping")
    missing = [name for name in REQUIRED_FIELDS if name not in raw]
    if missing:
        raise RecordError(f"{pointer}: entry {raw.get('id', '?')!r} lacks {', '.join(missing)}")
    if raw["kind"] not in KINDS:
        raise RecordError(f"{pointer}: entry {raw['id']!r} has unknown kind {raw['kind']!r}")
    proof = raw["proof"]
    if not isinstance(proof, dict) or proof.get("kind") not in PROOF_KINDS:
        raise RecordError(f"{pointer}: entry {raw['id']!r} needs a proof whose kind is one of {sorted(PROOF_KINDS)}")
    if not isinstance(raw["as_documented"], dict):
        raise RecordError(f"{pointer}: entry {raw['id']!r}: as_documented must be a merge patch (a mapping)")
    return Discrepancy(
        id=str(raw["id"]),
        kind=str(raw["kind"]),
        pointer=pointer,
        documented=str(raw["documented"]).strip(),
        curated=str(raw["curated"]).strip(),
        why=str(raw["why"]).strip(),
        evidence=str(raw["evidence"]).strip(),
        as_documented=raw["as_documented"],
        proof=proof,
    )


def discrepancies(document: Mapping[str, Any]) -> list[Discrepancy]:
    """Every recorded discrepancy, in document order; ids are checked for uniqueness."""
    found: list[Discrepancy] = []
    seen: set[str] = set()
    for pointer, node in _walk(document, ""):
        entries = node[RECORD_KEY]
        if not isinstance(entries, list):
            raise RecordError(f"{pointer}: {RECORD_KEY} must be a list")
        for raw in entries:
            entry = _parse_entry(pointer, raw)
            if entry.id in seen:
                raise RecordError(f"{pointer}: duplicate discrepancy id {entry.id!r}")
            seen.add(entry.id)
            found.append(entry)
    return found


def strip_records(node: Any) -> Any:
    """A copy of `node` with every discrepancy record removed."""
    if isinstance(node, dict):
        return {key: strip_records(value) for key, value in node.items() if key != RECORD_KEY}
    if isinstance(node, list):
        return [strip_records(value) for value in node]
    return node
