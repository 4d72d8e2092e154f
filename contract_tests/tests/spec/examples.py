"""Find every example in an OpenAPI 3.1 document and validate it against the schema it illustrates."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema

_DOCUMENT_URI = "urn:highlevel-invoices:spec"


@dataclass(frozen=True)
class ExampleFailure:
    example_pointer: str
    message: str
    schema_pointers: tuple[str, ...]


@dataclass(frozen=True)
class _Example:
    pointer: str
    value: Any
    schema_pointer: str


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _iter_examples(node: Any, pointer: str) -> Iterator[_Example]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _iter_examples(item, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return
    is_schema_like = "schema" not in node and ("type" in node or "$ref" in node or "oneOf" in node)
    if is_schema_like and "/x-discrepancies" not in pointer:
        if "example" in node:
            yield _Example(f"{pointer}/example", node["example"], pointer)
        for index, value in enumerate(node.get("examples") or []):
            yield _Example(f"{pointer}/examples/{index}", value, pointer)
    if "schema" in node:  # a parameter or a media type: its examples illustrate its schema
        schema_pointer = f"{pointer}/schema"
        if "example" in node:
            yield _Example(f"{pointer}/example", node["example"], schema_pointer)
        for name, example in (node.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield _Example(f"{pointer}/examples/{_escape(name)}/value", example["value"], schema_pointer)
    for key, value in node.items():
        if key not in {"example", "examples", "x-discrepancies"}:
            yield from _iter_examples(value, f"{pointer}/{_escape(str(key))}")


def _schema_path_pointers(schema_pointer: str, path: list[Any], document: Mapping[str, Any]) -> Iterator[str]:
    """Replay a jsonschema error's schema path from `schema_pointer`, yielding every node it passes through.

    jsonschema leaves `$ref` hops out of the path, so a step the current node lacks is looked up behind its `$ref`.
    """
    current = schema_pointer
    yield current
    for step in path:
        node = _resolve(document, current)
        while isinstance(node, dict) and str(step) not in node and "$ref" in node:
            current = str(node["$ref"]).removeprefix("#")
            yield current
            node = _resolve(document, current)
        current = f"{current}/{_escape(str(step))}"
        yield current


def _resolve(document: Mapping[str, Any], pointer: str) -> Any:
    node: Any = document
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def invalid_examples(document: Mapping[str, Any]) -> list[ExampleFailure]:
    """Every example in `document` that its own schema rejects, with the schema nodes the failure passed through."""
    resource = referencing.Resource.from_contents(
        dict(document), default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(_DOCUMENT_URI, resource)
    failures: list[ExampleFailure] = []
    for example in _iter_examples(document, ""):
        schema = {"$ref": f"{_DOCUMENT_URI}#{example.schema_pointer}"}
        validator = jsonschema.Draft202012Validator(
            schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for error in validator.iter_errors(example.value):
            path = list(error.absolute_schema_path)
            pointers = tuple(_schema_path_pointers(example.schema_pointer, path, document))
            failures.append(ExampleFailure(example.pointer, error.message, pointers))
    return failures


def count_examples(document: Mapping[str, Any]) -> int:
    return sum(1 for _ in _iter_examples(document, ""))
