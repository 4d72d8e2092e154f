"""Fixtures for the client tests: the real emulator app, reached in-process, and a fault-injecting transport."""

from __future__ import annotations

import asyncio
import copy
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from highlevel_invoices import AsyncHighLevelInvoices, HighLevelInvoices, RetryPolicy
from highlevel_invoices.models import Text2PayInvoiceRequest
from starlette.applications import Starlette

from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

SPEC = Path(__file__).resolve().parents[3] / "spec" / "highlevel-invoices.openapi.yaml"
BASE_URL = "http://emulator.test"
#: Retries without real waiting, so fault tests stay fast.
FAST_RETRY = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)


def _draft_example() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    content = spec["paths"]["/invoices/text2pay"]["post"]["requestBody"]["content"]["application/json"]
    value = content["examples"]["draftInvoice"]["value"]
    assert isinstance(value, dict)
    return value


_DRAFT = _draft_example()


def draft_body(**changes: Any) -> Text2PayInvoiceRequest:
    """The spec's draft, test-mode example as a request model (never `action: send`, never `liveMode: true`),
    without its fixed invoice number."""
    raw = copy.deepcopy(_DRAFT)
    raw.pop("invoiceNumber")  # let the location number each invoice, so several can be created
    raw.update(changes)
    assert raw["action"] == "draft"
    assert raw["liveMode"] is False
    return Text2PayInvoiceRequest.from_dict(raw)


class SyncASGITransport(httpx.BaseTransport):
    """A synchronous transport into an ASGI app: httpx.ASGITransport run on an event loop in a helper thread."""

    def __init__(self, app: Starlette) -> None:
        self._inner = httpx.ASGITransport(app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return asyncio.run_coroutine_threadsafe(self._send(request), self._loop).result()

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)


Fault = str | Callable[[httpx.Request], httpx.Response]


class FaultTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a transport and injects one scripted fault per request, in order; `reached` counts the requests that
    got through to the wrapped transport (the server).

    Faults: "ok" (pass through), "connect_error" / "connect_timeout" / "pool_timeout" (raised before sending: the
    server never sees the request), "read_timeout" / "remote_protocol_error" / "read_error" (the server processed the
    request, then the answer was lost), "status:<code>" (a synthetic answer, the server never sees the request),
    "processed_then:<code>" (the server processed the request, the caller gets <code> from a gateway).
    """

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, faults: list[Fault]) -> None:
        self.inner = inner
        self.faults = list(faults)
        self.reached = 0
        self.seen = 0

    def _next(self) -> Fault:
        self.seen += 1
        return self.faults.pop(0) if self.faults else "ok"

    @staticmethod
    def _before(fault: Fault, request: httpx.Request) -> httpx.Response | None:
        if callable(fault):
            return fault(request)
        if fault == "connect_error":
            raise httpx.ConnectError("connection refused", request=request)
        if fault == "connect_timeout":
            raise httpx.ConnectTimeout("connect timed out", request=request)
        if fault == "pool_timeout":
            raise httpx.PoolTimeout("pool timed out", request=request)
        if fault.startswith("status:"):
            return httpx.Response(int(fault.split(":")[1]), content=b"<html>bad gateway</html>")
        return None

    @staticmethod
    def _after(fault: Fault, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if fault == "read_timeout":
            raise httpx.ReadTimeout("read timed out", request=request)
        if fault == "remote_protocol_error":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        if fault == "read_error":
            raise httpx.ReadError("connection reset", request=request)
        if isinstance(fault, str) and fault.startswith("processed_then:"):
            return httpx.Response(int(fault.split(":")[1]), content=b"")
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next()
        early = self._before(fault, request)
        if early is not None:
            return early
        assert isinstance(self.inner, httpx.BaseTransport)
        self.reached += 1
        response = self.inner.handle_request(request)
        response.read()
        return self._after(fault, request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next()
        early = self._before(fault, request)
        if early is not None:
            return early
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        self.reached += 1
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self._after(fault, request, response)


def invoices_in(app: Starlette) -> int:
    return len(emulator_state(app).store.invoices())


@pytest.fixture
def app() -> Starlette:
    return create_app(rate_limit=RateLimitConfig(max_requests=10_000, interval_ms=1_000))


@pytest.fixture
def sync_transport(app: Starlette) -> Iterator[SyncASGITransport]:
    transport = SyncASGITransport(app)
    yield transport
    transport.close()


@pytest.fixture
def client(sync_transport: SyncASGITransport) -> Iterator[HighLevelInvoices]:
    with HighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, transport=sync_transport, retry=FAST_RETRY) as c:
        yield c


@pytest.fixture
def async_client(app: Starlette) -> AsyncHighLevelInvoices:
    return AsyncHighLevelInvoices(
        LOCATION_TOKEN, base_url=BASE_URL, transport=httpx.ASGITransport(app), retry=FAST_RETRY
    )


__all__ = ["BASE_URL", "FAST_RETRY", "LOCATION_TOKEN", "MAIN_LOCATION_ID", "FaultTransport", "draft_body"]
