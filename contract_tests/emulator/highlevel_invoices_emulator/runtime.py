"""One emulator app on a background event loop: in-process requests and, on demand, a loopback HTTP server.

`EmulatorRuntime(app)` runs an asyncio event loop in a daemon thread. The app answers every request there,
whether it comes through the in-process transports (`transport.py`) or over loopback HTTP (`serve()`, uvicorn on
the same loop, with the served emulator's bounds). So a test's synchronous code needs no event loop of its own,
an asyncio test's loop is never blocked by the emulator, and one app's state is touched from one thread only.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, TypeVar

import uvicorn

from highlevel_invoices_emulator.serving import ServingLimits, server_config

T = TypeVar("T")


class EmulatorRuntime:
    """An app, the thread and loop that run it, and its loopback server once `serve()` started it."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="highlevel-emulator", daemon=True)
        self._thread.start()
        self._server: uvicorn.Server | None = None
        self._serving: concurrent.futures.Future[None] | None = None
        self.base_url: str | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run `coroutine` on the emulator's loop."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def serve(self, *, limits: ServingLimits | None = None, start_timeout: float = 10.0) -> str:
        """Serve the app on 127.0.0.1 at an ephemeral port (once); its base URL."""
        if self.base_url is not None:
            return self.base_url
        server = uvicorn.Server(server_config(self.app, host="127.0.0.1", port=0, limits=limits))
        self._server = server
        self._serving = self.submit(server.serve())
        deadline = time.monotonic() + start_timeout
        while not server.started:
            if self._serving.done() or time.monotonic() > deadline:
                raise RuntimeError("the emulator's loopback server did not start")
            time.sleep(0.005)
        port = server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    def close(self) -> None:
        """Stop the server (if any), then the loop and its thread."""
        if self._server is not None and self._serving is not None:
            self._server.should_exit = True
            try:
                self._serving.result(timeout=10)
            except Exception:  # failed or still running after 10 s: closing regardless
                self._serving.cancel()
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self._loop.close()

    def __enter__(self) -> EmulatorRuntime:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
