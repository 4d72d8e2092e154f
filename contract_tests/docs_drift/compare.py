"""Classify every difference between the vendor's file and the as-documented derivation of the curated spec.

A difference an entry of the record explains is `expected`; a fact an entry claims for the docs that the vendor's
file no longer states is `fixed-in-docs`; a difference no entry explains is `new-in-docs`; a description, or a
format or example only one side states, is `cosmetic`.

Which entry explains a fact is computed, not declared: an entry explains exactly the facts its `as_documented`
patch changes. Component names are never compared: they are matched instead, by following each operation's
request and response references on both sides (`component_names`: our `Invoice` is the vendor's
`DefaultInvoiceResponseDto` where both documents reach the same place through a named component), so the curated
spec names its components as it likes and describes only what it means. Entries whose documented side is a
rendered page element the vendor's file does not hold (a curl sample: `curl-vs-schema`; another page:
`page-vs-page`) are not applied; for them the vendor's file must agree with the curated spec. Entries with a
`vendor-docs` proof name facts of the vendor's file (JSON Pointers and the values found there) that must still
hold: that is how a contradiction inside the docs is proven.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from contract_tests.docs_drift.facts import (
    COSMETIC_ASPECTS,
    NAME_ASPECT,
    ExternalLoader,
    FactKey,
    Facts,
    canonical,
    flatten,
    operation_names,
    operations_of,
)
from contract_tests.record import Discrepancy, as_documented, discrepancies, resolve_pointer

CLASSES = ("new-in-docs", "fixed-in-docs", "expected", "cosmetic")
PAGE_KINDS = frozenset({"curl-vs-schema", "page-vs-page"})
DOCS_PROOF = "vendor-docs"
# Aspects where a value only our spec states refines the docs instead of contradicting them.
REFINING_ASPECTS = frozenset({"format", "example", "media examples"})


class _Absent:
    def __repr__(self) -> str:
        return "<absent>"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Finding:
    klass: str
    path: str
    entry: str | None
    documented: Any
    vendor: Any
    message: str

    def as_json(self) -> dict[str, Any]:
        def value(raw: Any) -> Any:
            return None if raw is ABSENT else raw

        return {
            "class": self.klass,
            "path": self.path,
            "entry": self.entry,
            "documented": value(self.documented),
            "vendor": value(self.vendor),
            "message": self.message,
        }


@dataclass
class Comparison:
    operations: list[str]
    findings: list[Finding] = field(default_factory=list)
    not_compared: list[str] = field(default_factory=list)
    entries: int = 0
    # Entries whose every fact lies in a part of the vendor's docs that could not be read.
    unchecked_entries: list[str] = field(default_factory=list)
    # Our component name -> the vendor's names for the same places (most places first), from `component_names`.
    component_names: dict[str, list[str]] = field(default_factory=dict)
    # `$ref`s of the vendor's file (or files a claim names) that could not be read: the comparison is incomplete,
    # so it is an error (exit 2), never a pass, whatever else it found.
    unresolved: list[str] = field(default_factory=list)

    def of_class(self, klass: str) -> list[Finding]:
        return [f for f in self.findings if f.klass == klass]

    @property
    def status(self) -> str:
        if self.unresolved:
            return "error"
        for klass in ("new-in-docs", "fixed-in-docs"):
            if self.of_class(klass):
                return klass
        return "ok"

    @property
    def exit_code(self) -> int:
        return {"ok": 0, "error": 2}.get(self.status, 1)


def display(key: FactKey, names: Mapping[str, str] | None = None) -> str:
    """A fact's place as people read it: the whole operation path (`names`: key -> `DELETE /invoices/{invoiceId}`)."""
    operation, where, aspect = key
    return f"{(names or {}).get(operation, operation)} {where}: {aspect}"


VERSION_PLACE = "header parameter version"


