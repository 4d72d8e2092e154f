"""A sanitized HAR 1.2 recording of every exchange with the target, and the reader `scripts/replay.py` uses.

`RecordingMiddleware` sits between the live-safety guard and the target, so it records exactly what went out
and what came back. Credentials never reach the file: `Authorization` (and cookie) headers are replaced, and
every secret the run knows is scrubbed from every recorded string (URLs, headers, bodies). Against a real
server, personal data is scrubbed too (`Redactor(personal=True)`): e-mail addresses, phone numbers, payment links
and contact ids, replaced by placeholders of the same shape so a replay still validates the answers.

The file is compact JSON, gzip-compressed when its name ends in `.gz` (`write_har`); `read_har` opens both.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from contract_tests.suite.live_guard import ASGIApp, Message, Receive, Scope, Send, read_body, replay_body

FILTERED = "[Filtered]"
SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
HAR_CREATOR = "highlevel-invoices contract suite"
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Exchange:
    started: str
    duration_ms: float
    method: str
    url: str
    request_headers: tuple[tuple[str, str], ...]
    request_body: str
    status: int
    response_headers: tuple[tuple[str, str], ...]
    response_body: str

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    def header(self, name: str, *, response: bool = False) -> str | None:
        headers = self.response_headers if response else self.request_headers
        return next((v for k, v in headers if k.lower() == name.lower()), None)


# Placeholders of the same shape as what they replace, so a replayed answer still passes `format: email`, `uri`.
FILTERED_EMAIL = "filtered@redacted.invalid"
FILTERED_URL = "https://redacted.invalid/filtered"
FILTERED_PHONE = "+10000000000"
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PAYMENT_LINK = re.compile(r"https?://[^\s\"'<>]*/invoice/[^\s\"'<>]*")
# Fields whose values are personal in a live run, by JSON key (any depth) -> the placeholder.
PERSONAL_KEYS = {
    "email": FILTERED_EMAIL,
    "emailCc": FILTERED_EMAIL,
    "emailBcc": FILTERED_EMAIL,
    "phoneNo": FILTERED_PHONE,
    "invoiceUrl": FILTERED_URL,
    "contactId": FILTERED,
}
CONTACT_KEYS = ("contactDetails", "contact")  # objects whose `id` and `name` are a contact's


class Redactor:
    """Scrubs secrets (and, with `personal`, personal data) from every string the recording and reports keep."""

    def __init__(self, secrets: Iterable[str], *, personal: bool = False, known: Iterable[str] = ()) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self.personal = personal
        self._known = sorted({k for k in known if k}, key=len, reverse=True) if personal else []

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, FILTERED)
        if self.personal:
            for known in self._known:
                value = value.replace(known, FILTERED)
            value = _PAYMENT_LINK.sub(FILTERED_URL, value)
            value = _EMAIL.sub(FILTERED_EMAIL, value)
        return value

    def headers(self, headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        return tuple((k, FILTERED if k.lower() in SENSITIVE_HEADERS else self.text(v)) for k, v in headers)

    def body(self, raw: bytes) -> str:
        """A recorded body: JSON has its personal fields replaced by key, then every string is scrubbed."""
        text = raw.decode("utf-8", errors="replace")
        if not self.personal:
            return self.text(text)
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return self.text(text)
        return self.text(json.dumps(_scrub(data), ensure_ascii=False))


def _scrub(data: Any) -> Any:
    """`data` with the values of PERSONAL_KEYS, and a contact's id and name, replaced (without recursion)."""
    root: list[Any] = [data]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        node = parent[key]
        if isinstance(node, dict):
            for name, value in node.items():
                if name in PERSONAL_KEYS and value is not None:
                    placeholder = PERSONAL_KEYS[name]
                    node[name] = [placeholder for _ in value] if isinstance(value, list) else placeholder
                elif name in CONTACT_KEYS and isinstance(value, dict):
                    for field_name in ("id", "name", "companyName"):
                        if isinstance(value.get(field_name), str):
                            value[field_name] = FILTERED
                    stack.append((node, name))
                else:
                    stack.append((node, name))
        elif isinstance(node, list):
            stack.extend((node, index) for index in range(len(node)))
    return root[0]


def _decode_headers(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


class Recorder:
    """Thread-safe list of redacted exchanges, with the URLs of the target they went to: `base_url` (the server's,
    or None for an in-process app, recorded under the Host its caller named, `http://testserver`)."""

    def __init__(self, redactor: Redactor, *, base_url: str | None = None) -> None:
        self.redactor = redactor
        self.base_url = base_url.rstrip("/") if base_url else None
        self._exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    def add(self, exchange: Exchange) -> None:
        with self._lock:
            self._exchanges.append(exchange)

    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)

    def __len__(self) -> int:
        with self._lock:
            return len(self._exchanges)


