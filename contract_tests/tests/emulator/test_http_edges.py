"""Bodies, content types, size limits, routing and the last-resort handler, as NestJS on Express answers them."""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from highlevel_invoices_emulator import create_app
from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

from .support import GENERATE, TEXT2PAY, asgi_client, auth, emulator, full_body, location_query, minimal_body

pytestmark = pytest.mark.asyncio

JSON_HEADERS = {**auth(), "Content-Type": "application/json"}


async def post_raw(client: httpx.AsyncClient, content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return await client.post(TEXT2PAY, content=content, headers=headers or JSON_HEADERS)


def body_bytes(**overrides: object) -> bytes:
    return json.dumps(minimal_body(**overrides)).encode()


# --- malformed JSON -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"a":}', "Unexpected token } in JSON at position 5"),
        (b'{"a":1,}', "Unexpected token } in JSON at position 7"),
        (b'{"a":1', "Unexpected end of JSON input"),
        (b'{"a', "Unexpected end of JSON input"),
        (b"{}x", "Unexpected token x in JSON at position 2"),
        (b'{"a": NaN}', "Unexpected token N in JSON at position 6"),
        (b'{"a": Infinity}', "Unexpected token I in JSON at position 6"),
        (b"   ", "Unexpected end of JSON input"),
        (b'"abc"', 'Unexpected token " in JSON at position 0'),
        (b"5", "Unexpected token 5 in JSON at position 0"),
        (b"null", "Unexpected token n in JSON at position 0"),
        (b" true", "Unexpected token t in JSON at position 1"),
    ],
)
async def test_malformed_or_non_container_json_is_a_bad_request(
    client: httpx.AsyncClient, content: bytes, message: str
) -> None:
    response = await post_raw(client, content)
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": message, "error": "Bad Request"}


async def test_body_parsing_comes_before_every_guard(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, content=b"{", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["message"] == "Unexpected end of JSON input"


async def test_an_array_body_is_validated_as_the_dto() -> None:
    async with emulator() as (client, _):
        response = await post_raw(client, b'[1, {"altId": "x"}]')
        assert response.status_code == 422
        messages = response.json()["message"]
        assert messages[:3] == ["property 0 should not exist", "property 1 should not exist", "altId must be a string"]


async def test_an_array_body_has_no_alt_id_for_the_location_guard() -> None:
    async with emulator(profile="guard-first") as (client, _):
        response = await post_raw(client, b"[]")
    assert response.status_code == 403


async def test_an_empty_json_body_is_an_empty_object() -> None:
    async with emulator() as (client, _):
        response = await post_raw(client, b"")
        assert response.status_code == 422
        assert response.json()["message"][0] == "altId must be a string"


async def test_a_utf8_bom_is_ignored(client: httpx.AsyncClient) -> None:
    response = await post_raw(client, b"\xef\xbb\xbf" + body_bytes())
    assert response.status_code == 200


async def test_invalid_utf8_is_replaced_not_fatal(client: httpx.AsyncClient) -> None:
    response = await post_raw(client, body_bytes(name="caf__").replace(b"__", b"\xff\xfe"))
    assert response.status_code == 200
    assert response.json()["invoice"]["name"] == "caf\ufffd\ufffd"


async def test_lone_surrogates_and_null_bytes_round_trip(client: httpx.AsyncClient) -> None:
    content = body_bytes(name="x").replace(b'"name": "x"', b'"name": "a\\ud800b\\u0000c"')
    response = await post_raw(client, content)
    assert response.status_code == 200, response.text
    assert response.json()["invoice"]["name"] == "a\ud800b\x00c"


async def test_numbers_beyond_double_range_are_not_numbers(client: httpx.AsyncClient) -> None:
    content = body_bytes().replace(b'"amount": 999', b'"amount": 1e400')
    response = await post_raw(client, content)
    assert response.status_code == 422
    assert response.json()["message"] == ["items.0.amount must be a number conforming to the specified constraints"]


async def test_huge_integers_become_doubles_like_in_javascript(client: httpx.AsyncClient) -> None:
    digits = b"9" * 5000  # also beyond Python's int-conversion limit
    content = body_bytes().replace(b'"amount": 999', b'"amount": 12345678901234567890123')
    response = await post_raw(client, content)
    assert response.status_code == 200
    assert response.json()["invoice"]["total"] == pytest.approx(1.2345678901234568e22)
    overflow = await post_raw(client, body_bytes().replace(b'"amount": 999', b'"amount": ' + digits))
    assert overflow.status_code == 422


@pytest.mark.parametrize(
    "items",
    [
        [{"name": "x", "currency": "USD", "amount": 1e308, "qty": 1e308}],
        [
            {"name": "x", "currency": "USD", "amount": 1e308, "qty": 1},
            {"name": "y", "currency": "USD", "amount": 1e308, "qty": 1},
        ],
        [
            {
                "name": "x",
                "currency": "USD",
                "amount": 1e308,
                "qty": 1,
                "taxes": [{"_id": "t", "name": "t", "rate": 100}],
            }
        ],
    ],
)
async def test_totals_that_overflow_never_answer_200_with_null_money(
    client: httpx.AsyncClient, state: EmulatorState, items: list[dict[str, object]]
) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(items=items), headers=auth())
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Invoice total is out of range"}
    assert state.store.invoices() == []


