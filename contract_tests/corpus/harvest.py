"""Turn the exchanges of a recorded run (a HAR, e.g. last night's live run) into sanitized corpus files.

The corpus is the project's ground truth: what the vendor itself answered. So a recording is admitted only when it
states its target (`log._target`, written by the suite's recorder) and that target is the vendor's API host, and
then only its exchanges whose request URL names that host (`admit`). A recording of the in-process emulator, of
`make emulator` or of any other server (loopback, `testserver`, another host), and one that does not say what it
recorded, adds nothing and is refused with the reason. Each admitted file states its provenance: the recording
(file name and SHA-256), the entry, the target and the host the exchange went to.

Only exchanges of our operations are kept, one per shape: an answer whose operation, status and shape (keys,
JSON types and string formats at every level; see `shapes.signature`) are already in the corpus adds nothing.
Sanitizing removes what must never be committed: credentials (the Authorization and Cookie headers, any header
naming a token), personal data (emails, phone numbers, contact names and addresses, the ids of contacts, users,
locations and companies, which become stand-ins of the same shape, consistently within one run) and the hosts of
white-labelled payment links. Values that carry no personal data (amounts, dates, statuses, invoice ids of drafts
the run created) are kept, so the exchange still shows what the vendor sent.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from contract_tests.operations import registry

from . import CORPUS_DIR, load_corpus, write_exchange
from .shapes import signature

VENDOR_HOSTS = frozenset({"services.leadconnectorhq.com", "link.fastpaydirect.com"})
PAYMENT_HOST_STAND_IN = "pay.example.com"
_KEPT_HEADERS = frozenset({"version", "content-type", "accept"})
_PERSON_ID_KEYS = frozenset({"altId", "locationId", "companyId", "userId", "contactId", "updatedBy", "createdBy"})
_PERSON_TEXT_KEYS = frozenset(
    {"name", "companyName", "addressLine1", "addressLine2", "city", "state", "postalCode", "website", "logoUrl"}
)
_EMAIL = re.compile(r"[^@\s\"]+@[^@\s\"]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"\+?[0-9][0-9 ()\-.]{6,}[0-9]")


class RefusedRecordingError(ValueError):
    """A recording the corpus must not learn from (not of the vendor, or not saying of what); the message says why."""


@dataclass(frozen=True)
class Provenance:
    """Where a recording comes from, as each admitted file states it."""

    recording: str  # file name
    sha256: str
    target: str  # the base URL the recording states
    source: str  # free text: where the recording comes from (e.g. "nightly run 2026-12-01")


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "testserver"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def describe_host(host: str) -> str:
    if host == "testserver":
        return "the in-process emulator (host testserver)"
    if _is_loopback(host):
        return f"a server on this machine ({host}), such as `make emulator`"
    return f"{host or 'no host'}, not the vendor's API"


def admit(
    exchanges: Sequence[RecordedExchange], target_kind: str | None, target_url: str | None, *, vendor_host: str
) -> tuple[list[tuple[int, RecordedExchange]], dict[str, int]]:
    """The exchanges (with their index) the corpus may learn from, and how many were refused per host.

    Raises `RefusedRecordingError` when the recording does not state its target, states one that is not the
    vendor's API (`vendor_host`, over https, in live mode), or holds no exchange with that host.
    """
    if target_kind is None:
        raise RefusedRecordingError(
            "the recording does not state its target (no log._target): the corpus admits only exchanges recorded "
            f"from the vendor's API ({vendor_host}) by `make contract` in live mode, which writes it"
        )
    stated = _host(target_url or "")
    if target_kind == "emulator":
        raise RefusedRecordingError(
            "the recording is of the in-process emulator: the corpus holds what the vendor answered, never what "
            "our emulator did"
        )
    if target_kind != "live" or stated != vendor_host or urlsplit(target_url or "").scheme != "https":
        raise RefusedRecordingError(
            f"the recording was made against {target_url or 'an unnamed server'} ({describe_host(stated)}): the "
            f"corpus admits only exchanges recorded from the vendor's API, https://{vendor_host}"
        )
    admitted: list[tuple[int, RecordedExchange]] = []
    refused: dict[str, int] = {}
    for index, exchange in enumerate(exchanges):
        host = _host(exchange.url)
        if host == vendor_host and urlsplit(exchange.url).scheme == "https":
            admitted.append((index, exchange))
        else:
            refused[host] = refused.get(host, 0) + 1
    if not admitted and exchanges:
        hosts = ", ".join(describe_host(host) for host in sorted(refused))
        raise RefusedRecordingError(
            f"the recording states the vendor's API, but none of its {len(exchanges)} exchanges went to "
            f"{vendor_host} (they name {hosts})"
        )
    return admitted, refused


def recording_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class RecordedExchange(Protocol):
    """What harvesting needs of a recorded exchange (`contract_tests.suite.recording.Exchange` has it)."""

    @property
    def started(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def request_headers(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def request_body(self) -> str: ...
    @property
    def status(self) -> int: ...
    @property
    def response_body(self) -> str: ...


def operation_of(method: str, path: str) -> str | None:
    """The operationId an exchange belongs to, matched as the vendor's router would (`contract_tests.operations`)."""
    found = registry.match(method, path)
    return found.target.operation_id if found is not None else None


