"""Hypothesis fuzzing through the ASGI interface: whatever arrives, no 5xx, and every error is JSON with statusCode."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

from highlevel_invoices_emulator import RateLimitConfig, create_app
from highlevel_invoices_emulator.tokens import AGENCY_TOKEN, LOCATION_TOKEN, MAIN_LOCATION_ID, PRIVATE_INTEGRATION_TOKEN

from .support import (
    BASE_URL,
    GENERATE,
    INVOICES,
    TEXT2PAY,
    auth,
    create_body,
    full_body,
    invoice_path,
    payment_body,
    send_body,
    update_body,
)

# Derandomized always; the example count follows the active Hypothesis profile (contract_tests/conftest.py).
FUZZ = settings(
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

UNLIMITED = RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@dataclass
class RawResponse:
    status_code: int
    headers: dict[str, str]
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class Caller:
    """Runs requests against one app from synchronous Hypothesis tests, on one event loop."""

    def __init__(self, app: Starlette) -> None:
        self.app = app
        self.runner = asyncio.Runner()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)

    def request(self, method: str, url: str | httpx.URL, **kwargs: Any) -> httpx.Response:
        return self.runner.run(self.client.request(method, url, **kwargs))

    def raw(self, method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]], body: bytes) -> RawResponse:
        """A request no HTTP client would send: arbitrary bytes in the query string and headers."""
        return self.runner.run(self._raw(method, path, query, headers, body))

    async def _raw(
        self, method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> RawResponse:
        length = (b"content-length", str(len(body)).encode())
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query,
            "root_path": "",
            "headers": headers if any(k == b"content-length" for k, _ in headers) else [length, *headers],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        sent_body = False
        messages: list[MutableMapping[str, Any]] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            messages.append(message)

        await self.app(scope, receive, send)
        start = next(m for m in messages if m["type"] == "http.response.start")
        content = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        response_headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in start["headers"]}
        return RawResponse(start["status"], response_headers, content)

    def close(self) -> None:
        self.runner.run(self.client.aclose())
        self.runner.close()


@pytest.fixture(scope="module")
def caller() -> Iterator[Caller]:
    calling = Caller(create_app(rate_limit=UNLIMITED))
    yield calling
    calling.close()


@pytest.fixture(scope="module")
def validation_first_caller() -> Iterator[Caller]:
    calling = Caller(create_app(rate_limit=UNLIMITED))
    yield calling
    calling.close()


JSON_AUTH = {**auth(), "Content-Type": "application/json"}


def to_json(value: Any) -> bytes:
    """JSON text in which infinities are written as numbers out of double range (which parse as infinities)."""
    return json.dumps(value).replace("-Infinity", "-1e400").replace("Infinity", "1e400").encode()


def assert_well_formed(response: httpx.Response | RawResponse) -> Any:
    assert response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/json")
    payload = json.loads(response.content)
    if response.status_code >= 400:
        assert isinstance(payload, dict)
        assert payload["statusCode"] == response.status_code
        message = payload["message"]
        assert isinstance(message, str) or (isinstance(message, list) and all(isinstance(m, str) for m in message))
    return payload


@FUZZ
@given(body=json_values)
def test_any_json_body(validation_first_caller: Caller, body: Any) -> None:
    response = validation_first_caller.request("POST", TEXT2PAY, content=to_json(body), headers=JSON_AUTH)
    assert_well_formed(response)
    if not isinstance(body, dict | list):
        assert response.status_code == 400


@st.composite
def mutated_bodies(draw: st.DrawFn, base: Callable[[], dict[str, Any]] = full_body) -> dict[str, Any]:
    """A valid body (the full text2pay one by default) with one value somewhere inside replaced (or a key added)
    by arbitrary JSON."""
    body = base()
    containers: list[Any] = [body]
    paths: list[tuple[Any, Any]] = []
    while containers:
        current = containers.pop()
        keys = range(len(current)) if isinstance(current, list) else list(current)
        for key in keys:
            paths.append((current, key))
            if isinstance(current[key], dict | list):
                containers.append(current[key])
    container, key = draw(st.sampled_from(paths))
    if draw(st.booleans()) or not isinstance(container, dict):
        container[key] = draw(json_values)
    else:
        container[draw(st.text(min_size=1, max_size=6))] = draw(json_values)
    return body


@FUZZ
@given(body=mutated_bodies())
def test_mutations_of_a_valid_body(caller: Caller, body: dict[str, Any]) -> None:
    response = caller.request("POST", TEXT2PAY, content=to_json(body), headers=JSON_AUTH)
    payload = assert_well_formed(response)
    if response.status_code == 200:
        invoice = payload["invoice"]
        assert invoice["amountDue"] == invoice["total"]
    else:
        assert response.status_code in (400, 403, 404, 422), response.text


def full_create_body() -> dict[str, Any]:
    """Every field the vendor's CreateInvoiceDto lists, from the full text2pay body (which has them all)."""
    text2pay_only = ("action", "userId", "id", "includeTermsNote")
    return create_body(**{k: v for k, v in full_body().items() if k not in text2pay_only})


