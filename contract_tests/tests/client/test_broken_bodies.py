"""Retries cover the whole answer: a connection that breaks while the body arrives is retried like one that breaks
before, for idempotent requests only, sync and async.

The faults come from a real loopback HTTP server that sends the status line and headers, then resets the connection
or closes it before the announced Content-Length: what a real transport sees, no mock involved.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from highlevel_invoices import APIConnectionError, AsyncHighLevelInvoices, HighLevelInvoices, RetryPolicy

from contract_tests.tests.client.conftest import draft_body

FAST = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)
NUMBER = b'{"invoiceNumber": "42"}'


class BrokenBodyServer:
    """Answers each connection by the next script step: "ok", "reset" or "truncate" (then "ok" once the script ends).

    `requests` lists the request line of every request that reached it.
    """

    def __init__(self, script: list[str]) -> None:
        self.script = list(script)
        self.requests: list[str] = []
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            with connection:
                self._answer(connection)

    def _answer(self, connection: socket.socket) -> None:
        connection.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            rest += connection.recv(65536)
        self.requests.append(head.split(b"\r\n")[0].decode())
        step = self.script.pop(0) if self.script else "ok"
        headers = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        if step == "ok":
            connection.sendall(headers + b"Content-Length: %d\r\n\r\n" % len(NUMBER) + NUMBER)
            return
        connection.sendall(headers + b"Content-Length: 400\r\n\r\n" + NUMBER[:10])
        if step == "reset":  # RST instead of FIN: the client's read fails with a reset
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    @contextmanager
    def running(self) -> Iterator[str]:
        self._thread.start()
        try:
            yield f"http://127.0.0.1:{self.port}"
        finally:
            self._stop.set()
            self._thread.join(timeout=5)
            self._socket.close()


@pytest.mark.parametrize("fault", ["reset", "truncate"])
def test_a_get_whose_body_breaks_is_retried(fault: str) -> None:
    server = BrokenBodyServer([fault])
    with server.running() as base_url, HighLevelInvoices("t", base_url=base_url, retry=FAST) as client:
        response = client.generate_invoice_number_detailed(alt_id="loc")
    assert response.parsed.invoice_number == "42"
    assert response.attempts == 2
    assert len(server.requests) == 2


@pytest.mark.parametrize("fault", ["reset", "truncate"])
def test_an_async_get_whose_body_breaks_is_retried(fault: str) -> None:
    server = BrokenBodyServer([fault])

    async def call(base_url: str) -> tuple[str | object, int]:
        async with AsyncHighLevelInvoices("t", base_url=base_url, retry=FAST) as client:
            response = await client.generate_invoice_number_detailed(alt_id="loc")
        return response.parsed.invoice_number, response.attempts

    with server.running() as base_url:
        assert asyncio.run(call(base_url)) == ("42", 2)
    assert len(server.requests) == 2


@pytest.mark.parametrize("fault", ["reset", "truncate"])
def test_a_get_that_keeps_breaking_raises_after_the_retries(fault: str) -> None:
    server = BrokenBodyServer([fault] * 5)
    with (
        server.running() as base_url,
        HighLevelInvoices("t", base_url=base_url, retry=FAST) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.generate_invoice_number(alt_id="loc")
    assert caught.value.attempts == 3
    assert len(server.requests) == 3


@pytest.mark.parametrize("fault", ["reset", "truncate"])
def test_a_post_whose_body_breaks_is_never_resent(fault: str) -> None:
    server = BrokenBodyServer([fault])
    with (
        server.running() as base_url,
        HighLevelInvoices("t", base_url=base_url, retry=FAST) as client,
        pytest.raises(APIConnectionError),
    ):
        client.create_and_send_invoice(draft_body())
    assert server.requests == ["POST /invoices/text2pay HTTP/1.1"]


@pytest.mark.parametrize("fault", ["reset", "truncate"])
def test_an_async_post_whose_body_breaks_is_never_resent(fault: str) -> None:
    server = BrokenBodyServer([fault])

    async def call(base_url: str) -> None:
        async with AsyncHighLevelInvoices("t", base_url=base_url, retry=FAST) as client:
            await client.create_and_send_invoice(draft_body())

    with server.running() as base_url, pytest.raises(APIConnectionError):
        asyncio.run(call(base_url))
    assert server.requests == ["POST /invoices/text2pay HTTP/1.1"]
