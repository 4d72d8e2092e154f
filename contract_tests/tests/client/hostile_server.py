"""A hostile HTTP server on a loopback socket: the answers a client must survive without hanging or running out of
memory (gzip bombs, endless or dripped bodies, absurd nesting, absurd rate limits), written byte for byte.

Each connection is served in its own thread, one request per connection (`Connection: close`). `behaviour` names what
the next answers do; `requests` counts the requests that reached the server. The bodies are built to be sent, never
held expanded: `gzip_bomb(2 * 1024**3)` is a 2 MB gzip stream that inflates to 2 GiB, built in well under a second.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

NUMBER = b'{"invoiceNumber": "42"}'
#: X-RateLimit-* headers of a server that allows one request per 99999999999 ms (about three years).
ENDLESS_PACING = b"X-RateLimit-Max: 1\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Interval-Milliseconds: 99999999999\r\n"

_MIB = 1024 * 1024


@cache
def gzip_bomb(expanded: int) -> bytes:
    """A valid gzip member (header, deflate stream, CRC-32 and size trailer) of `expanded` zero bytes (a multiple of
    1 MiB), compressed about 1000:1.

    Compressing 2 GiB takes seconds, so the deflate stream is assembled: after a full flush, compressing the next MiB of
    zeros yields the same bytes every time (the window holds only zeros), so one such block stands for every MiB.
    """
    assert expanded % _MIB == 0
    assert expanded >= 3 * _MIB
    zeros = bytes(_MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "the deflate stream of zeros is not periodic on this zlib"
    last = compressor.compress(zeros) + compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(expanded // _MIB):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, expanded & 0xFFFFFFFF)
    return header + first + block * (expanded // _MIB - 2) + last + trailer


def deep_json(depth: int) -> bytes:
    """A JSON object whose `invoice` is `depth` arrays nested in each other."""
    return b'{"invoice": ' + b"[" * depth + b"]" * depth + b"}"


def _head(status: str = "200 OK", extra: bytes = b"", length: int | None = None) -> bytes:
    framing = b"Content-Length: %d\r\n" % length if length is not None else b""
    return (
        b"HTTP/1.1 "
        + status.encode()
        + b"\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + framing
        + extra
        + b"\r\n"
    )


Behaviour = Callable[[socket.socket], None]


def answer(body: bytes = NUMBER, *, status: str = "200 OK", extra: bytes = b"") -> Behaviour:
    """A plain answer (status, extra header lines, body)."""
    return lambda connection: connection.sendall(_head(status, extra, len(body)) + body)


def bomb(expanded: int) -> Behaviour:
    """A 200 whose gzip body inflates to `expanded` bytes."""

    def send(connection: socket.socket) -> None:
        body = gzip_bomb(expanded)
        connection.sendall(_head(extra=b"Content-Encoding: gzip\r\n", length=len(body)))
        view = memoryview(body)
        for start in range(0, len(body), 65536):
            connection.sendall(view[start : start + 65536])

    return send


def endless() -> Behaviour:
    """A 200 with a chunked body that never ends (until the client hangs up)."""

    def send(connection: socket.socket) -> None:
        connection.sendall(_head(extra=b"Transfer-Encoding: chunked\r\n"))
        chunk = b"%x\r\n" % 65536 + b" " * 65536 + b"\r\n"
        while True:
            connection.sendall(chunk)

    return send


def drip(body: bytes = NUMBER, *, every: float, head_too: bool = False) -> Behaviour:
    """A 200 whose body (with `head_too`, its status line and headers too) arrives one byte per `every` s."""

    def send(connection: socket.socket) -> None:
        head = _head(length=len(body))
        data = head + body
        start = 0
        if not head_too:
            connection.sendall(head)
            start = len(head)
        for index in range(start, len(data)):
            time.sleep(every)
            connection.sendall(data[index : index + 1])

    return send


def silent() -> Behaviour:
    """Reads the request, then sends nothing for a minute."""
    return lambda connection: time.sleep(60)


class HostileServer:
    """Serves `behaviour` (a callable given the connection socket) on 127.0.0.1, one thread per connection."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests = 0
        self.finished = threading.Event()  # set when a handler ended (the client hung up or the answer was sent)
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(60)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # a dripped byte leaves at once
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
        with self._lock:
            self.requests += 1
        try:
            self.behaviour(connection)
        except OSError:  # the client hung up: what a bounded client does
            pass
        finally:
            self.finished.set()

    @contextmanager
    def running(self) -> Iterator[str]:
        thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield self.base_url
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)


__all__ = [
    "ENDLESS_PACING",
    "NUMBER",
    "Behaviour",
    "HostileServer",
    "answer",
    "bomb",
    "deep_json",
    "drip",
    "endless",
    "gzip_bomb",
    "silent",
]
