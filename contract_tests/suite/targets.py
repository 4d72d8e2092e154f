"""The server a run talks to, always presented to Schemathesis as one ASGI app behind the guard and the recorder.

- emulator: the vendor emulator in-process (no network);
- url / live: `Forwarder`, which relays each request to the configured base URL over HTTP.

Because Schemathesis only ever sees the ASGI app, every request it makes, including the probes its checks send
without the test's session, passes `GuardMiddleware` and `RecordingMiddleware` first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
import httpx
from starlette.applications import Starlette

from contract_tests.emulator import Journal, RateLimitConfig, create_app
from contract_tests.emulator.app import emulator_state
from contract_tests.suite.live_guard import (
    ASGIApp,
    GuardMiddleware,
    GuardState,
    Receive,
    Scope,
    Send,
    Throttle,
    read_body,
)
from contract_tests.suite.recording import Recorder, RecordingMiddleware, Redactor
from contract_tests.suite.settings import RunSettings

# The in-process emulator gets a burst window no fuzzing run reaches; the burst proof builds its own small one.
UNTHROTTLED = RateLimitConfig(max_requests=10_000_000, interval_ms=1_000, daily_limit=1_000_000_000)
HOP_BY_HOP = frozenset({"host", "content-length", "connection", "transfer-encoding", "keep-alive", "upgrade"})
RESPONSE_SKIP = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


class Forwarder:
    """ASGI app relaying requests to `base_url` (path and query kept, Host rewritten, redirects not followed)."""

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False)

    def _relay(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes) -> httpx.Response:
        return self._client.request(method, url, headers=headers, content=body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = await read_body(receive)
        query = scope.get("query_string", b"").decode("latin-1")
        raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        url = f"{self.base_url}{raw_path}" + (f"?{query}" if query else "")
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope.get("headers", [])
            if k.decode("latin-1").lower() not in HOP_BY_HOP
        ]
        response = await anyio.to_thread.run_sync(self._relay, scope["method"], url, headers, body)
        content = response.content
        out = [(k.encode(), v.encode()) for k, v in response.headers.multi_items() if k.lower() not in RESPONSE_SKIP]
        out.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": response.status_code, "headers": out})
        await send({"type": "http.response.body", "body": content})

    def close(self) -> None:
        self._client.close()


@dataclass
class Target:
    """The guarded app Schemathesis calls, and what the run learns about its traffic."""

    app: ASGIApp
    description: str
    guard: GuardState
    recorder: Recorder
    emulator: Starlette | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def journal(self) -> Journal | None:
        return emulator_state(self.emulator).journal if self.emulator is not None else None


def wrap(inner: ASGIApp, settings: RunSettings, recorder: Recorder) -> tuple[ASGIApp, GuardState]:
    guard = GuardState(max_requests=settings.max_requests)
    app = GuardMiddleware(RecordingMiddleware(inner, recorder), state=guard, throttle=Throttle(settings.rate_limit))
    return app, guard


def build_emulator(profile: str, rate_limit: RateLimitConfig = UNTHROTTLED) -> Starlette:
    return create_app(profile=profile, rate_limit=rate_limit)


def build_target(settings: RunSettings) -> Target:
    recorder = Recorder(Redactor(settings.identity.secrets()))
    if settings.target == "emulator":
        emulator = build_emulator(settings.emulator_profile)
        app, guard = wrap(emulator, settings, recorder)
        return Target(app, settings.describe(), guard, recorder, emulator=emulator)
    assert settings.base_url is not None
    app, guard = wrap(Forwarder(settings.base_url), settings, recorder)
    return Target(app, settings.describe(), guard, recorder)