def full_update_body() -> dict[str, Any]:
    full = full_body()
    return update_body(
        title="T",
        description="D",
        businessDetails=full["businessDetails"],
        invoiceNumber="900",
        contactId="c6tZZU0rJBf30ZXx9Gli",
        contactDetails=full["contactDetails"],
        termsNotes="N",
        discount=full["discount"],
        invoiceItems=full["items"],
        automaticTaxesEnabled=False,
        liveMode=False,
        paymentSchedule=full["paymentSchedule"],
        tipsConfiguration=full["tipsConfiguration"],
        xeroDetails={"id": "x"},
        invoiceNumberPrefix="INV-",
        paymentMethods=full["paymentMethods"],
        attachments=full["attachments"],
        miscellaneousCharges=full["miscellaneousCharges"],
    )


def full_send_body() -> dict[str, Any]:
    auto = {"enable": True, "type": "card", "paymentMethodId": "pm", "customerId": "cu", "cardId": "ca"}
    auto["card"] = {"brand": "visa", "last4": "4242"}
    return send_body(action="sms_and_email", sentFrom={"fromName": "A", "fromEmail": "a@example.com"}, autoPayment=auto)


def full_payment_body() -> dict[str, Any]:
    return payment_body(
        mode="card",
        card={"brand": "visa", "last4": "4242"},
        cheque={"number": "1"},
        notes="n",
        amount=1,
        meta={"k": "v"},
        paymentScheduleIds=["s"],
        fulfilledAt="2025-03-19T05:03:00.000Z",
    )


@pytest.fixture(scope="module")
def invoice_ids(caller: Caller) -> list[str]:
    """A few invoices the lifecycle mutations act on (their state changes as the examples run)."""
    ids = []
    for _ in range(3):
        response = caller.request("POST", INVOICES, json=create_body(), headers=auth())
        ids.append(response.json()["_id"])
    caller.request("POST", invoice_path(ids[1], "send"), json=send_body(), headers=auth())
    return ids


LIFECYCLE = {
    "create": ("POST", None, full_create_body),
    "update": ("PUT", "", full_update_body),
    "send": ("POST", "send", full_send_body),
    "record-payment": ("POST", "record-payment", full_payment_body),
}


@pytest.mark.parametrize("operation", sorted(LIFECYCLE))
def test_mutations_of_valid_lifecycle_bodies(caller: Caller, invoice_ids: list[str], operation: str) -> None:
    method, action, base = LIFECYCLE[operation]

    @FUZZ
    @given(body=mutated_bodies(base), pick=st.integers(0, 3))
    def fuzz(body: dict[str, Any], pick: int) -> None:
        target = invoice_ids[pick] if pick < len(invoice_ids) else "0123456789abcdef01234567"
        path = INVOICES if action is None else invoice_path(target, action or None)
        response = caller.request(method, path, content=to_json(body), headers=JSON_AUTH)
        payload = assert_well_formed(response)
        if response.status_code == 200:
            invoice = payload.get("invoice", payload)
            assert round(invoice["total"] - invoice["amountPaid"], 2) == invoice["amountDue"]
        else:
            assert response.status_code in (400, 403, 422), response.text

    fuzz()


