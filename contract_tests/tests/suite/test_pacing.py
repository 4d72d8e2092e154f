"""A served run paces itself from the server's rate-limit headers, and waiting never counts as a slow answer.

Against the emulator served on 127.0.0.1 with a short burst window (a few requests per second, where the vendor
allows 100 per 10 s), through the suite's real target stack and Schemathesis's own calls.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.operations.generate_invoice_number import CARD as GENERATE
from contract_tests.suite.pinning import Pins
from contract_tests.suite.scenarios import ScenarioContext, valid_request
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import load_settings
from contract_tests.suite.targets import Target, TargetUnreachableError, build_emulator, build_target
from highlevel_invoices_emulator import RateLimitConfig, tokens
from highlevel_invoices_emulator.serving import serve_in_thread

WINDOW = RateLimitConfig(max_requests=4, interval_ms=1_000)


class Slowable:
    """The emulator behind a switch that delays every answer by `delay` seconds (a server slower than its read
    timeout, which no emulator setting produces)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.delay = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and self.delay:
            await asyncio.sleep(self.delay)
        await self.app(scope, receive, send)


@pytest.fixture
def served() -> Iterator[tuple[Slowable, str]]:
    server = Slowable(build_emulator("default", rate_limit=WINDOW))
    with serve_in_thread(server) as url:
        yield server, url


def _context(url: str, **env: str) -> tuple[ScenarioContext, Target]:
    settings = load_settings({"CONTRACT_BASE_URL": url, **env})
    target = build_target(settings)
    document = spec_document("curated")
    schema = build_schema(document, target.app, config=suite_config())
    pins = Pins.of(settings.identity, strict_numbers=False, ledger=target.ledger)
    return ScenarioContext(settings, schema, pins, document), target


def _statuses(target: Target) -> list[int]:
    return [exchange.status for exchange in target.recorder.exchanges()]


def test_a_served_run_keeps_within_the_window_the_server_announces(served: tuple[Slowable, str]) -> None:
    """Three windows' worth of requests: none is refused, because each waits for room the headers announce."""
    _, url = served
    context, target = _context(url)
    started = time.monotonic()
    answers = [valid_request(context, GENERATE).status_code for _ in range(3 * WINDOW.max_requests)]
    elapsed = time.monotonic() - started
    assert answers == [200] * len(answers)
    assert 429 not in _statuses(target)
    assert (target.backoff.retries, target.backoff.gave_up) == (0, 0)
    assert target.pacing.waits >= 2
    assert elapsed >= 2 * WINDOW.interval_ms / 1000 * 0.9  # two full windows had to pass


def test_waiting_after_a_429_does_not_count_against_the_read_timeout(served: tuple[Slowable, str]) -> None:
    """Someone else used up the window: the run's request meets a 429 and waits about two seconds in all before
    it is answered, four times its read timeout; the call still succeeds (waiting is not a slow answer)."""
    _, url = served
    context, target = _context(url, CONTRACT_READ_TIMEOUT="0.5")
    headers = {"Authorization": f"Bearer {tokens.LOCATION_TOKEN}", "Version": "2021-07-28"}
    query = {"altId": tokens.MAIN_LOCATION_ID, "altType": "location"}
    with httpx.Client(base_url=url, headers=headers) as other:
        others = [other.get("/invoices/generate-invoice-number", params=query).status_code for _ in range(5)]
    assert others[-1] == 429  # the window is full
    started = time.monotonic()
    response = valid_request(context, GENERATE)
    waited = time.monotonic() - started
    assert response.status_code == 200
    assert _statuses(target)[0] == 429
    assert target.backoff.retries >= 1
    assert waited > 2 * 0.5  # longer than the read timeout, many times over the server's own speed
    assert target.abort_reason is None


def test_a_server_slower_than_the_read_timeout_stops_the_run_naming_the_timeout(
    served: tuple[Slowable, str],
) -> None:
    server, url = served
    context, target = _context(url, CONTRACT_READ_TIMEOUT="0.3")
    server.delay = 1.0
    with pytest.raises(TargetUnreachableError, match=r"read timeout of 0\.3 s"):
        valid_request(context, GENERATE)
    reason = target.abort_reason or ""
    assert "did not answer GET /invoices/generate-invoice-number within the read timeout of 0.3 s" in reason
    assert "CONTRACT_READ_TIMEOUT" in reason


def test_the_call_timeout_covers_every_wait_of_a_call(served: tuple[Slowable, str]) -> None:
    """Schemathesis's request timeout for a served target is the longest a call may take with every retry and
    wait; Schemathesis's own default (10 s) would cut a call short while it waits for a 429 to pass."""
    _, url = served
    context, target = _context(url, CONTRACT_READ_TIMEOUT="2")
    timeout = context.schema.config.request_timeout
    assert timeout is not None
    assert timeout == target.app.call_timeout  # type: ignore[attr-defined]
    assert timeout > 8 * 30 + 9 * 2  # eight waits of up to 30 s, nine attempts' reads
