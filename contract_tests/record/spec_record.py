"""The discrepancy record kept inside the curated spec: loading the spec and reading its entries.

Each node of the curated spec that differs from the vendor's docs carries an `x-discrepancies` list. An entry
holds a JSON Merge Patch (RFC 7386, `as_documented`) relative to that node; `as_documented.py` applies them.

A fact that holds for every operation alike (the undocumented 403 and 429) is one document-level rule: an entry
of the document's own list with `each_operation: true`, whose patch is relative to each operation object and whose
proof is run once per operation (`proof_instances`: the instance `rule-id[operationId]` names that operation).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
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
        # The rendered page and the vendor's OpenAPI file it was rendered from disagree.
        "page-vs-openapi",
        # The docs leave something open (no required flag, no item type, an untyped object): the curated spec decides.
        "docs-silent",
    }
)
# A claim about the vendor's docs alone (no server can show it): `make docs-drift` proves it on the vendor's file.
DOCS_PROOF_KIND = "vendor-docs"
# response-field: the target's answer has (`expect: present`) or lacks (`expect: absent`) the field at `pointer`
# where the documentation says otherwise; the curated schema must accept the answer.
SERVER_PROOF_KINDS = frozenset(
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
PROOF_KINDS = SERVER_PROOF_KINDS | {DOCS_PROOF_KIND}
REQUIRED_FIELDS = ("id", "kind", "documented", "curated", "why", "evidence", "as_documented", "proof")
EACH_OPERATION_KEY = "each_operation"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class RecordError(ValueError):
    """The discrepancy record is malformed."""


@dataclass(frozen=True)
class Discrepancy:
    """One recorded place where the vendor's docs and the curated spec part, with how to prove it."""

    id: str
    kind: str
    pointer: str
    documented: str
    curated: str
    why: str
    evidence: str
    as_documented: Mapping[str, Any]
    proof: Mapping[str, Any]
    # A document-level rule: the patch applies to every operation object, and the proof runs once per operation.
    each_operation: bool = False
    # On a proof instance of a rule (see `proof_instances`): the rule's id, under which its patch is derived.
    rule: str | None = None

    @property
    def record_id(self) -> str:
        """The id of the record entry this stands for: the rule's, for one operation's proof of a rule."""
        return self.rule or self.id

    @property
    def proven_by_a_server(self) -> bool:
        """False for a claim about the docs alone, which `make docs-drift` proves instead of the contract suite."""
        return self.proof.get("kind") != DOCS_PROOF_KIND


# libyaml's parser when PyYAML was built with it (several times faster); the constructor stays PyYAML's safe one.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[valid-type,misc]
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


def _check_claims(pointer: str, entry_id: str, claims: Any) -> None:
    if not isinstance(claims, list) or not claims:
        raise RecordError(f"{pointer}: entry {entry_id!r}: a vendor-docs proof needs a non-empty list of claims")
    for claim in claims:
        if not isinstance(claim, dict) or not str(claim.get("pointer", "")).startswith("/"):
            raise RecordError(f"{pointer}: entry {entry_id!r}: each claim needs a JSON Pointer into the vendor's file")
        if sum(("value" in claim, "contains" in claim, "excludes" in claim, bool(claim.get("absent")))) != 1:
            raise RecordError(
                f"{pointer}: entry {entry_id!r}: a claim states one of value, contains, excludes or absent: true"
            )


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
    if proof["kind"] == DOCS_PROOF_KIND:
        _check_claims(pointer, str(raw["id"]), proof.get("claims"))
    if not isinstance(raw["as_documented"], dict):
        raise RecordError(f"{pointer}: entry {raw['id']!r}: as_documented must be a merge patch (a mapping)")
    each_operation = raw.get(EACH_OPERATION_KEY, False)
    if each_operation not in (True, False) or (each_operation and pointer != ""):
        raise RecordError(
            f"{pointer or '/'}: entry {raw['id']!r}: {EACH_OPERATION_KEY}: true belongs on the document's own list"
        )
    if each_operation and "operation" in proof:
        raise RecordError(f"entry {raw['id']!r}: a rule's proof names no operation; it runs once per operation")
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
        each_operation=bool(each_operation),
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


def operation_pointers(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(operationId, JSON Pointer of the operation object) of every operation, in document order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                pointer = f"/paths/{escape_token(str(path))}/{method}"
                found.append((str(operation.get("operationId", pointer)), pointer))
    return found


def proof_instances(document: Mapping[str, Any]) -> list[Discrepancy]:
    """Every proof to run, in record order: each entry once, a rule once per operation (id `rule[operationId]`,
    its proof naming that operation, its pointer that operation's). The record's entries stay `discrepancies`."""
    found: list[Discrepancy] = []
    for entry in discrepancies(document):
        if not entry.each_operation:
            found.append(entry)
            continue
        for operation_id, pointer in operation_pointers(document):
            found.append(
                replace(
                    entry,
                    id=f"{entry.id}[{operation_id}]",
                    pointer=pointer,
                    proof={**entry.proof, "operation": operation_id},
                    each_operation=False,
                    rule=entry.id,
                )
            )
    return found


def strip_records(node: Any) -> Any:
    """A copy of `node` with the record removed: every discrepancy list."""
    if isinstance(node, dict):
        return {key: strip_records(value) for key, value in node.items() if key != RECORD_KEY}
    if isinstance(node, list):
        return [strip_records(value) for value in node]
    return node
