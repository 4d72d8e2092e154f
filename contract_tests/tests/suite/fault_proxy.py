"""A small HTTP/1.1 fault proxy on 127.0.0.1 for the live-mode fault tests: it relays each request to an upstream
loopback server (the real emulator, served by uvicorn) and, where a rule says so, delays the answer, holds it until
released, drops the connection, resets it, answers itself (a gateway's 5xx, a 401 echoing the token) or rewrites a
request header on the way (a token revoked mid-run).

One request per client connection: the upstream is asked with `Connection: close` and its answer (which then says
`connection: close`) is relayed as it came, so the client opens a new connection for its next request. Bodies are
read by `Content-Length` (the suite's httpx client always sends one). Only loopback addresses are ever used.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from highlevel_invoices_emulator.serving import is_loopback

Action = Literal["pass", "delay", "hold", "drop", "reset", "answer"]


@dataclass(frozen=True)
class Seen:
    """A request the proxy received (before any rewrite), in arrival order."""

    index: int
    method: str
    target: str  # path and query, as sent
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass(frozen=True)
class Fault:
    """What to do with one request. `forward`: whether it reaches the upstream first (a lost answer to a create
    that was made). `answer`: the proxy's own response for `action="answer"` (status, JSON body)."""

    action: Action = "pass"
    delay: float = 0.0
    forward: bool = True
    answer: tuple[int, bytes] = (502, b'{"statusCode":502,"message":"Bad Gateway"}')
    set_headers: tuple[tuple[str, str], ...] = ()  # request headers replaced before forwarding


Rule = Callable[[Seen], Fault | None]


def passthrough(_seen: Seen) -> Fault | None:
    return None


@dataclass
class FaultProxy:
    upstream: str
    rule: Rule = passthrough
    seen: list[Seen] = field(default_factory=list)
    faults: list[tuple[int, Action]] = field(default_factory=list)  # (request index, action) of each fault applied
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        parts = urlsplit(self.upstream)
        assert parts.hostname is not None
        assert is_loopback(parts.hostname), self.upstream
        self._host, self._port = parts.hostname, parts.port or 80

    def count(self, predicate: Callable[[Seen], bool] = lambda _s: True) -> int:
        with self._lock:
            return sum(1 for s in self.seen if predicate(s))

    def after(self, index: int) -> list[Seen]:
        """The requests that arrived after request `index`."""
        with self._lock:
            return [s for s in self.seen if s.index > index]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = tuple(
            (name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in lines[1:] if line)
        )
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        body = await reader.readexactly(length) if length else b""
        with self._lock:
            seen = Seen(len(self.seen), method, target, headers, body)
            self.seen.append(seen)
        fault = self.rule(seen) or Fault()
        if fault.action != "pass" or fault.set_headers:
            with self._lock:
                self.faults.append((seen.index, fault.action))
        try:
            await self._apply(fault, seen, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(ConnectionError, OSError, RuntimeError):
                writer.close()

    async def _apply(self, fault: Fault, seen: Seen, writer: asyncio.StreamWriter) -> None:
        if fault.action == "answer":
            status, body = fault.answer
            writer.write(
                b"HTTP/1.1 %d Fault\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
                b"connection: close\r\n\r\n%s" % (status, len(body), body)
            )
            await writer.drain()
            return
        response = await self._forward(seen, fault) if fault.forward else b""
        if fault.action == "delay":
            await asyncio.sleep(fault.delay)
        elif fault.action == "hold":
            self.held.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait)
        elif fault.action == "drop":
            return
        elif fault.action == "reset":
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        writer.write(response)
        await writer.drain()

    async def _forward(self, seen: Seen, fault: Fault) -> bytes:
        replaced = {name.lower() for name, _ in fault.set_headers}
        kept = [(k, v) for k, v in seen.headers if k.lower() not in replaced | {"connection"}]
        headers = [*kept, *fault.set_headers, ("Connection", "close")]
        head = f"{seen.method} {seen.target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        reader, writer = await asyncio.open_connection(self._host, self._port)
        try:
            writer.write(head.encode("latin-1") + seen.body)
            await writer.drain()
            return await reader.read()
        finally:
            writer.close()

    @contextlib.contextmanager
    def serving(self) -> Iterator[FaultProxy]:
        """Serve on 127.0.0.1 (an ephemeral port) in a thread of its own until the block ends."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        stop: asyncio.Event | None = None

        async def main() -> None:
            nonlocal stop
            stop = asyncio.Event()
            server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            self.url = f"http://127.0.0.1:{port}"
            ready.set()
            async with server:
                await stop.wait()
            # Answers still delayed or held when the test ends are abandoned, as a network would.
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
        thread.start()
        ready.wait(10)
        try:
            yield self
        finally:
            self.release.set()
            if stop is not None:
                loop.call_soon_threadsafe(stop.set)
            thread.join(10)