def expect_version(facts: Facts, version: Iterable[str]) -> Facts:
    """`facts` with every operation's `Version` header enum set to `version`: what a vendor file documenting that
    version (e.g. `apps/v3/invoices-v3.json`, `v3`) must say; any other enum there is then a finding."""
    wanted = sorted(version, key=canonical)
    return {key: (wanted if key[1] == VERSION_PLACE and key[2] == "enum" else value) for key, value in facts.items()}


def _shown(value: Any) -> str:
    """A value as a finding's message quotes it; a text's line breaks are layout, shown as spaces (not `\\n`)."""
    if value is ABSENT:
        return "absent"
    return canonical(" ".join(value.split()) if isinstance(value, str) else value)


_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _fits(example: Any, facts: Facts, operation: str, where: str) -> bool:
    """Whether an example the docs give fits what our facts say about that place (type and enum)."""
    types = facts.get((operation, where, "type"))
    kind = "null" if example is None else _JSON_TYPES.get(type(example), "?")
    if types and kind not in types and not (kind == "integer" and "number" in types):
        return False
    enum = facts.get((operation, where, "enum"))
    return not (isinstance(enum, list) and example not in enum)


def agreement(key: FactKey, ours: Any, theirs: Any, our_facts: Facts) -> str:
    """`equal`, `refines` (only one side states a refining fact, compatibly) or `differs`."""
    if ours == theirs and type(ours) is type(theirs):
        return "equal"
    operation, where, aspect = key
    if aspect in COSMETIC_ASPECTS:
        return "refines"
    if aspect in REFINING_ASPECTS and theirs is ABSENT:
        return "refines"
    if aspect == "example" and ours is ABSENT:
        return "refines" if _fits(theirs, our_facts, operation, where) else "differs"
    return "differs"


def _touched(before: Facts, after: Facts) -> set[FactKey]:
    return {key for key in before.keys() | after.keys() if before.get(key, ABSENT) != after.get(key, ABSENT)}


def _hidden_by_presence(keys: Iterable[FactKey], ours: Facts, theirs: Facts) -> set[FactKey]:
    """Facts beneath a place that only one side has: the place's own `present` finding says it all."""
    one_sided = {
        (operation, where)
        for operation, where, aspect in keys
        if aspect == "present" and ((operation, where, aspect) in ours) != ((operation, where, aspect) in theirs)
    }
    hidden: set[FactKey] = set()
    for key in keys:
        operation, where, aspect = key
        for place_operation, place in one_sided:
            if operation != place_operation:
                continue
            whole_operation = place == "operation" and where != place
            if whole_operation or (where == place and aspect != "present") or where.startswith(place + "/"):
                hidden.add(key)
    return hidden


def _beneath_an_owned_place(key: FactKey, entry: Discrepancy, owners: dict[FactKey, list[Discrepancy]]) -> bool:
    """A fact inside a place (a field, a body, a response) whose very presence the entry explains."""
    operation, where, aspect = key
    candidates = [where] if aspect != "present" else []
    candidates += [where[:index] for index, char in enumerate(where) if char == "/"]
    return any(entry in owners.get((operation, place, "present"), []) for place in candidates)


def _unresolved(
    keys: Iterable[FactKey], theirs: Facts, notes: list[str], names: Mapping[str, str], unresolved: list[str]
) -> set[FactKey]:
    """Facts beneath a vendor `$ref` that could not be read: not comparable, so left out (and noted; the caller
    must not call such a comparison a pass: `Comparison.unresolved`)."""
    places = {
        (op, where): theirs[(op, where, "unresolved ref")] for op, where, aspect in theirs if aspect == "unresolved ref"
    }
    by_file: dict[str, list[str]] = {}
    for (operation, where), reference in sorted(places.items()):
        by_file.setdefault(str(reference).partition("#")[0], []).append(f"{names.get(operation, operation)} {where}")
    for file_part, where_list in by_file.items():
        if file_part not in unresolved:
            unresolved.append(file_part)
        codes = sorted({where.rsplit(" ", 1)[-1] for where in where_list})
        notes.append(
            f"{file_part} could not be read: the bodies of {len(where_list)} responses ({', '.join(codes)}) "
            "are not compared"
        )
    skipped: set[FactKey] = set()
    for key in keys:
        operation, where, aspect = key
        for place_operation, place in places:
            beneath = where == place or where.startswith(place + "/")
            kept = where == place and aspect in {"present", "media types", "description"}
            if operation == place_operation and beneath and not kept:
                skipped.add(key)
    return skipped