async def test_deep_nesting_is_refused_cleanly(client: httpx.AsyncClient) -> None:
    deep = b'{"x":' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = await post_raw(client, deep)
    assert response.status_code == 400
    assert response.json()["error"] == "Bad Request"
    shallow = body_bytes(extra=0).replace(b'"extra": 0', b'"extra": ' + b"[" * 100 + b"]" * 100)
    response = await post_raw(client, shallow)
    assert response.status_code == 422
    assert response.json()["message"] == ["property extra should not exist"]


# --- content types and encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(("content_type", "named"), [("text/plain", "text/plain"), (None, "no Content-Type")])
async def test_non_json_content_types_are_refused_by_name_on_request(content_type: str | None, named: str) -> None:
    async with emulator(profile="non-json-body-415") as (client, _):
        request = client.build_request("POST", TEXT2PAY, content=body_bytes(), headers=auth())
        request.headers.pop("Content-Type", None)
        if content_type is not None:
            request.headers["Content-Type"] = content_type
        response = await client.send(request)
    assert response.status_code == 415
    assert response.json()["message"] == f"Unsupported Media Type: {named}; send the body as application/json"


@pytest.mark.parametrize("content_type", ["text/plain", None])
async def test_non_json_content_types_are_left_unread_like_express(
    client: httpx.AsyncClient, content_type: str | None
) -> None:
    request = client.build_request("POST", TEXT2PAY, content=body_bytes(), headers=auth())
    request.headers.pop("Content-Type", None)
    if content_type is not None:
        request.headers["Content-Type"] = content_type
    response = await client.send(request)
    # The DTO is empty, so validation lists every required field (a location guard first would answer 403).
    assert response.status_code == 422
    assert "liveMode must be a boolean value" in response.json()["message"]
    async with emulator(profile="guard-first") as (guard_client, _):
        request = guard_client.build_request("POST", TEXT2PAY, content=body_bytes(), headers=auth())
        request.headers.pop("Content-Type", None)
        if content_type is not None:
            request.headers["Content-Type"] = content_type
        response = await guard_client.send(request)
        assert response.status_code == 403


async def test_json_content_type_is_matched_case_insensitively_with_parameters(client: httpx.AsyncClient) -> None:
    headers = {**auth(), "Content-Type": "Application/JSON; charset=UTF-8"}
    assert (await client.post(TEXT2PAY, content=body_bytes(), headers=headers)).status_code == 200


async def test_urlencoded_bodies_are_parsed_as_strings(client: httpx.AsyncClient) -> None:
    form = (
        f"altId={MAIN_LOCATION_ID}&altType=location&name=A&currency=USD&items[0][name]=x&issueDate=2024-01-01"
        "&sentTo[email][]=a@example.com&liveMode=false&action=draft&userId=u"
    )
    headers = {**auth(), "Content-Type": "application/x-www-form-urlencoded"}
    response = await client.post(TEXT2PAY, content=form.encode(), headers=headers)
    assert response.status_code == 422
    assert response.json()["message"] == [
        "items.0.currency must be a string",
        "items.0.amount must be a number conforming to the specified constraints",
        "items.0.qty must be a number conforming to the specified constraints",
        "liveMode must be a boolean value",
    ]


@pytest.mark.parametrize(
    ("content_type", "message"),
    [
        ("application/json; charset=latin1", 'unsupported charset "LATIN1"'),
        ("application/json; charset=utf-nope", 'unsupported charset "UTF-NOPE"'),
        ("application/x-www-form-urlencoded; charset=utf-16", 'unsupported charset "UTF-16"'),
    ],
)
async def test_unsupported_charsets(client: httpx.AsyncClient, content_type: str, message: str) -> None:
    response = await client.post(TEXT2PAY, content=body_bytes(), headers={**auth(), "Content-Type": content_type})
    assert response.status_code == 415
    assert response.json() == {"statusCode": 415, "message": message}


