"""Typed errors: every answer other than the success body becomes one exception class, read tolerantly."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from highlevel_invoices import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HighLevelError,
    HighLevelInvoices,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from highlevel_invoices.models import ValidationErrorBody

from contract_tests.tests.client.conftest import BASE_URL, FAST_RETRY, SyncASGITransport, draft_body
from highlevel_invoices_emulator.tokens import (
    LOCATION_TOKEN,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_ID,
    READONLY_TOKEN,
)

TOKEN = "pit-do-not-leak-0000"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> HighLevelInvoices:
    return HighLevelInvoices(TOKEN, transport=httpx.MockTransport(handler), retry=FAST_RETRY)


def _answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> HighLevelInvoices:
    return _client(lambda _request: httpx.Response(status, content=body, headers=headers))


# Against the emulator: the statuses it really produces.


def test_403_foreign_location(client: HighLevelInvoices) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        client.generate_invoice_number(alt_id=OTHER_LOCATION_ID)
    error = caught.value
    assert error.status_code == 403
    assert error.message == "The token does not have access to this location."
    assert error.method == "GET"
    assert error.url is not None
    assert "/invoices/generate-invoice-number" in error.url
    assert error.response.status_code == 403


def test_401_scope(sync_transport: SyncASGITransport) -> None:
    with (
        HighLevelInvoices(READONLY_TOKEN, base_url=BASE_URL, transport=sync_transport) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.create_and_send_invoice(draft_body())
    assert "scope" in caught.value.message


def test_401_bad_version(sync_transport: SyncASGITransport) -> None:
    with (
        HighLevelInvoices(LOCATION_TOKEN, base_url=BASE_URL, transport=sync_transport, version="1999") as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
    assert caught.value.status_code in (400, 401)


def test_422_lists_every_message(client: HighLevelInvoices) -> None:
    body = draft_body(currency="")
    with pytest.raises((UnprocessableEntityError, BadRequestError)) as caught:
        client.create_and_send_invoice(body)
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert error.messages
    assert all(isinstance(message, str) for message in error.messages)
    if isinstance(error, UnprocessableEntityError):
        assert isinstance(error.parsed_body, ValidationErrorBody)


def test_unknown_invoice_is_the_vendors_400(client: HighLevelInvoices) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.create_and_send_invoice(draft_body(id="0123456789abcdef01234567"))
    assert caught.value.message == "Unable to find an invoice with the given invoice id"
    assert not isinstance(caught.value, NotFoundError)


# Against MockTransport: the shapes the emulator never produces.


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (302, APIStatusError),
        (101, APIStatusError),
    ],
)
@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b"\xff\xfe", b"[1, 2]", b'{"message": 5}', b"null"])
def test_any_status_and_body_raise_the_typed_error(status: int, expected: type[APIStatusError], body: bytes) -> None:
    with _answer(status, body, {"Retry-After": "0"}) as client, pytest.raises(expected) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert type(caught.value) is expected
    assert caught.value.status_code == status
    assert caught.value.message
    assert TOKEN not in str(caught.value) + repr(caught.value)


@pytest.mark.parametrize("status", [201, 202, 203, 204, 299])
def test_any_2xx_with_the_documented_body_is_a_success(status: int) -> None:
    """An undocumented 2xx is still a success when its body reads as the documented one: a caller who saw an error
    would retry a create that succeeded (issue 17: the vendor's framework defaults a POST to 201)."""
    with _answer(status, b'{"invoiceNumber": "19"}') as client:
        response = client.generate_invoice_number_detailed(alt_id="loc")
    assert response.parsed.invoice_number == "19"
    assert response.status_code == status


@pytest.mark.parametrize("status", [201, 204, 299])
@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b"[1, 2]", b"null"])
def test_a_2xx_without_a_usable_body_keeps_the_answer(status: int, body: bytes) -> None:
    """A 2xx whose body is not the documented one is not an error status: it raises ResponseValidationError, which
    keeps the answer (the request succeeded)."""
    with _answer(status, body) as client, pytest.raises(ResponseValidationError) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert not isinstance(caught.value, APIStatusError)
    assert caught.value.status_code == status
    assert caught.value.content == body


def test_message_list_trace_id_and_error_field() -> None:
    body = (
        b'{"statusCode":422,"message":["a must be a string","b should not exist"],'
        b'"error":"Unprocessable Entity","traceId":"t-1"}'
    )
    with _answer(422, body) as client, pytest.raises(UnprocessableEntityError) as caught:
        client.generate_invoice_number(alt_id="loc")
    error = caught.value
    assert error.messages == ["a must be a string", "b should not exist"]
    assert error.trace_id == "t-1"
    assert error.error == "Unprocessable Entity"
    assert "t-1" in str(error)


def test_rate_limit_error_carries_the_figures() -> None:
    headers = {
        "Retry-After": "120",
        "X-RateLimit-Max": "100",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Interval-Milliseconds": "10000",
        "X-RateLimit-Limit-Daily": "200000",
        "X-RateLimit-Daily-Remaining": "5",
    }
    body = b'{"statusCode":429,"message":"Too Many Requests"}'
    with _answer(429, body, headers) as client, pytest.raises(RateLimitError) as caught:
        client.generate_invoice_number(alt_id="loc")
    error = caught.value
    assert (error.retry_after, error.limit_max, error.limit_remaining) == (120.0, 100, 0)
    assert (error.limit_interval_ms, error.limit_daily, error.limit_daily_remaining) == (10000, 200000, 5)
    assert error.attempts == 1  # Retry-After beyond RetryPolicy.max_wait: raised at once


@pytest.mark.parametrize("body", [b"", b"not json", b"[]", b'"19"', b"\xff"])
def test_broken_success_body_raises_response_validation_error(body: bytes) -> None:
    with _answer(200, body) as client, pytest.raises(ResponseValidationError) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert caught.value.status_code == 200
    assert caught.value.path == ""


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("broken"), APIConnectionError),
    ],
)
def test_transport_errors(error: Exception, expected: type[APIConnectionError]) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        raise error

    with _client(handler) as client, pytest.raises(expected) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert type(caught.value) is expected
    assert caught.value.attempts == 3  # GET: retried twice
    assert caught.value.method == "GET"
    assert isinstance(caught.value, HighLevelError)


def test_token_never_in_logs_or_errors(caplog: pytest.LogCaptureFixture, client: HighLevelInvoices) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(PermissionDeniedError) as caught:
        client.generate_invoice_number(alt_id=OTHER_LOCATION_ID)
    client.generate_invoice_number(alt_id=MAIN_LOCATION_ID)
    ours = [record for record in caplog.records if record.name.startswith("highlevel_invoices")]
    assert ours
    assert any("attempt 1" in record.getMessage() and "-> 200" in record.getMessage() for record in ours)
    everything = caplog.text + str(caught.value) + repr(caught.value) + repr(caught.value.response)
    assert LOCATION_TOKEN not in everything