def _docs_proof_findings(
    entry: Discrepancy,
    vendor: Mapping[str, Any],
    load_external: ExternalLoader | None,
    notes: list[str],
    unresolved: list[str],
) -> list[Finding]:
    """The claims of a `vendor-docs` proof that no longer hold (a claim in an unreadable file is noted, not judged)."""
    findings = []
    unchecked: dict[str, int] = {}
    for claim in entry.proof.get("claims") or []:
        pointer = str(claim["pointer"])
        document: Mapping[str, Any] | None = vendor
        if claim.get("file"):
            document = load_external(str(claim["file"])) if load_external else None
            if document is None:
                unchecked[str(claim["file"])] = unchecked.get(str(claim["file"]), 0) + 1
                continue
        try:
            found: Any = resolve_pointer(document, pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            found = ABSENT
        if "contains" in claim:
            wanted = claim["contains"]
            holds = isinstance(found, list) and wanted in found
            found_text = f"{_shown(found)}, without it"
        elif "excludes" in claim:
            wanted = f"no {claim['excludes']}"
            holds = not (isinstance(found, list) and claim["excludes"] in found)
            found_text = _shown(found)
        else:
            wanted = claim.get("value", ABSENT)
            holds = found == wanted and type(found) is type(wanted)
            found_text = _shown(found)
        if not holds:
            findings.append(
                Finding(
                    "fixed-in-docs",
                    f"vendor file {claim.get('file') or ''}{'#' if claim.get('file') else ''}{pointer}",
                    entry.id,
                    wanted,
                    found,
                    f"{entry.id}: the docs no longer state {_shown(wanted)} at {pointer} (found {found_text}); "
                    "the contradiction may be fixed: update the record",
                )
            )
    for file_part, count in unchecked.items():
        if file_part not in unresolved:
            unresolved.append(file_part)
        notes.append(f"{entry.id}: {count} claim(s) on {file_part} not checked (unreadable)")
    return findings


def component_names(ours: Facts, theirs: Facts) -> dict[str, list[str]]:
    """For each of our component names, the vendor's names of the components reached at the same places of the
    same operations (by following both sides' references), the most frequent first."""
    counts: dict[str, dict[str, int]] = {}
    for key, name in ours.items():
        if key[2] != NAME_ASPECT or not isinstance(name, str):
            continue
        vendor_name = theirs.get(key)
        if isinstance(vendor_name, str):
            pairs = counts.setdefault(name, {})
            pairs[vendor_name] = pairs.get(vendor_name, 0) + 1
    return {
        name: sorted(pairs, key=lambda vendor_name: (-pairs[vendor_name], vendor_name))
        for name, pairs in sorted(counts.items())
    }


def _without_names(facts: Facts) -> Facts:
    return {key: value for key, value in facts.items() if key[2] != NAME_ASPECT}


_OWNERS: dict[str, dict[FactKey, list[Discrepancy]]] = {}


def _owners(
    curated: Mapping[str, Any], entries: list[Discrepancy], operations: list[str], truth: Facts
) -> dict[FactKey, list[Discrepancy]]:
    """For each fact an entry's patch changes, the entries that change it (memoized per curated spec)."""
    memo_key = json.dumps(curated, sort_keys=True, default=str)
    if memo_key not in _OWNERS:
        owners: dict[FactKey, list[Discrepancy]] = {}
        for entry in entries:
            documented = as_documented(curated, only=frozenset({entry.id}), entries=entries)
            for key in _touched(truth, _without_names(flatten(documented, operations))):
                owners.setdefault(key, []).append(entry)
        _OWNERS.clear()
        _OWNERS[memo_key] = owners
    return _OWNERS[memo_key]


def compare(
    curated: Mapping[str, Any],
    vendor: Mapping[str, Any],
    *,
    load_external: ExternalLoader | None = None,
    version: Iterable[str] | None = None,
) -> Comparison:
    """Every difference between the vendor's file and our as-documented derivation, for the operations we cover.

    `version`: the `Version` header enum the vendor's file documents when it is not the record's (the v3 file's
    `v3`); the comparison expects exactly it, so a move of that enum is a finding like any other.
    """
    entries = discrepancies(curated)
    names = operation_names(dict(curated))
    operations = operations_of(dict(curated))
    result = Comparison([names[o] for o in operations], entries=len(entries))
    truth = _without_names(flatten(as_documented(curated, only=frozenset()), operations))
    applied = frozenset(e.id for e in entries if e.kind not in PAGE_KINDS)
    named_ours = flatten(as_documented(curated, only=applied), operations)
    # Which entry explains which fact is a property of the record alone, whatever version the vendor's file is for.
    owners = _owners(curated, entries, operations, truth)
    named_theirs = flatten(dict(vendor), operations, load_external=load_external)
    # Names are matched, never compared: they are how each document refers to a place, not what it says there.
    result.component_names = component_names(named_ours, named_theirs)
    ours, theirs = _without_names(named_ours), _without_names(named_theirs)
    if version is not None:
        truth, ours = expect_version(truth, version), expect_version(ours, version)

    keys = ours.keys() | theirs.keys() | owners.keys()
    unreadable = _unresolved(keys, theirs, result.not_compared, names, result.unresolved)
    skipped = unreadable | _hidden_by_presence(keys, ours, theirs)
    for entry in entries:
        touched = {key for key, owning in owners.items() if entry in owning}
        if touched and touched <= unreadable:
            result.unchecked_entries.append(entry.id)
    if result.unchecked_entries:
        result.not_compared.append(f"entries not checked, their facts lie there: {', '.join(result.unchecked_entries)}")
    for key in sorted(keys - skipped):
        mine, vendors = ours.get(key, ABSENT), theirs.get(key, ABSENT)
        path = display(key, names)
        if key in owners:
            for entry in owners[key]:
                if _beneath_an_owned_place(key, entry, owners):
                    continue
                if entry.kind in PAGE_KINDS:
                    reference, role = truth.get(key, ABSENT), "the curated spec"
                else:
                    reference, role = mine, "the entry's documented side"
                verdict = agreement(key, reference, vendors, truth)
                if verdict == "differs":
                    message = (
                        f"{entry.id}: the vendor's file says {_shown(vendors)}, {role} says {_shown(reference)}; "
                        "the docs changed here: update the record (and perhaps the curated spec)"
                    )
                    result.findings.append(Finding("fixed-in-docs", path, entry.id, reference, vendors, message))
                    continue
                if entry.kind in PAGE_KINDS:
                    message = (
                        f"{entry.id}: the vendor's file agrees with the curated spec ({_shown(vendors)}); the "
                        f"contradiction is on the rendered page ({entry.kind})"
                    )
                else:
                    curated_value = _shown(truth.get(key, ABSENT))
                    message = f"explained by {entry.id}: docs {_shown(vendors)}, curated spec {curated_value}"
                result.findings.append(Finding("expected", path, entry.id, reference, vendors, message))
            continue
        verdict = agreement(key, mine, vendors, truth)
        if verdict == "equal":
            continue
        if verdict == "refines":
            message = f"only one side states it: ours {_shown(mine)}, the vendor's {_shown(vendors)}"
            result.findings.append(Finding("cosmetic", path, None, mine, vendors, message))
            continue
        message = (
            f"no entry explains it: the vendor's file says {_shown(vendors)}, our as-documented spec {_shown(mine)}"
        )
        result.findings.append(Finding("new-in-docs", path, None, mine, vendors, message))
    for entry in entries:
        if entry.proof.get("kind") == DOCS_PROOF:
            result.findings.extend(
                _docs_proof_findings(entry, vendor, load_external, result.not_compared, result.unresolved)
            )
    return result