class RecordingMiddleware:
    def __init__(self, app: ASGIApp, recorder: Recorder) -> None:
        self.app = app
        self.recorder = recorder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        started, clock = datetime.now(UTC), time.perf_counter()
        status = 0
        response_headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, response_headers
            if message["type"] == "http.response.start":
                status = int(message["status"])
                response_headers = _decode_headers(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_body(body), capture)
        finally:
            self._record(
                scope,
                body,
                started=started,
                clock=clock,
                status=status,
                response_headers=response_headers,
                response_body=b"".join(chunks),
            )

    def _record(
        self,
        scope: Scope,
        body: bytes,
        *,
        started: datetime,
        clock: float,
        status: int,
        response_headers: list[tuple[str, str]],
        response_body: bytes,
    ) -> None:
        redact = self.recorder.redactor
        query = scope.get("query_string", b"").decode("latin-1")
        origin = self.recorder.base_url
        if origin is None:  # an in-process app: the Host its caller named
            host = next((v for k, v in _decode_headers(scope.get("headers", [])) if k.lower() == "host"), "testserver")
            origin = f"{scope.get('scheme', 'http')}://{host}"
        url = f"{origin}{scope['path']}" + (f"?{query}" if query else "")
        self.recorder.add(
            Exchange(
                started=started.isoformat().replace("+00:00", "Z"),
                duration_ms=round((time.perf_counter() - clock) * 1000, 3),
                method=str(scope["method"]),
                url=redact.text(url),
                request_headers=redact.headers(_decode_headers(scope.get("headers", []))),
                request_body=redact.body(body),
                status=status,
                response_headers=redact.headers(response_headers),
                response_body=redact.body(response_body),
            )
        )


def _har_headers(headers: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in headers]


def _har_entry(exchange: Exchange) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": exchange.method,
        "url": exchange.url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _har_headers(exchange.request_headers),
        "queryString": [{"name": k, "value": v} for k, v in exchange.query],
        "headersSize": -1,
        "bodySize": len(exchange.request_body.encode()),
    }
    if exchange.request_body:
        request["postData"] = {
            "mimeType": exchange.header("content-type") or "application/octet-stream",
            "text": exchange.request_body,
        }
    return {
        "startedDateTime": exchange.started,
        "time": exchange.duration_ms,
        "request": request,
        "response": {
            "status": exchange.status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _har_headers(exchange.response_headers),
            "content": {
                "size": len(exchange.response_body.encode()),
                "mimeType": exchange.header("content-type", response=True) or "",
                "text": exchange.response_body,
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(exchange.response_body.encode()),
        },
        "cache": {},
        "timings": {"send": 0, "wait": exchange.duration_ms, "receive": 0},
    }


@dataclass(frozen=True)
class RecordedTarget:
    """What a recording says it was recorded against (HAR `log._target`): `kind` is `emulator` (in-process),
    `url` (a server at `base_url`) or `live` (the vendor's API, or a server standing in for it, at `base_url`)."""

    kind: str
    base_url: str | None

    def as_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "base_url": self.base_url}


def write_har(path: Path, exchanges: Sequence[Exchange], *, target: RecordedTarget | None = None) -> None:
    log: dict[str, Any] = {
        "version": "1.2",
        "creator": {"name": HAR_CREATOR, "version": "1"},
        "entries": [_har_entry(e) for e in exchanges],
    }
    if target is not None:
        log["_target"] = target.as_json()  # HAR 1.2 allows custom fields named with a leading underscore
    document = {"log": log}
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=6, mtime=0)
    path.write_bytes(data)


class CassetteError(ValueError):
    """A file that is not a HAR recording this suite can replay."""


def _pairs(raw: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list) or not all(isinstance(h, dict) and "name" in h and "value" in h for h in raw):
        raise CassetteError(f"{where}: expected a list of {{name, value}} objects")
    return tuple((str(h["name"]), str(h["value"])) for h in raw)


def _exchange_from_entry(entry: object, index: int) -> Exchange:
    where = f"entry {index}"
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("request"), dict)
        or not isinstance(entry.get("response"), dict)
    ):
        raise CassetteError(f"{where}: needs a request and a response object")
    request, response = entry["request"], entry["response"]
    try:
        return Exchange(
            started=str(entry.get("startedDateTime", "")),
            duration_ms=float(entry.get("time", 0)),
            method=str(request["method"]),
            url=str(request["url"]),
            request_headers=_pairs(request.get("headers", []), f"{where} request headers"),
            request_body=str((request.get("postData") or {}).get("text", "")),
            status=int(response["status"]),
            response_headers=_pairs(response.get("headers", []), f"{where} response headers"),
            response_body=str((response.get("content") or {}).get("text", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise CassetteError(f"{where}: missing or malformed field ({error})") from None


def read_har(path: Path) -> list[Exchange]:
    return read_recording(path)[0]


def read_recording(path: Path) -> tuple[list[Exchange], RecordedTarget | None]:
    """A recording's exchanges and the target it states (None: it states none)."""
    try:
        raw = path.read_bytes()
        document = json.loads(gzip.decompress(raw) if raw.startswith(GZIP_MAGIC) else raw)
    except FileNotFoundError:
        raise CassetteError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CassetteError(f"{path}: is a directory, not a HAR file") from None
    except (OSError, EOFError, UnicodeDecodeError) as error:  # gzip.BadGzipFile is an OSError
        raise CassetteError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise CassetteError(f"{path}: not JSON (line {error.lineno}: {error.msg})") from None
    log = document.get("log") if isinstance(document, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(log, dict) or not isinstance(entries, list):
        raise CassetteError(f"{path}: not a HAR file (no log.entries list)")
    raw_target = log.get("_target")
    target = None
    if isinstance(raw_target, dict) and isinstance(raw_target.get("kind"), str):
        base_url = raw_target.get("base_url")
        target = RecordedTarget(raw_target["kind"], base_url if isinstance(base_url, str) else None)
    return [_exchange_from_entry(entry, index) for index, entry in enumerate(entries)], target