async def test_gzip_bodies_are_inflated(client: httpx.AsyncClient) -> None:
    headers = {**JSON_HEADERS, "Content-Encoding": "gzip"}
    assert (await post_raw(client, gzip.compress(body_bytes()), headers)).status_code == 200


async def test_unknown_content_encoding(client: httpx.AsyncClient) -> None:
    response = await post_raw(client, body_bytes(), {**JSON_HEADERS, "Content-Encoding": "br"})
    assert response.status_code == 415
    assert response.json() == {"statusCode": 415, "message": 'unsupported content encoding "br"'}


async def test_corrupt_gzip_is_a_bad_request(client: httpx.AsyncClient) -> None:
    response = await post_raw(client, b"\x1f\x8bnot gzip at all", {**JSON_HEADERS, "Content-Encoding": "gzip"})
    assert response.status_code == 400


# --- size limit ------------------------------------------------------------------------------------------------

TOO_LARGE = {"statusCode": 413, "message": "request entity too large"}


async def test_default_limit_is_100_kib(client: httpx.AsyncClient) -> None:
    padding = "x" * (102_400 - len(body_bytes(termsNotes="")))
    fits = body_bytes(termsNotes=padding)
    assert len(fits) == 102_400
    assert (await post_raw(client, fits)).status_code == 200
    response = await post_raw(client, body_bytes(termsNotes=padding + "x"))
    assert response.status_code == 413
    assert response.json() == TOO_LARGE


async def test_a_declared_oversize_body_is_refused_before_it_is_read() -> None:
    app = create_app(max_body_bytes=1000)
    sent = 0

    async def stream() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(1000):
            sent += 1
            yield b" " * 1000

    async with asgi_client(app) as client:
        headers = {**JSON_HEADERS, "Content-Length": str(1_000_000)}
        response = await client.post(TEXT2PAY, content=stream(), headers=headers)
    assert response.status_code == 413
    assert sent <= 1  # httpx's ASGI transport hands over at most the first chunk


async def test_an_undeclared_oversize_stream_is_cut_off() -> None:
    app = create_app(max_body_bytes=5000)
    sent = 0

    async def stream() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(1000):
            sent += 1
            yield b" " * 1000

    async with asgi_client(app) as client:
        response = await client.post(TEXT2PAY, content=stream(), headers=JSON_HEADERS)
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert response.status_code == 413
    assert response.json() == TOO_LARGE
    assert sent < 10


async def test_the_limit_applies_after_inflating() -> None:
    async with emulator(max_body_bytes=10_000) as (client, _):
        bomb = gzip.compress(b" " * 5_000_000)
        response = await post_raw(client, bomb, {**JSON_HEADERS, "Content-Encoding": "gzip"})
        assert response.status_code == 413


async def test_compressed_bodies_are_bounded_by_raw_bytes_too() -> None:
    empty_blocks = gzip.compress(b"")[:10] + b"\x00\x00\x00\xff\xff" * 40_000  # 200 KB raw, inflates to nothing
    async with emulator(max_body_bytes=100_000) as (client, _):
        response = await post_raw(client, empty_blocks, {**JSON_HEADERS, "Content-Encoding": "gzip"})
        assert response.status_code == 413
        # A body within the limit still fits when its compressed form is a little larger (stored deflate blocks).
        fits = body_bytes(termsNotes="x" * (99_990 - len(body_bytes(termsNotes=""))))
        stored = gzip.compress(fits, compresslevel=0)
        assert len(fits) <= 100_000 < len(stored)
        accepted = await post_raw(client, stored, {**JSON_HEADERS, "Content-Encoding": "gzip"})
        assert accepted.status_code == 200


