"""Proof verdicts need a conclusive answer: a 429 or a 5xx never makes a discrepancy `present` or `resolved`; a
contradicted proof stays in the report; the URL target backs off after a 429."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from contract_tests.record import proof_instances
from contract_tests.suite.pinning import Pins
from contract_tests.suite.proofs import Prover
from contract_tests.suite.recording import Recorder, Redactor
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import build_schema, raw_curated, spec_document, suite_config
from contract_tests.suite.settings import load_settings
from contract_tests.suite.targets import BackoffMiddleware, BackoffStats, retry_wait, wrap
from contract_tests.tests.suite.conftest import run_suite

RATE_HEADERS = [
    (b"content-type", b"application/json"),
    (b"x-ratelimit-interval-milliseconds", b"10000"),
    (b"x-ratelimit-max", b"100"),
    (b"x-ratelimit-remaining", b"0"),
]


def answering(status: int, calls: list[int] | None = None) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return  # no lifespan support, like the forwarder
        await receive()
        if calls is not None:
            calls.append(status)
        body = b'{"statusCode":%d,"message":"no"}' % status
        await send({"type": "http.response.start", "status": status, "headers": RATE_HEADERS})
        await send({"type": "http.response.body", "body": body})

    return app


@pytest.mark.parametrize("status", [429, 500, 503])
def test_no_proof_is_decided_by_a_rate_limit_or_a_server_error(status: int) -> None:
    settings = load_settings({"CONTRACT_BASE_URL": "http://127.0.0.1:9"})  # nothing is sent there: a fake app answers
    app, _ = wrap(answering(status), settings, Recorder(Redactor(())))
    document = spec_document("curated")
    schema = build_schema(document, app, config=suite_config())
    context = ScenarioContext(settings, schema, Pins.of(settings.identity, strict_numbers=False), document)
    waits: list[float] = []
    prover = Prover(context, app, sleep=waits.append)
    outcomes = [prover.prove(entry) for entry in proof_instances(raw_curated())]
    assert {o.status for o in outcomes} == {"unproven"}, [(o.entry_id, o.status, o.detail) for o in outcomes]
    if status == 429:
        assert any("429 (rate limited)" in o.detail for o in outcomes)
        assert waits, "a proof answered 429 is tried again after the advertised wait"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_backoff_retries_a_429_then_passes_the_answer_on(anyio_backend: str) -> None:
    answers = [429, 429, 200]
    seen: list[int] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        status = answers[len(seen)]
        seen.append(status)
        await send({"type": "http.response.start", "status": status, "headers": RATE_HEADERS})
        await send({"type": "http.response.body", "body": b"{}"})

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    stats = BackoffStats()
    backoff = BackoffMiddleware(app, stats=stats, attempt_timeout=1.0, sleep=sleep)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    await backoff({"type": "http", "method": "GET", "path": "/"}, receive, send)
    assert seen == [429, 429, 200]
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [200]
    assert slept == [0.1, 0.2]  # interval / max, doubling
    assert (stats.retries, stats.gave_up) == (2, 0)


def test_retry_wait_honours_retry_after_and_refuses_long_waits() -> None:
    assert retry_wait({"Retry-After": "3"}) == 3.0
    assert retry_wait({"X-RateLimit-Interval-Milliseconds": "10000", "X-RateLimit-Max": "100"}, attempt=10) == 10.0
    assert retry_wait({"Retry-After": "86400"}) is None
    assert retry_wait({}) == 1.0


def test_a_drift_is_reported_once_under_the_field_that_changed(tmp_path: Path) -> None:
    """The drift-total-as-string profile changes `total` only: the conformance test reports it, once, at
    /invoice/total; the proofs about other fields of the same answer keep their status (present)."""
    run = run_suite(
        tmp_path,
        "-k",
        "test_conformance or test_discrepancy",
        CONTRACT_EMULATOR_PROFILE="drift-total-as-string",
        CONTRACT_MAX_EXAMPLES="10",
    )
    assert run.returncode == 1, run.output[-2000:]
    report = (tmp_path / "contract-report.md").read_text()
    new = report.split("## New violations", 1)[1].split("\n## ", 1)[0]
    about_total = [line for line in new.splitlines() if "/invoice/total" in line]
    assert len(about_total) == 1, new
    assert "proof t2p-invoice-" not in new, new
    record = report.split("## Discrepancy record", 1)[1]
    for entry in proof_instances(raw_curated()):
        assert f"| {entry.id} |" in record, entry.id
    for entry_id in ("t2p-invoice-number-type", "t2p-invoice-items-type"):
        assert f"| {entry_id} | response-schema | present |" in record, record
