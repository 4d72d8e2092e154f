"""The corpus of real exchanges: what the live service (and the vendor's own examples) actually said.

Each file of `exchanges/` is one exchange, as its source shows it: the request and the response (sanitized: no
tokens, no personal data), where it comes from and when, and how it bears on our operations (`direct`, or
`inferred` from a sibling endpoint of the same service). `checks` say which part of the curated spec must accept
the response; `evidence_for` names the discrepancy entries the exchange proves; `differential` says how to send
the request to the emulator and compare the answer's shape. The library reads and writes that format; the tests
in `contract_tests/tests/corpus/` hold the spec, the client and the emulator to it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent / "exchanges"
REQUIRED_FIELDS = ("id", "title", "source", "sanitized", "bears_on", "request", "response", "checks", "evidence_for")
SOURCE_KINDS = frozenset({"observed", "documented"})
BEARINGS = frozenset({"direct", "inferred"})


class CorpusError(ValueError):
    """A corpus file that does not follow the format; the message names the file and the field."""


@dataclass(frozen=True)
class Check:
    """A part of the curated spec the response must satisfy: an operation's answer, or a schema at a pointer."""

    operation: str | None
    status: str | None
    schema: str | None  # a JSON pointer into the spec, e.g. /components/schemas/Invoice
    instance: str  # a JSON pointer into the recorded body
    drop: tuple[str, ...]  # top-level keys of the body that belong to the envelope, not to `schema`


@dataclass(frozen=True)
class CorpusExchange:
    id: str
    path: Path
    kind: str  # observed | documented
    raw: Mapping[str, Any]

    @property
    def request(self) -> Mapping[str, Any] | None:
        request = self.raw["request"]
        return request if isinstance(request, Mapping) else None

    @property
    def response(self) -> Mapping[str, Any]:
        response: Mapping[str, Any] = self.raw["response"]
        return response

    @property
    def body(self) -> Any:
        return self.response.get("body")

    @property
    def status(self) -> int | None:
        status = self.response.get("status")
        return status if isinstance(status, int) else None

    @property
    def checks(self) -> list[Check]:
        return [
            Check(
                operation=c.get("operation"),
                status=str(c["status"]) if "status" in c else None,
                schema=c.get("schema"),
                instance=str(c.get("instance", "")),
                drop=tuple(c.get("drop", ())),
            )
            for c in self.raw["checks"]
        ]

    @property
    def evidence_for(self) -> list[str]:
        return [str(entry) for entry in self.raw["evidence_for"]]

    @property
    def differential(self) -> Mapping[str, Any] | None:
        differential = self.raw.get("differential")
        return differential if isinstance(differential, Mapping) else None


def _check_file(path: Path, raw: Any) -> CorpusExchange:
    if not isinstance(raw, dict):
        raise CorpusError(f"{path.name}: not a JSON object")
    missing = [name for name in REQUIRED_FIELDS if name not in raw]
    if missing:
        raise CorpusError(f"{path.name}: lacks {', '.join(missing)}")
    if raw["id"] != path.stem:
        raise CorpusError(f"{path.name}: id {raw['id']!r} differs from the file name")
    source = raw["source"]
    if not isinstance(source, dict) or source.get("kind") not in SOURCE_KINDS or not source.get("where"):
        raise CorpusError(f"{path.name}: source needs a kind ({', '.join(sorted(SOURCE_KINDS))}) and where")
    if not source.get("recorded"):
        raise CorpusError(f"{path.name}: source needs the date it was recorded")
    for bearing in raw["bears_on"]:
        if not isinstance(bearing, dict) or bearing.get("how") not in BEARINGS or not bearing.get("operation"):
            raise CorpusError(f"{path.name}: each bears_on needs an operation and how ({', '.join(sorted(BEARINGS))})")
    response = raw["response"]
    if not isinstance(response, dict) or "body" not in response:
        raise CorpusError(f"{path.name}: response needs a body (as recorded)")
    for check in raw["checks"]:
        if not isinstance(check, dict) or ("operation" in check) == ("schema" in check):
            raise CorpusError(f"{path.name}: each check names either an operation (and status) or a schema")
        if "operation" in check and "status" not in check:
            raise CorpusError(f"{path.name}: an operation check needs the status to validate against")
    return CorpusExchange(str(raw["id"]), path, str(source["kind"]), raw)


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusExchange]:
    """Every exchange of the corpus, sorted by id; a malformed file raises `CorpusError`."""
    exchanges = []
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CorpusError(f"{path.name}: cannot be read as JSON ({error})") from None
        exchanges.append(_check_file(path, raw))
    return exchanges


def resolve(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (RFC 6901)."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def write_exchange(directory: Path, document: Mapping[str, Any]) -> Path:
    """Write one exchange as a corpus file named by its id."""
    path = directory / f"{document['id']}.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def ids(exchanges: Sequence[CorpusExchange]) -> list[str]:
    return [exchange.id for exchange in exchanges]
