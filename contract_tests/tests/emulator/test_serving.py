"""The emulator served over loopback HTTP survives idle, slow and malformed clients, and bounds what it keeps."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from highlevel_invoices_emulator import create_app, emulator_state
from highlevel_invoices_emulator.serving import ServingLimits, serve_in_thread
from highlevel_invoices_emulator.store import InvoiceStore

from .support import TEXT2PAY, auth, emulator, minimal_body

QUICK_HEADS = ServingLimits(headers_timeout=0.3)


def _connect(base_url: str) -> socket.socket:
    host, port = base_url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=5)


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _json_body(raw: bytes) -> object:
    return json.loads(raw.split(b"\r\n\r\n", 1)[1])


def test_a_connection_that_sends_no_request_head_is_closed_with_json_408() -> None:
    with (
        serve_in_thread(create_app(), limits=QUICK_HEADS) as base_url,
        _connect(base_url) as sock,
    ):
        started = time.monotonic()
        sock.sendall(b"GET /invoices/generate-invoice-number HTTP/1.1\r\nHost: x\r\n")  # never finished
        raw = _read_all(sock)
        assert time.monotonic() - started < 4
    assert raw.startswith(b"HTTP/1.1 408")
    assert _json_body(raw) == {"statusCode": 408, "message": "Request Timeout"}


def test_an_idle_connection_is_closed() -> None:
    with (
        serve_in_thread(create_app(), limits=QUICK_HEADS) as base_url,
        _connect(base_url) as sock,
    ):
        started = time.monotonic()
        assert _read_all(sock).startswith(b"HTTP/1.1 408")
        assert time.monotonic() - started < 4


@pytest.mark.parametrize("chunks", [1, 40])
def test_oversized_headers_get_431_in_the_vendors_json_shape(chunks: int) -> None:
    head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n"
    with serve_in_thread(create_app()) as base_url, _connect(base_url) as sock:
        size = len(head) // chunks + 1
        for start in range(0, len(head), size):
            try:
                sock.sendall(head[start : start + size])
            except (BrokenPipeError, ConnectionResetError):
                break
        raw = _read_all(sock)
    assert raw.startswith(b"HTTP/1.1 431")
    assert b"application/json" in raw.split(b"\r\n\r\n", 1)[0]
    assert _json_body(raw) == {"statusCode": 431, "message": "Request Header Fields Too Large"}


def test_a_malformed_head_gets_400_in_the_vendors_json_shape() -> None:
    with serve_in_thread(create_app()) as base_url, _connect(base_url) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        raw = _read_all(sock)
    assert raw.startswith(b"HTTP/1.1 400")
    assert _json_body(raw) == {"statusCode": 400, "message": "Invalid HTTP request received."}


def test_a_head_just_under_the_limit_is_served() -> None:
    with serve_in_thread(create_app()) as base_url, httpx.Client(base_url=base_url) as client:
        response = client.get("/", headers={"X-Pad": "a" * 15_000})
    assert response.status_code == 404
    assert response.json()["message"] == "Cannot GET /"


def test_a_working_client_is_unaffected_by_the_head_timeout() -> None:
    with (
        serve_in_thread(create_app(), limits=ServingLimits(headers_timeout=0.5)) as base_url,
        httpx.Client(base_url=base_url) as client,
    ):
        for _ in range(3):
            response = client.post(TEXT2PAY, json=minimal_body(), headers=auth())
            assert response.status_code == 200
            time.sleep(0.2)


def test_the_store_is_bounded_and_drops_the_oldest() -> None:
    store = InvoiceStore(1, max_invoices=3)
    for index in range(5):

        def build(number: str, index: int = index) -> dict[str, object]:
            return {"_id": f"id{index}", "invoiceNumber": number}

        store.create("loc", None, allow_duplicates=False, build=build)
    assert [invoice["_id"] for invoice in store.invoices()] == ["id2", "id3", "id4"]
    assert len(store) == 3
    assert store.peek_number("loc") == 6  # dropped invoices' numbers are not given out again
    with pytest.raises(ValueError, match="positive"):
        InvoiceStore(1, max_invoices=0)


@pytest.mark.asyncio
async def test_create_app_bounds_the_store() -> None:
    async with emulator(max_invoices=2) as (client, state):
        for _ in range(4):
            assert (await client.post(TEXT2PAY, json=minimal_body(), headers=auth())).status_code == 200
        assert len(state.store) == 2
    assert emulator_state(create_app()).store.max_invoices == 10_000
