"""Reading the vendor's OpenAPI documents from files or http(s) URLs, with every document their `$ref`s name.

The vendor publishes two files for the invoice endpoints in its public docs repository (`WATCHED`):
`apps/invoices.json` (the pages' source, `Version: 2021-07-28`) and, since 2026-06, `apps/v3/invoices-v3.json`
(the same operations documented for `Version: v3`). Both refer to a common file for their error bodies
(`../common/common-schemas.json`). Every reference is resolved against the location of the document that holds
it and read before the comparison starts; one that cannot be read is a `SourceError` naming the reference and
where it led, never skipped or guessed.

One declared exception: the v3 file's `../common/common-schemas.json` names `apps/common/`, a folder the vendor's
repository does not hold; the repository keeps the v3 common file under `apps/v3/common/`. `VendorFile.fallbacks`
says so for that file alone: the reference as written is tried first (the day the vendor fixes the layout, it
wins), then the fallback, and every use of a fallback is reported (`VendorSource.notes`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import yaml

VENDOR_REPOSITORY = "https://raw.githubusercontent.com/GoHighLevel/highlevel-api-docs/main/"
FETCH_TIMEOUT = 30.0
MAX_BYTES = 20 * 1024 * 1024
# How many documents one source may pull in through `$ref`s (the vendor's files need one each).
MAX_DOCUMENTS = 16


@dataclass(frozen=True)
class VendorFile:
    """One file of the vendor's docs repository that docs-drift watches.

    `version`: the `Version` header enum the file documents, when it is not the one our record documents (None: the
    as-documented spec's own, `2021-07-28`); the comparison expects exactly that enum, so a move is a finding.
    `fallbacks`: relative references as written in the file, mapped to where the vendor's repository really keeps
    that document (relative to the file too).
    """

    name: str
    path: str
    version: tuple[str, ...] | None = None
    fallbacks: Mapping[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return VENDOR_REPOSITORY + self.path


INVOICES = VendorFile("invoices", "apps/invoices.json")
INVOICES_V3 = VendorFile(
    "invoices-v3",
    "apps/v3/invoices-v3.json",
    version=("v3",),
    fallbacks={"../common/common-schemas.json": "common/common-schemas.json"},
)
WATCHED = (INVOICES, INVOICES_V3)
DEFAULT_SOURCE = INVOICES.url


class SourceError(RuntimeError):
    """The vendor's document, or a document it refers to, cannot be read or is not an OpenAPI document."""


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


def join(base: str, reference: str) -> str:
    """Where a relative reference made in the document at `base` leads."""
    if is_url(base):
        return urljoin(base, reference)
    return str((Path(base).parent / reference).resolve())


def file_references(node: Any) -> Iterator[str]:
    """The file part of every `$ref` in `node` that names another document (`other.json#/...`)."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str):
            file_part = reference.partition("#")[0]
            if file_part:
                yield file_part
        for value in node.values():
            yield from file_references(value)
    elif isinstance(node, list):
        for value in node:
            yield from file_references(value)


@dataclass
class VendorSource:
    """The vendor's document and every document its `$ref`s name, all read up front (`read_source`).

    `external(reference)` answers a reference made in the main document; a reference that was not read up front
    (a claim's `file:` the document never names) is read on demand, and one that cannot be read lands in
    `unresolved` with the reason, which the caller must treat as a failure (`scripts/docs_drift.py`: exit 2).
    """

    location: str
    document: dict[str, Any]
    watched: VendorFile | None = None
    _files: dict[str, dict[str, Any]] = field(default_factory=dict)
    _redirects: dict[str, str] = field(default_factory=dict)
    unresolved: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def locate(self, reference: str, base: str | None = None) -> str:
        """Read the document `reference` names (relative to `base`) if not yet read; return its location."""
        base = base or self.location
        location = join(base, reference)
        location = self._redirects.get(location, location)
        if location in self._files:
            return location
        try:
            self._files[location] = _parse(location, _read_text(location))
            return location
        except SourceError as error:
            failure = str(error)
        fallback = self.watched.fallbacks.get(reference) if self.watched and base == self.location else None
        if fallback is None:
            raise SourceError(f"$ref {reference} (in {base}) cannot be read: {failure}")
        substitute = join(base, fallback)
        try:
            self._files[substitute] = _parse(substitute, _read_text(substitute))
        except SourceError as error:
            raise SourceError(
                f"$ref {reference} (in {base}) cannot be read: {failure}; nor its declared fallback {fallback}: {error}"
            ) from None
        self._redirects[location] = substitute
        self.notes.append(
            f"$ref {reference} cannot be read ({failure}); read {fallback} beside the file instead, the layout "
            f"of the vendor's repository (declared for {self.watched.path if self.watched else 'this file'})"
        )
        return substitute

    def external(self, reference: str, base: str | None = None) -> dict[str, Any] | None:
        """The document `reference` names, or None (recorded in `unresolved`) when it cannot be read."""
        try:
            return self._files[self.locate(reference, base)]
        except SourceError as error:
            self.unresolved[reference] = str(error)
            return None

    def preload(self) -> None:
        """Read every document the `$ref`s name; the first that cannot be read raises `SourceError`.

        A referenced document that refers to further documents is refused too: the comparison resolves every
        reference against the main document, which is right only one level deep (the vendor's files need no more).
        """
        for reference in sorted(set(file_references(self.document))):
            location = self.locate(reference)
            nested = sorted(set(file_references(self._files[location])))
            if nested:
                raise SourceError(
                    f"$ref {reference} leads to {location}, which refers to further documents ({', '.join(nested)}); "
                    "docs-drift resolves one level of external references only"
                )


def read_source(location: str, watched: VendorFile | None = None) -> VendorSource:
    """The vendor's OpenAPI document at `location` (a path or an http(s) URL) and every document it refers to."""
    document = _parse(location, _read_text(location))
    if not isinstance(document.get("paths"), dict) or not str(document.get("openapi", "")).startswith("3."):
        raise SourceError(f"{location}: not an OpenAPI 3 document (no `openapi: 3.x` and `paths`)")
    source = VendorSource(location, document, watched)
    source.preload()
    return source
