"""Flatten the operations of an OpenAPI document into facts that compare across documents.

A fact is one thing the document says about one place of one operation: `(operation, where, aspect) -> value`,
e.g. `("POST /invoices/text2pay", "request /items[]/qty", "type") -> ["number"]`. References are followed and
`allOf` members merged, so component names (ours read well, the vendor's are DTO names) never make a difference;
the name a place was reached through is kept as the aspect `schema name` (NAME_ASPECT), which the comparison uses to
match the two documents' names and never compares.

Aspects compared: presence of parameters, fields and status codes; required flags; types (with nullability as
the type `null`); formats; enums; defaults; examples; array items (as the field `[]`); descriptions (cosmetic);
security scopes and token types. Not compared: response headers, links, and validation keywords the vendor never
writes (`minLength`, `pattern`, `additionalProperties`, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from contract_tests.record.pointers import resolve_pointer

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
NAME_ASPECT = "schema name"
COSMETIC_ASPECTS = frozenset({"description", "summary"})
# How deep a schema is followed; deeper (or recursive) schemas are cut off with the aspect `truncated`.
MAX_DEPTH = 12
# The vendor names its bearer schemes after the token types they accept.
TOKEN_TYPES_BY_SCHEME = {
    "Location-Access": ("location",),
    "Location-Access-Only": ("location",),
    "Agency-Access": ("agency",),
}

FactKey = tuple[str, str, str]
Facts = dict[FactKey, Any]
ExternalLoader = Callable[[str], dict[str, Any] | None]


def operation_key(method: str, path: str) -> str:
    """`GET /invoices/{}`-style key: path parameter names do not matter for matching."""
    parts = ["{}" if part.startswith("{") and part.endswith("}") else part for part in path.split("/")]
    return f"{method.upper()} {'/'.join(parts)}"


def canonical(value: Any) -> str:
    """A stable text form of a JSON value, for sorting and display."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class _Doc:
    """A document being read and where its external references are loaded from."""

    root: dict[str, Any]
    load: ExternalLoader | None

    def follow(self, node: Any) -> tuple[Any, _Doc, str | None]:
        """The node behind `node`'s `$ref` (repeatedly), the document it lives in and the last component name."""
        doc: _Doc = self
        name: str | None = None
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < MAX_DEPTH:
            seen += 1
            reference: str = node["$ref"]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            file_part, _, pointer = reference.partition("#")
            if file_part:
                loaded = doc.load(file_part) if doc.load else None
                if loaded is None:
                    return {"x-unresolved-ref": reference, **siblings}, doc, pointer.rsplit("/", 1)[-1]
                doc = _Doc(loaded, doc.load)
            try:
                target = resolve_pointer(doc.root, pointer)
            except (KeyError, IndexError, ValueError, TypeError):
                return {"x-unresolved-ref": reference, **siblings}, doc, None
            name = pointer.rsplit("/", 1)[-1] if pointer.startswith("/components/") else name
            # OpenAPI 3.1 lets keywords sit beside `$ref`; ours use that to refine a shared schema.
            node = {**target, **siblings} if isinstance(target, dict) else target
        return node, doc, name


def _dict(value: Any) -> dict[str, Any]:
    """`value` when it is a mapping, else an empty one: a malformed part of a document says nothing."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [item for item in _list(value) if isinstance(item, str)]


def _sane(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with malformed keywords dropped, so that a broken vendor file yields findings, not a crash."""
    result = dict(schema)
    for key, kind in (("properties", dict), ("allOf", list), ("oneOf", list), ("anyOf", list), ("enum", list)):
        if key in result and not isinstance(result[key], kind):
            del result[key]
    if "required" in result:
        result["required"] = _strings(result["required"])
    return result


def _types(schema: dict[str, Any]) -> list[str] | None:
    raw = schema.get("type")
    types = [raw] if isinstance(raw, str) else _strings(raw)
    if schema.get("nullable") is True:
        types.append("null")
    return sorted(set(types)) if types else None


