"""Reading the vendor's OpenAPI document from a file or an http(s) URL, and the documents it refers to.

The vendor's file refers to a sibling file (`../common/common-schemas.json`) for its error bodies. A reference is
resolved against the source's own location; one that cannot be read is reported as unresolved, never guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import yaml

DEFAULT_SOURCE = "https://raw.githubusercontent.com/GoHighLevel/highlevel-api-docs/main/apps/invoices.json"
FETCH_TIMEOUT = 30.0
MAX_BYTES = 20 * 1024 * 1024


class SourceError(RuntimeError):
    """The vendor's document cannot be read or is not an OpenAPI document."""


def is_url(location: str) -> bool:
    return urlsplit(location).scheme in {"http", "https"}


def _read_text(location: str) -> str:
    if is_url(location):
        try:
            response = httpx.get(location, timeout=FETCH_TIMEOUT, follow_redirects=True)
        except httpx.HTTPError as error:
            raise SourceError(f"cannot fetch {location}: {type(error).__name__}: {error}") from None
        if response.status_code != 200:
            raise SourceError(f"cannot fetch {location}: HTTP {response.status_code}")
        if len(response.content) > MAX_BYTES:
            raise SourceError(f"{location}: larger than {MAX_BYTES} bytes")
        return response.text
    path = Path(location)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SourceError(f"{location}: larger than {MAX_BYTES} bytes")
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"cannot read {location}: {error}") from None


def _parse(location: str, text: str) -> dict[str, Any]:
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        raise SourceError(f"{location}: neither JSON nor YAML: {error}") from None
    if not isinstance(document, dict):
        raise SourceError(f"{location}: not an OpenAPI document (the top level is not a mapping)")
    return document


def _join(base: str, reference: str) -> str:
    if is_url(base):
        return urljoin(base, reference)
    return str((Path(base).parent / reference).resolve())


@dataclass
class VendorSource:
    """The vendor's document and the files its `$ref`s name, each read once."""

    location: str
    document: dict[str, Any]
    _files: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)

    def external(self, reference: str) -> dict[str, Any] | None:
        """The document a relative `$ref` file part names, or None when it cannot be read."""
        location = _join(self.location, reference)
        if location not in self._files:
            try:
                self._files[location] = _parse(location, _read_text(location))
            except SourceError:
                self._files[location] = None
        if self._files[location] is None:
            self.unresolved.add(reference)
        return self._files[location]


def read_source(location: str) -> VendorSource:
    """The vendor's OpenAPI document at `location` (a path or an http(s) URL)."""
    document = _parse(location, _read_text(location))
    if not isinstance(document.get("paths"), dict) or not str(document.get("openapi", "")).startswith("3."):
        raise SourceError(f"{location}: not an OpenAPI 3 document (no `openapi: 3.x` and `paths`)")
    return VendorSource(location, document)
