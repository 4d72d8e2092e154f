"""A sanitized HAR 1.2 recording of every exchange with the target, and the reader `scripts/replay.py` uses.

`RecordingMiddleware` sits between the live-safety guard and the target, so it records exactly what went out
and what came back. Credentials never reach the file: `Authorization` (and cookie) headers are replaced, and
every secret the run knows is scrubbed from every recorded string (URLs, headers, bodies).
"""

from __future__ import annotations

import json
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


class Redactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, FILTERED)
        return value

    def headers(self, headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        return tuple((k, FILTERED if k.lower() in SENSITIVE_HEADERS else self.text(v)) for k, v in headers)


def _decode_headers(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


class Recorder:
    """Thread-safe list of redacted exchanges."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
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
        host = next((v for k, v in _decode_headers(scope.get("headers", [])) if k.lower() == "host"), "testserver")
        url = f"{scope.get('scheme', 'http')}://{host}{scope['path']}" + (f"?{query}" if query else "")
        self.recorder.add(
            Exchange(
                started=started.isoformat().replace("+00:00", "Z"),
                duration_ms=round((time.perf_counter() - clock) * 1000, 3),
                method=str(scope["method"]),
                url=redact.text(url),
                request_headers=redact.headers(_decode_headers(scope.get("headers", []))),
                request_body=redact.text(body.decode("utf-8", errors="replace")),
                status=status,
                response_headers=redact.headers(response_headers),
                response_body=redact.text(response_body.decode("utf-8", errors="replace")),
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


def write_har(path: Path, exchanges: Sequence[Exchange]) -> None:
    document = {
        "log": {
            "version": "1.2",
            "creator": {"name": HAR_CREATOR, "version": "1"},
            "entries": [_har_entry(e) for e in exchanges],
        }
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")


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
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CassetteError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CassetteError(f"{path}: is a directory, not a HAR file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CassetteError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise CassetteError(f"{path}: not JSON (line {error.lineno}: {error.msg})") from None
    entries = document.get("log", {}).get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise CassetteError(f"{path}: not a HAR file (no log.entries list)")
    return [_exchange_from_entry(entry, index) for index, entry in enumerate(entries)]