def _example(node: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


class _Flattener:
    def __init__(self, facts: Facts, operation: str) -> None:
        self.facts = facts
        self.operation = operation

    def put(self, where: str, aspect: str, value: Any) -> None:
        self.facts[(self.operation, where, aspect)] = value

    def merged(self, schema: Any, doc: _Doc) -> tuple[dict[str, Any], _Doc, str | None]:
        """The schema with references followed and `allOf` members merged in (the first word wins)."""
        node, doc, name = doc.follow(schema)
        if not isinstance(node, dict):
            return {}, doc, name
        node = _sane(node)
        result = {k: v for k, v in node.items() if k != "allOf"}
        for member in node.get("allOf") or []:
            part, _, part_name = self.merged(member, doc)
            name = name or part_name
            for key, value in part.items():
                if key == "properties":
                    result["properties"] = {**value, **result.get("properties", {})}
                elif key == "required":
                    result["required"] = sorted({*value, *result.get("required", [])})
                else:
                    result.setdefault(key, value)
        return self.alternatives(result, doc), doc, name

    def alternatives(self, node: dict[str, Any], doc: _Doc) -> dict[str, Any]:
        """`oneOf`/`anyOf` folded into one schema: the union of the alternatives' types, their parts merged."""
        options = node.get("oneOf") or node.get("anyOf")
        if not isinstance(options, list) or not options:
            return node
        result = {k: v for k, v in node.items() if k not in {"oneOf", "anyOf"}}
        types: set[str] = set(_types(result) or [])
        for option in options:
            part, _, _ = self.merged(option, doc)
            types.update(_types(part) or [])
            for key, value in part.items():
                if key not in {"type", "nullable", "description", "title"}:
                    result.setdefault(key, value)
        if types:
            result["type"] = sorted(types)
        result.pop("nullable", None)
        return result

    def schema(self, schema: Any, doc: _Doc, where: str, depth: int = 0) -> None:
        node, doc, name = self.merged(schema, doc)
        if depth > MAX_DEPTH:
            self.put(where, "truncated", True)
            return
        if "x-unresolved-ref" in node:
            self.put(where, "unresolved ref", node["x-unresolved-ref"])
        if name:
            self.put(where, NAME_ASPECT, name)
        types = _types(node)
        if types is not None:
            self.put(where, "type", types)
        for aspect in ("format", "default", "description"):
            if aspect in node:
                self.put(where, aspect, node[aspect])
        if "enum" in node:
            self.put(where, "enum", sorted(node["enum"], key=canonical))
        has_example, example = _example(node)
        if has_example:
            self.put(where, "example", example)
        required = set(node.get("required") or [])
        for field_name, field_schema in _dict(node.get("properties")).items():
            field_where = f"{where}/{field_name}"
            self.put(field_where, "present", True)
            self.put(field_where, "required", field_name in required)
            self.schema(field_schema, doc, field_where, depth + 1)
        # `items: {}` allows anything, exactly like no `items` at all.
        if node.get("items") not in (None, {}):
            self.put(f"{where}/[]", "present", True)
            self.schema(node["items"], doc, f"{where}/[]", depth + 1)

    def media(self, content: Any, doc: _Doc, where: str) -> None:
        if not isinstance(content, dict):
            return
        self.put(where, "media types", sorted(str(name) for name in content))
        media = content.get("application/json")
        if not isinstance(media, dict):
            return
        if "schema" in media:
            self.schema(media["schema"], doc, where)
        examples = [media["example"]] if "example" in media else []
        for named in _dict(media.get("examples")).values():
            value, _, _ = doc.follow(named)
            if isinstance(value, dict) and "value" in value:
                examples.append(value["value"])
        if examples:
            self.put(where, "media examples", sorted(examples, key=canonical))

    def parameter(self, raw: Any, doc: _Doc) -> None:
        parameter, pdoc, _ = doc.follow(raw)
        if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
            return
        location = str(parameter.get("in", "?"))
        name = str(parameter["name"]).lower() if location == "header" else str(parameter["name"])
        where = f"{location} parameter {name}"
        self.put(where, "present", True)
        self.put(where, "required", bool(parameter.get("required", False)))
        if "description" in parameter:
            self.put(where, "description", parameter["description"])
        self.schema(parameter.get("schema", {}), pdoc, where)
        has_example, example = _example(parameter)
        if has_example:
            self.put(where, "example", example)

    def security(self, requirements: Any, schemes: dict[str, Any], token_types: Any) -> None:
        scopes: set[str] = set()
        kinds: set[str] = set()
        formats: set[str] = set()
        for requirement in _list(requirements):
            for scheme_name, scheme_scopes in _dict(requirement).items():
                scopes.update(_strings(scheme_scopes))
                kinds.update(TOKEN_TYPES_BY_SCHEME.get(scheme_name, ()))
                scheme = _dict(schemes.get(scheme_name))
                if scheme.get("bearerFormat"):
                    formats.add(str(scheme["bearerFormat"]))
        self.put("security", "scopes", sorted(scopes))
        if isinstance(token_types, list):
            kinds = set(_strings(token_types))
        self.put("security", "token types", sorted(kinds))
        self.put("security", "bearer formats", sorted(formats))


def operations_of(document: dict[str, Any]) -> list[str]:
    """The operation keys a document describes."""
    return list(operation_names(document))


def operation_names(document: dict[str, Any]) -> dict[str, str]:
    """Each operation key of a document and the operation as the document writes it (`DELETE /invoices/{invoiceId}`),
    for display: keys match across documents whatever their path parameters are called, people read whole paths."""
    return {
        operation_key(method, path): f"{method.upper()} {path}"
        for path, item in _dict(document.get("paths")).items()
        for method in METHODS
        if isinstance(item, dict) and method in item
    }


def flatten(
    document: dict[str, Any], operations: Iterable[str], *, load_external: ExternalLoader | None = None
) -> Facts:
    """The facts `document` states about each of `operations` (keys as from `operation_key`)."""
    wanted = set(operations)
    facts: Facts = {}
    doc = _Doc(document, load_external)
    schemes = _dict(_dict(document.get("components")).get("securitySchemes"))
    for path, item in _dict(document.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            key = operation_key(method, path)
            if method not in item or key not in wanted:
                continue
            operation = _dict(item[method])
            flat = _Flattener(facts, key)
            flat.put("operation", "present", True)
            for aspect in ("summary", "description"):
                if aspect in operation:
                    flat.put("operation", aspect, operation[aspect])
            for parameter in [*_list(item.get("parameters")), *_list(operation.get("parameters"))]:
                flat.parameter(parameter, doc)
            if "requestBody" in operation:
                raw_body, bdoc, _ = doc.follow(operation["requestBody"])
                body = _dict(raw_body)
                flat.put("request", "present", True)
                flat.put("request", "required", bool(body.get("required", False)))
                flat.media(body.get("content"), bdoc, "request")
            for code, raw in _dict(operation.get("responses")).items():
                response, rdoc, _ = doc.follow(raw)
                where = f"response {code}"
                flat.put(where, "present", True)
                if isinstance(response, dict):
                    if "description" in response:
                        flat.put(where, "description", response["description"])
                    flat.media(response.get("content"), rdoc, where)
            security = operation.get("security", document.get("security"))
            flat.security(security, schemes, operation.get("x-token-types"))
    return facts
