"""Serving the emulator over real loopback HTTP: the address policy, and a server in a background thread."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an IPv4/IPv6 literal, bracketed or not) can only be reached from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@contextmanager
def serve_in_thread(app: Any, *, start_timeout: float = 10.0) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (an ephemeral port) from a background thread; yields the base URL.

    uvicorn binds the port itself: handing it a pre-bound socket made every request about 40x slower.
    """
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", backlog=256)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + start_timeout
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
