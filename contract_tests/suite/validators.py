"""JSON Schema validators for the named schemas of a spec document (request bodies, mostly)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


def body_validator(document: Mapping[str, Any], schema_name: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<schema_name>` of `document`, formats checked."""
    resource: Resource[Any] = Resource.from_contents(dict(document), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:contract-spec", resource)
    return Draft202012Validator(
        {"$ref": f"urn:contract-spec#/components/schemas/{schema_name}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
