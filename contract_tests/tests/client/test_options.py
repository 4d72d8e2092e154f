"""Per-call and per-client options: timeout, extra headers, with_options, tokens as strings or providers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from highlevel_invoices import (
    AsyncHighLevelInvoices,
    AuthenticationError,
    HighLevelInvoices,
    MissingTokenError,
    RetryPolicy,
)
from highlevel_invoices.deadline import DEADLINE_EXTENSION, DEFAULT_TOTAL_TIMEOUT
from starlette.applications import Starlette

from contract_tests.tests.client.conftest import BASE_URL, FAST_RETRY, SyncASGITransport, draft_body, invoices_in
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID


class Recorder:
    """A MockTransport handler that records requests and answers 401 to tokens other than `valid`."""

    def __init__(self, valid: str = "good") -> None:
        self.valid = valid
        self.seen: list[httpx.Request] = []
        self.tokens: list[str] = []  # as sent: a resent request is the same object, with a new header

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        self.tokens.append(request.headers["Authorization"].removeprefix("Bearer "))
        if request.headers.get("Authorization") != f"Bearer {self.valid}":
            return httpx.Response(401, json={"statusCode": 401, "message": "Invalid JWT"})
        return httpx.Response(200, json={"invoiceNumber": "7"})


def test_per_call_timeout_and_extra_headers_apply_to_that_call_only() -> None:
    recorder = Recorder()
    with HighLevelInvoices("good", transport=httpx.MockTransport(recorder)) as client:
        client.generate_invoice_number(alt_id="loc", timeout=1.5, extra_headers={"X-Request-Id": "abc"})
        client.generate_invoice_number(alt_id="loc")
    first, second = recorder.seen
    assert first.headers["X-Request-Id"] == "abc"
    # A number bounds the whole call: every phase gets what is left of the 1.5 s.
    assert first.extensions[DEADLINE_EXTENSION].total == 1.5
    assert set(first.extensions["timeout"]) == {"connect", "read", "write", "pool"}
    assert all(1.0 < limit <= 1.5 for limit in first.extensions["timeout"].values())
    assert "X-Request-Id" not in second.headers
    assert second.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert second.extensions[DEADLINE_EXTENSION].total == DEFAULT_TOTAL_TIMEOUT
    assert first.headers["Version"] == second.headers["Version"] == "2021-07-28"


def test_extra_headers_may_override_the_version() -> None:
    recorder = Recorder()
    with HighLevelInvoices("good", transport=httpx.MockTransport(recorder)) as client:
        client.generate_invoice_number(alt_id="loc", extra_headers={"Version": "2021-04-15"})
    assert recorder.seen[0].headers.get_list("Version") == ["2021-04-15"]


def test_with_options_shares_the_connections_and_changes_only_the_copy() -> None:
    recorder = Recorder()
    with HighLevelInvoices("good", transport=httpx.MockTransport(recorder)) as client:
        quick = client.with_options(timeout=2, headers={"X-Tenant": "t1"}, max_retries=0)
        quick.generate_invoice_number(alt_id="loc")
        client.generate_invoice_number(alt_id="loc")
        assert quick.client.get_httpx_client() is client.client.get_httpx_client()
        assert quick.client.retry.max_retries == 0
        assert client.client.retry.max_retries == 2
    copy_request, own_request = recorder.seen
    assert copy_request.headers["X-Tenant"] == "t1"
    assert 1.0 < copy_request.extensions["timeout"]["read"] <= 2
    assert copy_request.extensions[DEADLINE_EXTENSION].total == 2
    assert "X-Tenant" not in own_request.headers
    assert own_request.extensions["timeout"]["read"] == 30.0


def test_with_options_max_retries_reaches_the_retry_transport() -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(503)

    policy = RetryPolicy(max_retries=3, backoff_initial=0.001)
    with HighLevelInvoices("t", transport=httpx.MockTransport(handler), retry=policy) as client:
        with pytest.raises(Exception, match="503"):
            client.with_options(max_retries=0).generate_invoice_number(alt_id="loc")
        assert len(attempts) == 1
        with pytest.raises(Exception, match="503"):
            client.generate_invoice_number(alt_id="loc")
    assert len(attempts) == 1 + 4


def test_with_options_token() -> None:
    recorder = Recorder(valid="other")
    with HighLevelInvoices("good", transport=httpx.MockTransport(recorder), retry=FAST_RETRY) as client:
        assert client.with_options(token="other").generate_invoice_number(alt_id="loc").invoice_number == "7"
        with pytest.raises(AuthenticationError):
            client.generate_invoice_number(alt_id="loc")
    assert recorder.tokens == ["other", "good"]


def test_a_token_provider_is_asked_per_request_and_again_after_a_401() -> None:
    issued = iter(["expired", "good", "good"])
    asked: list[str] = []

    def provider() -> str:
        asked.append("asked")
        return next(issued)

    recorder = Recorder()
    with HighLevelInvoices(provider, transport=httpx.MockTransport(recorder)) as client:
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "7"
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "7"
    assert recorder.tokens == ["expired", "good", "good"]
    assert len(asked) == 3


def test_a_provider_returning_the_same_token_after_a_401_gets_the_401() -> None:
    recorder = Recorder()
    with (
        HighLevelInvoices(lambda: "revoked", transport=httpx.MockTransport(recorder)) as client,
        pytest.raises(AuthenticationError),
    ):
        client.generate_invoice_number(alt_id="loc")
    assert recorder.tokens == ["revoked"]  # nothing new to try: not resent


def test_a_post_is_resent_with_a_fresh_token_after_a_401(sync_transport: SyncASGITransport, app: Starlette) -> None:
    issued = iter(["pit-expired-0000", LOCATION_TOKEN])
    with HighLevelInvoices(lambda: next(issued), base_url=BASE_URL, transport=sync_transport) as client:
        created = client.create_and_send_invoice(draft_body())
    assert created.invoice.id
    assert invoices_in(app) == 1  # the 401 was refused before processing: one invoice


def test_an_async_provider_with_the_async_client(app: Starlette) -> None:
    issued = iter(["pit-expired-0000", LOCATION_TOKEN])

    async def provider() -> str:
        await asyncio.sleep(0)
        return next(issued)

    async def run() -> str:
        async with AsyncHighLevelInvoices(
            provider, base_url=BASE_URL, transport=httpx.ASGITransport(app), retry=FAST_RETRY
        ) as client:
            number = await client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
        assert isinstance(number.invoice_number, str)
        return number.invoice_number

    assert asyncio.run(run())


def test_an_async_provider_with_the_sync_client_is_a_clear_error() -> None:
    async def provider() -> str:
        return "good"

    with (
        HighLevelInvoices(provider, transport=httpx.MockTransport(Recorder())) as client,
        pytest.raises(TypeError, match="asynchronous"),
    ):
        client.generate_invoice_number(alt_id="loc")


def test_the_token_defaults_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "good")
    recorder = Recorder()
    with HighLevelInvoices(transport=httpx.MockTransport(recorder)) as client:
        client.generate_invoice_number(alt_id="loc")
    assert recorder.tokens == ["good"]
    monkeypatch.delenv("HIGHLEVEL_TOKEN")
    with pytest.raises(MissingTokenError, match="HIGHLEVEL_TOKEN"):
        HighLevelInvoices()


def test_a_provider_token_never_shows_in_reprs() -> None:
    with HighLevelInvoices(lambda: "pit-secret-provider", transport=httpx.MockTransport(Recorder())) as client:
        texts = [repr(client), repr(client.client), repr(client.with_options(token="pit-secret-string"))]
    assert not any("secret" in text for text in texts)