header_names = st.sampled_from(
    [b"version", b"authorization", b"content-type", b"content-encoding", b"transfer-encoding", b"x-other"]
)
header_values = st.one_of(
    st.sampled_from(
        [
            b"2021-07-28",
            b"v3",
            f"Bearer {LOCATION_TOKEN}".encode(),
            f"Bearer {AGENCY_TOKEN}".encode(),
            f"Bearer {PRIVATE_INTEGRATION_TOKEN}".encode(),
            b"Bearer pit-x",
            b"application/json",
            b"application/x-www-form-urlencoded",
            b"application/json; charset=latin1",
            b"gzip",
        ]
    ),
    st.binary(max_size=40),
)


@dataclass(frozen=True)
class RawRequest:
    method: str
    path: str
    query: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes


raw_requests = st.builds(
    RawRequest,
    method=st.sampled_from(["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"]),
    path=st.sampled_from(
        [
            GENERATE,
            TEXT2PAY,
            f"{TEXT2PAY}/",
            "/",
            "/invoices",
            INVOICES,
            "/INVOICES/TEXT2PAY",
            "/invoices/0123456789abcdef01234567",
            "/invoices/x/send",
            "/invoices/%ff/record-payment",
            "/invoices/x/void",
            "/\x00%ff",
            "*",
            "",
        ]
    ),
    query=st.binary(max_size=200),
    headers=st.lists(st.tuples(header_names, header_values), max_size=6),
    body=st.binary(max_size=300) | json_values.map(to_json),
)


@FUZZ
@given(request=raw_requests)
def test_any_request(caller: Caller, request: RawRequest) -> None:
    response = caller.raw(request.method, request.path, request.query, request.headers, request.body)
    assert response.status_code < 500, response.text
    if request.method != "HEAD":
        assert_well_formed(response)


@FUZZ
@given(
    query=st.lists(
        st.tuples(st.sampled_from(["altId", "altType", "altId[]", "altType[x]", "z"]), json_values.map(str)), max_size=6
    )
)
def test_any_query_on_generate(caller: Caller, query: list[tuple[str, str]]) -> None:
    response = caller.request("GET", GENERATE, params=query, headers=auth())
    payload = assert_well_formed(response)
    if response.status_code == 200:
        assert payload["invoiceNumber"] == "1"
        assert ("altId", MAIN_LOCATION_ID) in query


def test_a_giant_query_string(caller: Caller) -> None:
    params = "&".join(f"k{i}=" + "v" * 50 for i in range(20_000))
    query = f"altId={MAIN_LOCATION_ID}&altType=location&{params}".encode()
    response = caller.raw("GET", GENERATE, query, [(k.lower().encode(), v.encode()) for k, v in auth().items()], b"")
    payload = assert_well_formed(response)
    assert response.status_code == 422
    assert len(payload["message"]) == 998  # qs reads the first 1000 parameters only


def test_a_query_string_that_is_not_utf8(caller: Caller) -> None:
    headers = [(k.lower().encode(), v.encode()) for k, v in auth().items()]
    query = b"altId=" + MAIN_LOCATION_ID.encode() + b"&altType=location&\x80\xff=\xfe"
    response = caller.raw("GET", GENERATE, query, headers, b"")
    assert response.status_code == 422
    assert assert_well_formed(response)["message"] == ["property \u0080\u00ff should not exist"]


@pytest.mark.parametrize(
    ("headers", "query", "status"),
    [
        ([(b"content-type", b"application/json; charset=utf-\x00")], b"", 415),
        ([(b"content-length", "²".encode("latin-1")), (b"content-type", b"application/json")], b"", 400),
        ([(b"content-type", b"application/json")], "a[²]=1".encode(), 422),  # {} names no altId
        ([(b"content-type", b"application/json")], b"a[%C2%B2]=1", 422),
    ],
)
def test_unicode_digits_and_nul_bytes_in_headers_and_query(
    caller: Caller, headers: list[tuple[bytes, bytes]], query: bytes, status: int
) -> None:
    authorization = [(k.lower().encode(), v.encode()) for k, v in auth().items()]
    response = caller.raw("POST", TEXT2PAY, query, [*headers, *authorization], b"{}")
    assert response.status_code == status, response.text
    assert_well_formed(response)
