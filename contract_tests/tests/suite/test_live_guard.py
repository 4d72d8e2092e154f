"""The live-safety guard: what it lets through, what aborts the run, throttling and the request budget."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from contract_tests.operations.drafts import force_draft
from contract_tests.suite.live_guard import GuardMiddleware, GuardState, Throttle, draft_violation
from contract_tests.tests.suite.conftest import Served, run_suite


@pytest.mark.parametrize(
    "body",
    [
        {"action": "draft", "liveMode": False},
        [1, "two"],
        "send",
        None,
    ],
)
def test_drafts_and_bodies_naming_no_action_may_go_out(body: object) -> None:
    raw = b"" if body is None else json.dumps(body).encode()
    assert draft_violation(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        b'{"action": "send", "liveMode": false}',
        b'{"action": "draft", "liveMode": true}',
        b'{"action": "draft"}',
        b'{"liveMode": false}',
        b'{"action": "draft", "liveMode": "false"}',
        b"action=send&liveMode=false",
        b"action=draft&liveMode=true",
        b'\xef\xbb\xbf{"action": "send", "liveMode": true}',
        b'  \n{"action": "send", "liveMode": true}\n',
        b'[{"action": "send", "liveMode": true}]',
        b'{"action": "send", "liveMode": true',
        b"<xml><action>send</action></xml>",
    ],
)
def test_anything_else_is_refused(raw: bytes) -> None:
    assert draft_violation(raw) is not None


def test_an_encoded_body_is_refused_unread() -> None:
    assert draft_violation(b"\x1f\x8b...", "gzip") is not None
    assert draft_violation(b'{"action": "draft", "liveMode": false}', "identity") is None


def test_force_draft_rewrites_objects_only() -> None:
    body: dict[str, object] = {"action": "send", "liveMode": True}
    force_draft(body)
    assert body == {"action": "draft", "liveMode": False}
    items = [1]
    force_draft(items)
    assert items == [1]


def test_throttle_spaces_requests() -> None:
    now = [100.0]
    throttle = Throttle(4.0, clock=lambda: now[0])
    assert [throttle.delay() for _ in range(3)] == [0.0, 0.25, 0.5]
    assert Throttle(None).delay() == 0.0


def test_budget_aborts() -> None:
    state = GuardState(max_requests=2)
    state.admit()
    state.admit()
    with pytest.raises(RuntimeError, match="budget"):
        state.admit()
    assert state.abort_reason is not None


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/invoices/text2pay", "/Invoices/TEXT2PAY", "//invoices//text2pay/", "/anything"])
async def test_the_middleware_blocks_before_the_target_sees_anything(path: str) -> None:
    seen: list[object] = []

    async def target(scope: object, receive: object, send: object) -> None:
        seen.append(scope)

    state = GuardState()
    guard = GuardMiddleware(target, state=state, throttle=Throttle(None))
    body = json.dumps({"action": "send", "liveMode": True}).encode()

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: object) -> None:
        return None

    with pytest.raises(RuntimeError, match=r"action='send'|naming 'action'"):
        await guard(
            {"type": "http", "path": path, "method": "POST", "headers": [(b"content-type", b"application/json")]},
            receive,
            send,
        )
    assert seen == []
    assert state.abort_reason is not None


def test_live_mode_is_throttled_and_bounded(tmp_path: Path, served_emulator: Served) -> None:
    """Live mode (token and location given) against the served emulator: 3 rps, 12 requests, then abort."""
    from contract_tests.suite.settings import EMULATOR_CONTACT_ID, EMULATOR_USER_ID
    from highlevel_invoices_emulator import tokens

    run = run_suite(
        tmp_path,
        "-k",
        "test_conformance",
        CONTRACT_BASE_URL=served_emulator.url,
        HIGHLEVEL_TOKEN=tokens.LOCATION_TOKEN,
        HIGHLEVEL_LOCATION_ID=tokens.MAIN_LOCATION_ID,
        HIGHLEVEL_TEST_LOCATION_ID=tokens.MAIN_LOCATION_ID,
        HIGHLEVEL_USER_ID=EMULATOR_USER_ID,
        HIGHLEVEL_CONTACT_ID=EMULATOR_CONTACT_ID,
        CONTRACT_RATE_LIMIT="3",
        CONTRACT_MAX_REQUESTS="12",
    )
    assert run.returncode == 3, run.output[-2000:]
    assert "budget of 12" in run.output
    har = json.loads(gzip.decompress((tmp_path / "recording.har.gz").read_bytes()))
    starts = sorted(e["startedDateTime"] for e in har["log"]["entries"])
    assert len(starts) == 12
    from datetime import datetime

    first, last = datetime.fromisoformat(starts[0]), datetime.fromisoformat(starts[-1])
    assert (last - first).total_seconds() >= (12 - 1) / 3 - 0.05
    assert tokens.LOCATION_TOKEN not in run.output