async def test_non_json_bodies_are_not_read_so_the_size_limit_does_not_apply(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, content=b"x" * 200_000, headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 422  # unread: the DTO is empty
    async with emulator(profile="non-json-body-415") as (strict, _):
        strict_response = await strict.post(
            TEXT2PAY, content=b"x" * 200_000, headers={**auth(), "Content-Type": "text/plain"}
        )
    assert strict_response.status_code == 415


# --- routing --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "message"),
    [
        ("GET", "/", "Cannot GET /"),
        ("GET", "/invoices/a/b", "Cannot GET /invoices/a/b"),
        ("PATCH", "/invoices/text2pay", "Cannot PATCH /invoices/text2pay"),
        ("POST", "/invoices/generate-invoice-number", "Cannot POST /invoices/generate-invoice-number"),
        ("DELETE", "/invoices", "Cannot DELETE /invoices"),
        ("DELETE", "/invoices/a/b", "Cannot DELETE /invoices/a/b"),
        ("PUT", "/invoices?x=1", "Cannot PUT /invoices?x=1"),
        ("OPTIONS", "/invoices/text2pay", "Cannot OPTIONS /invoices/text2pay"),
        ("POST", "/invoices/%74ext2pay", "Cannot POST /invoices/%74ext2pay"),
        ("POST", "/invoices/x/refund", "Cannot POST /invoices/x/refund"),
        ("GET", "/invoices/x/void", "Cannot GET /invoices/x/void"),
        ("GET", "/invoices/generate-invoice-number//", "Cannot GET /invoices/generate-invoice-number//"),
    ],
)
async def test_unknown_routes_answer_like_nest(client: httpx.AsyncClient, method: str, url: str, message: str) -> None:
    response = await client.request(method, url, headers=auth())
    assert response.status_code == 404
    assert response.json() == {"statusCode": 404, "message": message, "error": "Not Found"}


async def test_a_literal_path_of_another_method_is_an_invoice_id(client: httpx.AsyncClient) -> None:
    """Express tries `GET /invoices/:invoiceId` for `GET /invoices/text2pay`: an unknown invoice, not a 404."""
    response = await client.get(TEXT2PAY, params=location_query(), headers=auth())
    assert (response.status_code, response.json()["message"]) == (
        400,
        "Unable to find an invoice with the given invoice id",
    )


@pytest.mark.parametrize("path", ["/invoices/generate-invoice-number/", "/Invoices/Generate-Invoice-Number"])
async def test_routes_match_like_express(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path, params=location_query(), headers=auth())
    assert response.status_code == 200


async def test_head_is_served_by_the_get_route_without_a_body(client: httpx.AsyncClient) -> None:
    response = await client.head(GENERATE, params=location_query(), headers=auth())
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["x-ratelimit-max"] == "100"


# --- the last resort ----------------------------------------------------------------------------------------------


async def test_an_internal_failure_is_a_json_500_and_is_journaled() -> None:
    calls = 0

    def failing_clock() -> float:
        nonlocal calls
        calls += 1
        raise RuntimeError("clock broke")

    app = create_app(clock=failing_clock)
    async with asgi_client(app) as client:
        response = await client.get(GENERATE, params=location_query(), headers=auth())
    assert calls == 1
    assert response.status_code == 500
    assert response.json() == {"statusCode": 500, "message": "Internal server error"}
    assert app.state.emulator.journal.entries()[-1].status == 500


async def test_echoed_untyped_values_beyond_double_range_become_null(client: httpx.AsyncClient) -> None:
    # charges is untyped in the DTO, so the numbers pass validation and are echoed as JSON.stringify would.
    empty = b'"charges": []'
    content = json.dumps(full_body()).encode().replace(empty, empty[:-2] + b'[1e400, -1e400, {"x": 1e999}]')
    response = await post_raw(client, content)
    assert response.status_code == 200, response.text
    assert response.json()["invoice"]["miscellaneousCharges"]["charges"] == [None, None, {"x": None}]


async def test_delete_takes_any_id_segment_like_an_express_route_parameter(client: httpx.AsyncClient) -> None:
    response = await client.request("DELETE", "/invoices/text2pay", json=location_query(), headers=auth())
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"}


async def test_form_bodies_with_explicit_indices_build_arrays_of_objects_like_qs(
    client: httpx.AsyncClient, state: EmulatorState
) -> None:
    form = (
        f"altId={MAIN_LOCATION_ID}&altType=location&name=A&currency=USD"
        "&items[0][name]=first&items[0][currency]=USD&items[1][name]=second&items[1][currency]=USD"
        "&items[0][taxes][0][_id]=t&items[0][taxes][0][name]=VAT"
        "&issueDate=2024-01-01&sentTo[email][]=a@example.com&liveMode=false&action=draft&userId=u"
    )
    headers = {**auth(), "Content-Type": "application/x-www-form-urlencoded"}
    response = await client.post(TEXT2PAY, content=form.encode(), headers=headers)
    assert response.status_code == 422
    # Two items, each with its own fields: the indices were honoured (amounts and qty stay strings, as in qs).
    assert response.json()["message"] == [
        "items.0.amount must be a number conforming to the specified constraints",
        "items.0.qty must be a number conforming to the specified constraints",
        "items.0.taxes.0.rate must be a number conforming to the specified constraints",
        "items.1.amount must be a number conforming to the specified constraints",
        "items.1.qty must be a number conforming to the specified constraints",
        "liveMode must be a boolean value",
    ]
