"""Faults a test turns on: each one's answer in process and over loopback HTTP, whether the request took effect,
how faults are matched and spent, and how they are written."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from highlevel_invoices_emulator.faults import Fault, FaultError, FaultPlan, parse_fault
from highlevel_invoices_emulator.testing import HighLevelEmulator, local_emulator

from .support import GENERATE, TEXT2PAY, VERSION, minimal_body


@pytest.fixture(scope="module")
def session() -> Iterator[HighLevelEmulator]:
    with local_emulator() as emulator:
        yield emulator


@pytest.fixture
def emulator(session: HighLevelEmulator) -> HighLevelEmulator:
    session.reset()
    return session


def _client(emulator: HighLevelEmulator, *, timeout: float = 10.0, served: bool = False) -> httpx.Client:
    headers = {"Authorization": f"Bearer {emulator.token}", "Version": VERSION}
    transport = None if served else emulator.transport
    return httpx.Client(base_url=emulator.base_url, transport=transport, headers=headers, timeout=timeout)


def _create(client: httpx.Client, emulator: HighLevelEmulator) -> httpx.Response:
    return client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id))


# --- the written forms --------------------------------------------------------------------------------------


def test_the_command_line_form_names_every_field() -> None:
    assert parse_fault("rate-limit") == Fault.rate_limit()
    assert parse_fault("rate-limit:times=3,path=/invoices/*,retry_after=2") == Fault.rate_limit(
        3, path="/invoices/*", retry_after=2
    )
    assert parse_fault("server-error:status=503,processed=true,method=post") == Fault.server_error(
        status=503, method="POST", processed=True
    )
    assert parse_fault("slow:seconds=1.5,times=all") == Fault.slow(1.5, None)
    assert parse_fault("drop:processed=yes") == Fault.drop(processed=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("flood", "unknown fault kind 'flood'"),
        ("rate-limit:times=0", "times must be positive"),
        ("rate-limit:times=two", "times must be a whole number"),
        ("server-error:status=418", "status must be one of 500, 502, 503, 504"),
        ("slow:seconds=-1", "seconds must be between 0 and 600"),
        ("rate-limit:processed=true", "processed applies to server-error and drop faults"),
        ("drop:path=invoices", "path must be a pattern starting with '/'"),
        ("drop:colour=red", "expected name=value"),
        ("drop:processed=maybe", "processed must be true or false"),
    ],
)
def test_a_bad_fault_says_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(FaultError, match=message):
        parse_fault(text)


def test_the_json_form_round_trips_and_refuses_unknown_fields() -> None:
    fault = Fault.server_error(2, status=502, path="/invoices/*/send", processed=True)
    assert Fault.from_json(fault.to_json()) == fault
    with pytest.raises(FaultError, match="unknown fault field"):
        Fault.from_json({"kind": "drop", "when": "later"})
    with pytest.raises(FaultError, match="needs a kind"):
        Fault.from_json({"times": 1})
    with pytest.raises(FaultError, match="times must be a whole number"):
        Fault.from_json({"kind": "drop", "times": True})


def test_the_first_unspent_matching_fault_answers_and_is_counted() -> None:
    plan = FaultPlan([Fault.rate_limit(2, method="POST"), Fault.drop(path="/invoices/*/send"), Fault.slow(1, None)])
    assert plan.take("GET", GENERATE) == Fault.slow(1, None)  # the POST-only fault does not match a GET
    assert plan.take("post", TEXT2PAY) == Fault.rate_limit(2, method="POST")
    assert plan.take("POST", TEXT2PAY) == Fault.rate_limit(2, method="POST")
    assert plan.take("POST", "/invoices/abc/send") == Fault.drop(path="/invoices/*/send")  # spent after one
    assert plan.take("POST", "/invoices/abc/send") == Fault.slow(1, None)  # every request, never spent
    assert [active.remaining for active in plan.active()] == [None]


# --- what each fault does ------------------------------------------------------------------------------------


def test_a_rate_limit_burst_is_the_vendors_429_and_creates_nothing(emulator: HighLevelEmulator) -> None:
    emulator.rate_limit(times=2, retry_after=3)
    with _client(emulator) as client:
        refused = [_create(client, emulator) for _ in range(2)]
        created = _create(client, emulator)
    for answer in refused:
        assert answer.status_code == 429
        assert answer.json() == {"statusCode": 429, "message": "Too Many Requests"}
        assert answer.headers["X-RateLimit-Remaining"] == "0"
        assert answer.headers["X-RateLimit-Interval-Milliseconds"] == "100"
        assert answer.headers["X-RateLimit-Max"] == "100"
        assert answer.headers["Retry-After"] == "3"
    assert created.status_code == 200
    assert created.headers["X-RateLimit-Remaining"] == "99"  # the refused requests were not counted
    assert len(emulator.invoices()) == 1
    assert [(r.status, r.fault) for r in emulator.requests] == [(429, "rate-limit"), (429, "rate-limit"), (200, None)]
    assert all(r.body["altId"] == emulator.location_id for r in emulator.requests)  # refused bodies are kept


def test_a_rate_limit_without_retry_after_follows_the_choice(emulator: HighLevelEmulator) -> None:
    emulator.rate_limit(times=2)
    with _client(emulator) as client:
        assert "Retry-After" not in _create(client, emulator).headers
        emulator.use_profile("retry-after,throttler-429-body")
        answer = _create(client, emulator)
    assert answer.headers["Retry-After"] == "1"
    assert answer.json()["message"] == "ThrottlerException: Too Many Requests"


@pytest.mark.parametrize(("processed", "invoices"), [(False, 0), (True, 1)])
def test_a_server_error_takes_effect_only_when_processed(
    emulator: HighLevelEmulator, processed: bool, invoices: int
) -> None:
    emulator.server_error(status=503, processed=processed, method="POST")
    with _client(emulator) as client:
        answer = _create(client, emulator)
    assert answer.status_code == 503
    assert answer.json() == {"statusCode": 503, "message": "Service Unavailable"}
    assert len(emulator.invoices()) == invoices
    assert [(r.status, r.fault) for r in emulator.requests] == [(503, "server-error")]


def test_a_slow_answer_still_takes_effect_when_the_client_gives_up(emulator: HighLevelEmulator) -> None:
    emulator.slow(1.0)
    with _client(emulator, timeout=0.2) as client:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            _create(client, emulator)
        assert time.monotonic() - started < 0.9
    assert len(emulator.invoices()) == 1  # created, though the client never heard
    assert [(r.status, r.fault) for r in emulator.requests] == [(200, "slow")]


def test_a_slow_answer_arrives_after_its_delay(emulator: HighLevelEmulator) -> None:
    emulator.slow(0.3, path=GENERATE)
    with _client(emulator) as client:
        started = time.monotonic()
        answer = client.get(GENERATE, params={"altId": emulator.location_id, "altType": "location"})
        assert time.monotonic() - started >= 0.3
    assert answer.status_code == 200


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "loopback"])
@pytest.mark.parametrize(("processed", "invoices"), [(False, 0), (True, 1)])
def test_a_dropped_connection_gets_no_answer(
    emulator: HighLevelEmulator, served: bool, processed: bool, invoices: int
) -> None:
    emulator.drop(processed=processed)
    with _client(emulator, served=served) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="disconnected without sending a response"):
            _create(client, emulator)
        again = _create(client, emulator)  # the next request, on a new connection, is answered
    assert again.status_code == 200
    assert len(emulator.invoices()) == invoices + 1
    assert [(r.status, r.fault) for r in emulator.requests] == [(0, "drop"), (200, None)]


def test_the_async_transport_meets_the_same_faults(emulator: HighLevelEmulator) -> None:
    emulator.drop()
    emulator.rate_limit()

    async def run() -> list[int]:
        headers = {"Authorization": f"Bearer {emulator.token}", "Version": VERSION}
        async with httpx.AsyncClient(
            base_url=emulator.base_url, transport=emulator.async_transport, headers=headers
        ) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id))
            answers = await asyncio.gather(
                *(client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id)) for _ in range(3))
            )
        return sorted(answer.status_code for answer in answers)

    assert asyncio.run(run()) == [200, 200, 429]


def test_faults_never_touch_the_control_channel(emulator: HighLevelEmulator) -> None:
    emulator.inject(Fault.drop(times=None), Fault.server_error(times=None))
    assert emulator.invoices() == []  # the control channel still answers
    assert [fault["kind"] for fault in emulator.control.faults()] == ["drop", "server-error"]
    emulator.clear_faults()
    assert emulator.control.faults() == []