@dataclass
class Sanitizer:
    """Replaces personal data and credentials, with the same stand-in for the same value within one run."""

    _stand_ins: dict[tuple[str, str], str] = field(default_factory=dict)

    def _stand_in(self, value: str, kind: str) -> str:
        key = (kind, value)
        if key not in self._stand_ins:
            number = 1 + sum(1 for known_kind, _ in self._stand_ins if known_kind == kind)
            if kind == "email":
                self._stand_ins[key] = f"person{number}@example.com"
            elif kind == "phone":
                self._stand_ins[key] = f"+1555{number:07d}"
            elif kind == "text":
                self._stand_ins[key] = f"Redacted {number}"
            else:  # an id: same length, alphanumerics only, so it keeps the shape of the vendor's ids
                digest = hashlib.sha256(value.encode()).hexdigest()
                self._stand_ins[key] = ("Id" + digest)[: max(len(value), 4)]
        return self._stand_ins[key]

    def url(self, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return value
        host = parts.hostname or ""
        netloc = parts.netloc if host in VENDOR_HOSTS else PAYMENT_HOST_STAND_IN
        query = "&".join(f"{k}={self.value(k, v)}" for k, v in parse_qsl(parts.query, keep_blank_values=True))
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))

    def value(self, key: str, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: self.value(str(k), v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(key, v) for v in value]
        if not isinstance(value, str) or not value:
            return value
        if key in _PERSON_ID_KEYS or (key == "id" and not re.fullmatch(r"[0-9a-f]{24}", value)):
            return self._stand_in(value, "id")
        if _EMAIL.fullmatch(value):
            return self._stand_in(value.lower(), "email")
        if key == "phoneNo" or _PHONE.fullmatch(value):
            return self._stand_in(value, "phone")
        if value.startswith(("http://", "https://")):
            return self.url(value)
        if key in _PERSON_TEXT_KEYS:
            return self._stand_in(value, "text")
        return value

    def headers(self, headers: Iterable[tuple[str, str]]) -> dict[str, str]:
        kept = {name: value for name, value in headers if name.lower() in _KEPT_HEADERS}
        if any(name.lower() == "authorization" for name, _ in headers):
            kept["Authorization"] = "Bearer <redacted>"
        return kept


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def _shape_key(operation: str, status: int, body: Any) -> str:
    return hashlib.sha256(repr((operation, status, signature(body))).encode()).hexdigest()[:12]


def known_shapes(directory: Path) -> set[str]:
    keys = set()
    for exchange in load_corpus(directory):
        for check in exchange.checks:
            if check.operation is not None and check.status is not None:
                keys.add(_shape_key(check.operation, int(check.status), exchange.body))
    return keys


def corpus_document(
    exchange: RecordedExchange, operation: str, sanitizer: Sanitizer, provenance: Provenance, entry: int
) -> dict[str, Any]:
    """One recorded exchange as a sanitized corpus file, stating where it comes from."""
    body = sanitizer.value("", _json(exchange.response_body))
    request_body = sanitizer.value("", _json(exchange.request_body))
    recorded = exchange.started[:10]
    key = _shape_key(operation, exchange.status, body)
    return {
        "id": f"{recorded}-{operation}-{exchange.status}-{key}",
        "title": f"{operation} answered {exchange.status} (harvested from a recorded run)",
        "source": {
            "kind": "observed",
            "where": provenance.source,
            "recorded": recorded,
            "reference": "make corpus-add",
            "provenance": {
                "recording": provenance.recording,
                "recording_sha256": provenance.sha256,
                "entry": entry,
                "target": provenance.target,
                "host": _host(exchange.url),
            },
        },
        "sanitized": [
            "credentials removed (Authorization replaced by <redacted>, other headers dropped)",
            "emails, phone numbers, names and addresses replaced by stand-ins",
            "contact, user, location and company ids replaced by same-length stand-ins",
            "hosts of white-labelled payment links replaced by pay.example.com",
        ],
        "bears_on": [{"operation": operation, "how": "direct", "why": "recorded on this operation"}],
        "request": {
            "method": exchange.method,
            "url": sanitizer.url(exchange.url),
            "headers": sanitizer.headers(exchange.request_headers),
            "body": request_body,
        },
        "response": {"status": exchange.status, "headers": {}, "partial": False, "body": body},
        "checks": [{"operation": operation, "status": str(exchange.status)}],
        "evidence_for": [],
        "differential": None,
    }


@dataclass(frozen=True)
class Harvest:
    added: list[Path]
    duplicates: int
    other: int  # exchanges of other endpoints, or without an answer
    refused: dict[str, int] = field(default_factory=dict)  # exchanges with another host than the vendor's, per host


def harvest(
    exchanges: Iterable[tuple[int, RecordedExchange]],
    *,
    provenance: Provenance,
    directory: Path = CORPUS_DIR,
    refused: dict[str, int] | None = None,
) -> Harvest:
    """Add the sanitized exchanges (admitted by `admit`, with their index in the recording) whose shape the corpus
    does not hold yet; return what was added."""
    seen = known_shapes(directory)
    sanitizer = Sanitizer()
    added: list[Path] = []
    duplicates = other = 0
    for index, exchange in exchanges:
        operation = operation_of(exchange.method, urlsplit(exchange.url).path)
        if operation is None or exchange.status == 0:
            other += 1
            continue
        document = corpus_document(exchange, operation, sanitizer, provenance, index)
        key = _shape_key(operation, exchange.status, document["response"]["body"])
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        added.append(write_exchange(directory, document))
    return Harvest(added, duplicates, other, dict(refused or {}))
