"""httpx transports that hand requests to the emulator in process, with no socket: `EmulatorTransport` (sync)
and `AsyncEmulatorTransport` (asyncio). Needs the `httpx` extra.

Both run the app on the runtime's background event loop (`runtime.py`): a thread is behind them, so a sync
client needs no event loop and an async one is never blocked. They behave as a connection would: the request's
read timeout bounds the whole answer (`httpx.ReadTimeout`; the request still takes effect, as a slow server's
would), and a `drop` fault ends the exchange as a closed connection does (`httpx.RemoteProtocolError`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import Any
from urllib.parse import unquote

import httpx

from highlevel_invoices_emulator.admission import DROP_CONNECTION
from highlevel_invoices_emulator.runtime import EmulatorRuntime

_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]
DISCONNECTED = "Server disconnected without sending a response."


class _Dropped(Exception):
    """The app dropped the connection (a `drop` fault)."""


def _scope(request: httpx.Request, drop: Any) -> dict[str, Any]:
    url = request.url
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "headers": [(key.lower(), value) for key, value in request.headers.raw],
        "scheme": url.scheme,
        "path": unquote(url.path),
        "raw_path": url.raw_path.split(b"?")[0],
        "query_string": url.query,
        "root_path": "",
        "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
        "client": ("127.0.0.1", 0),
        "extensions": {DROP_CONNECTION: {"drop": drop}},
    }


async def _exchange(app: Any, request: httpx.Request, body: bytes) -> _Answer:
    dropped = False
    request_sent = False
    response_done = asyncio.Event()
    status: int | None = None
    headers: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []

    def drop() -> None:
        nonlocal dropped
        dropped = True
        response_done.set()

    async def receive() -> dict[str, Any]:
        nonlocal request_sent
        if request_sent:
            await response_done.wait()
            return {"type": "http.disconnect"}
        request_sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if dropped:
            return
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                response_done.set()

    try:
        await app(_scope(request, drop), receive, send)
    finally:
        response_done.set()
    if dropped or status is None:
        raise _Dropped
    return status, headers, b"".join(chunks)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, int | float) else None


def _response(request: httpx.Request, answer: _Answer) -> httpx.Response:
    status, headers, content = answer
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), request=request)


class EmulatorTransport(httpx.BaseTransport):
    """A sync httpx transport answered by the emulator in process: `httpx.Client(transport=...)`."""

    def __init__(self, runtime: EmulatorRuntime) -> None:
        self._runtime = runtime

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        future = self._runtime.submit(_exchange(self._runtime.app, request, request.read()))
        try:
            return _response(request, future.result(_read_timeout(request)))
        except concurrent.futures.TimeoutError:
            raise httpx.ReadTimeout("the emulator did not answer within the read timeout", request=request) from None
        except _Dropped:
            raise httpx.RemoteProtocolError(DISCONNECTED, request=request) from None


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """An asyncio httpx transport answered by the emulator in process: `httpx.AsyncClient(transport=...)`."""

    def __init__(self, runtime: EmulatorRuntime) -> None:
        self._runtime = runtime

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        future = asyncio.wrap_future(self._runtime.submit(_exchange(self._runtime.app, request, body)))
        try:
            return _response(request, await asyncio.wait_for(asyncio.shield(future), _read_timeout(request)))
        except TimeoutError:
            raise httpx.ReadTimeout("the emulator did not answer within the read timeout", request=request) from None
        except _Dropped:
            raise httpx.RemoteProtocolError(DISCONNECTED, request=request) from None
