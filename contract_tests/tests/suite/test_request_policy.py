"""The guard forwards only what it parsed and re-serialized itself: every bypass an adversarial run found is a case.

The bypasses (issue 9): a body in UTF-16/UTF-32 under a matching charset, `\\u0061ction` escapes with an integer of
4,400 digits (Python's `json` refuses it, a Node parser accepts it), a JSON draft sent as a form whose text reads
`action=send`, a second `Content-Encoding` header, 3,000 levels of nesting, and an update of an invoice the run did
not create. Each is shown refused before the target (the real emulator) sees a byte, with the run marked aborted.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from contract_tests.suite.live_guard import GuardMiddleware, GuardState, Throttle, UnsafeRequestError
from contract_tests.suite.request_policy import (
    MALFORMED_PROBES,
    MAX_DEPTH,
    OutgoingRequest,
    Policy,
    RefusedRequestError,
    check,
)
from contract_tests.tests.emulator.support import GENERATE, TEXT2PAY, auth, location_query, minimal_body
from highlevel_invoices_emulator import create_app, emulator_state

JSON = (b"content-type", b"application/json")
SEND = {"action": "send", "liveMode": True}


def post(body: bytes, *headers: tuple[bytes, bytes], path: str = TEXT2PAY) -> OutgoingRequest:
    return OutgoingRequest("POST", path, headers, body)


def refusal(request: OutgoingRequest, policy: Policy | None = None) -> str:
    with pytest.raises(RefusedRequestError) as caught:
        check(request, policy or Policy())
    return str(caught.value)


def draft_text(**extra: Any) -> str:
    return json.dumps({**minimal_body(), **extra})


# --- encodings and media types -------------------------------------------------------------------------------


@pytest.mark.parametrize("charset", ["utf-16", "utf-16-le", "utf-32", "utf-32-be"])
def test_a_body_in_another_charset_is_refused_even_when_declared(charset: str) -> None:
    body = json.dumps({**minimal_body(), **SEND}).encode(charset)
    declared = (b"content-type", f"application/json; charset={charset}".encode())
    assert "UTF-8" in refusal(post(body, declared))
    refusal(post(body, JSON))  # undeclared: not UTF-8, or (UTF-16-LE of ASCII) NUL bytes no JSON parser takes


def test_a_json_draft_sent_as_a_form_is_refused() -> None:
    """The text of this JSON draft, read as application/x-www-form-urlencoded, has a key `action` = `send`."""
    text = draft_text(note="&action=send&liveMode=true&")
    form = (b"content-type", b"application/x-www-form-urlencoded")
    assert "x-www-form-urlencoded" in refusal(post(text.encode(), form))
    assert "Content-Type" in refusal(post(text.encode()))  # no Content-Type at all


@pytest.mark.parametrize(
    "value", [b"application/json; charset=utf-8; boundary=x", b"text/json", b"application/json-patch+json"]
)
def test_only_plain_application_json_goes_out(value: bytes) -> None:
    refusal(post(draft_text().encode(), (b"content-type", value)))


def test_two_content_type_headers_are_refused() -> None:
    form = (b"content-type", b"application/x-www-form-urlencoded")
    assert "2 Content-Type" in refusal(post(draft_text().encode(), JSON, form))


@pytest.mark.parametrize(
    "codings", [[b"identity", b"gzip"], [b"gzip", b"identity"], [b"identity", b"identity"], [b"deflate"]]
)
def test_a_content_coding_or_a_second_content_encoding_is_refused(codings: list[bytes]) -> None:
    headers = [JSON, *((b"content-encoding", c) for c in codings)]
    assert "Content-Encoding" in refusal(post(draft_text().encode(), *headers))


# --- what the parser sees -------------------------------------------------------------------------------------


def test_escaped_keys_and_a_4400_digit_integer_are_refused() -> None:
    body = b'{"\\u0061ction": "send", "\\u006civeMode": true, "qty": ' + b"9" * 4400 + b"}"
    assert "cannot parse" in refusal(post(body, JSON))


def test_escaped_keys_are_judged_decoded_and_never_forwarded_escaped() -> None:
    escaped = draft_text().replace('"action"', '"\\u0061ction"').replace('"liveMode"', '"\\u006civeMode"')
    assert "\\u0061" in escaped
    forwarded = check(post(escaped.encode(), JSON), Policy())
    assert b'"action": "draft"' in forwarded.body
    assert b"\\u00" not in forwarded.body
    sending = escaped.replace('"draft"', '"send"')
    assert "action='send'" in refusal(post(sending.encode(), JSON))


@pytest.mark.parametrize(
    "body",
    [
        b'{"action": "draft", "liveMode": false, "action": "send"}',
        b'{"action": "draft", "liveMode": false, "Action": "send"}',
        b'{"action": "draft", "liveMode": false, "LIVEMODE": true}',
        b'{"action": "draft", "liveMode": false, "items": [{"action": "send"}]}',
        b'[{"action": "send", "liveMode": true}]',
        b'{"action": "draft", "liveMode": NaN}',
        b'\xef\xbb\xbf{"action": "draft", "liveMode": false}',
    ],
)
def test_parser_differentials_are_refused(body: bytes) -> None:
    refusal(post(body, JSON))


def test_3000_levels_of_nesting_are_refused_without_a_recursion_error() -> None:
    deep = b'{"action": "draft", "liveMode": false, "x": ' + b"[" * 3000 + b"]" * 3000 + b"}"
    assert "nested too deeply" in refusal(post(deep, JSON))
    just_too_deep = json.dumps({**minimal_body(), "x": json.loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))})
    assert f"deeper than {MAX_DEPTH}" in refusal(post(just_too_deep.encode(), JSON))


def test_what_goes_out_is_the_guards_own_serialization() -> None:
    body = b'  {"action" :"draft","liveMode":false,  "name":"Caf\\u00e9"}\n'
    forwarded = check(post(body, JSON, (b"content-encoding", b"identity"), (b"content-length", b"999")), Policy())
    expected = json.dumps({"action": "draft", "liveMode": False, "name": "Café"}, ensure_ascii=False).encode()
    assert forwarded.body == expected
    assert dict(forwarded.headers) == {b"content-type": b"application/json", b"content-length": b"%d" % len(expected)}


def test_known_malformed_probes_go_out_unchanged_and_nothing_else_malformed_does() -> None:
    for probe in MALFORMED_PROBES:
        assert check(post(probe, JSON), Policy()).body == probe
    for junk in (b"\x00", b"[1, 2, true", b"\xff\xfe"):
        assert check(post(junk, JSON), Policy()).body == junk  # no `{`: no parser reads an object from it
    refusal(post(b"action=send", JSON))  # junk naming a billing field is refused all the same
    refusal(post(b'{"action": "send"', JSON))
    refusal(post(b"action=send", (b"content-type", b"application/x-www-form-urlencoded")))
    refusal(post(b"\x00", (b"content-type", b"application/json; charset=utf-16")))


def test_random_bytes_that_open_no_object_go_out_unchanged() -> None:
    """Schemathesis sends random bytes such as these under application/json: no JSON parser reads a value from a
    text whose first character is not `{` or `[`, so they go out as they are; a text that opens one does not."""
    for junk in (b"\xe9{\x822-", b"\xef\xbb\xbfx{"):
        assert check(post(junk, JSON), Policy()).body == junk
    refusal(post(b' \r\n{"name": "\xff"}', JSON))  # opens an object: a lenient decoder would read one
    refusal(post(b'\xef\xbb\xbf{"name": 1', JSON))  # a byte order mark is skipped before the first character
    refusal(post(b'[{"name": "\xff"}]', JSON))
    refusal(post(b'\xff{"name": 1}\x00', JSON))  # NUL bytes: perhaps another encoding, so `{` decides


@pytest.mark.parametrize("media_type", [b"text/plain", b"multipart/form-data"])
def test_schemathesis_wrong_media_type_probes_go_out_only_with_a_draft_body(media_type: bytes) -> None:
    """Schemathesis' coverage phase sends a valid body as text/plain and as multipart/form-data without a
    boundary: neither can give the vendor keys, and the body itself must still pass the JSON rule."""
    forwarded = check(post(draft_text().encode(), (b"content-type", media_type)), Policy())
    assert dict(forwarded.headers)[b"content-type"] == media_type
    assert json.loads(forwarded.body) == json.loads(draft_text())
    refusal(post(json.dumps({**minimal_body(), **SEND}).encode(), (b"content-type", media_type)))
    refusal(post(b"action=send&liveMode=true", (b"content-type", media_type)))
    refusal(post(draft_text().encode(), (b"content-type", media_type + b"; boundary=x")))


def test_bodyless_requests_pass_but_never_with_a_content_coding() -> None:
    get = OutgoingRequest("GET", GENERATE, ((b"version", b"2021-07-28"),), b"")
    assert check(get, Policy()).headers == ((b"version", b"2021-07-28"),)
    refusal(OutgoingRequest("GET", GENERATE, ((b"content-encoding", b"gzip"),), b""))


@pytest.mark.parametrize("path", ["/invoices/text2pay", "/Invoices/TEXT2PAY", "//invoices//text2pay/"])
def test_text2pay_as_the_vendors_router_matches_it_must_be_a_draft(path: str) -> None:
    body = json.dumps({**minimal_body(), "action": "send"}).encode()
    assert "action='send'" in refusal(post(body, JSON, path=path))


def test_other_routes_may_carry_a_body_that_names_no_billing_field() -> None:
    """DELETE /invoices/{id} carries altId/altType in its body; a body there that names action is refused."""
    body = b'{"altId": "loc", "altType": "location"}'
    assert check(OutgoingRequest("DELETE", "/invoices/6578a4f1c2b3d4e5f6a7b8c9", (JSON,), body), Policy()).body
    sneaky = b'{"altId": "loc", "action": "send", "liveMode": true}'
    assert "takes no billing fields" in refusal(OutgoingRequest("DELETE", "/invoices/x", (JSON,), sneaky))
    assert "takes no billing fields" in refusal(post(sneaky, JSON, path="/invoices/text2pay/extra"))


@pytest.mark.parametrize(
    ("method", "path", "body", "refused"),
    [
        ("POST", "/invoices/", {"altId": "loc", "liveMode": False}, None),
        ("POST", "/Invoices", {"altId": "loc", "liveMode": True}, "liveMode=True"),
        ("POST", "/invoices/", {"altId": "loc"}, "liveMode='<missing>'"),
        ("POST", "/invoices/", {"altId": "loc", "liveMode": False, "action": "draft"}, "naming 'action'"),
        ("POST", "/invoices/6578a4f1c2b3d4e5f6a7b8c9/send", {"action": "send_manually", "liveMode": False}, None),
        ("POST", "/invoices/x/SEND/", {"action": "email", "liveMode": False}, "action='email'"),
        ("POST", "/invoices/x/send", {"action": "send_manually", "liveMode": 0}, "liveMode=0"),
        ("PUT", "/invoices/6578a4f1c2b3d4e5f6a7b8c9", {"altId": "loc"}, None),
        ("PUT", "/invoices/6578a4f1c2b3d4e5f6a7b8c9", {"altId": "loc", "liveMode": False}, None),
        ("PUT", "/invoices/x", {"altId": "loc", "liveMode": True}, "liveMode=True"),
        ("POST", "/invoices/x/record-payment", {"mode": "cash", "liveMode": False}, "naming 'liveMode'"),
    ],
)
def test_each_lifecycle_route_may_name_the_billing_fields_only_as_its_rule_says(
    method: str, path: str, body: dict[str, Any], refused: str | None
) -> None:
    """A create and an update are test mode, a send only `send_manually` in test mode; other routes name neither."""
    request = OutgoingRequest(method, path, (JSON,), json.dumps(body).encode())
    if refused is None:
        assert json.loads(check(request, Policy()).body) == body
    else:
        assert refused in refusal(request)


# --- live mode: operations and ownership --------------------------------------------------------------------


def live(owned: set[str]) -> Policy:
    return Policy(live=True, owns=owned.__contains__)


def test_live_mode_updates_and_deletes_only_the_runs_own_invoices() -> None:
    mine, theirs = "6578a4f1c2b3d4e5f6a7b8c9", "65f0000000000000000000aa"
    assert check(post(draft_text(id=mine).encode(), JSON), live({mine})).body
    assert "did not create" in refusal(post(draft_text(id=theirs).encode(), JSON), live({mine}))
    for query in ({"$ne": None}, [mine, theirs]):
        assert "did not create" in refusal(post(draft_text(id=query).encode(), JSON), live({mine}))
    for names_nothing in (12345, None, True):  # negative cases of the id's type: only validation is tested
        assert check(post(draft_text(id=names_nothing).encode(), JSON), live({mine})).body
    assert check(OutgoingRequest("DELETE", f"/invoices/{mine}", (), b""), live({mine})).method == "DELETE"
    assert "did not create" in refusal(OutgoingRequest("DELETE", f"/invoices/{theirs}", (), b""), live({mine}))


@pytest.mark.parametrize(
    ("method", "path", "why"),
    [
        ("POST", "/invoices/6578a4f1c2b3d4e5f6a7b8c9/send", "sendInvoice sets no live rule"),
        ("PUT", "/invoices/6578a4f1c2b3d4e5f6a7b8c9", "updateInvoice sets no live rule"),
        ("POST", "/invoices/", "createInvoice sets no live rule"),
        ("GET", "/", "not an operation"),
    ],
)
def test_live_mode_calls_only_the_suites_operations(method: str, path: str, why: str) -> None:
    assert why in refusal(OutgoingRequest(method, path, (), b""), live({"6578a4f1c2b3d4e5f6a7b8c9"}))


def test_live_mode_forwards_the_normalized_path() -> None:
    forwarded = check(post(draft_text().encode(), JSON, path="//invoices//text2pay/"), live(set()))
    assert forwarded.path == TEXT2PAY


# --- through the middleware, in front of the real emulator ---------------------------------------------------


def guarded(*, live_mode: bool = False) -> tuple[httpx.AsyncClient, GuardState, Any]:
    emulator = create_app(profile="default")
    state = GuardState(live=live_mode)
    app = GuardMiddleware(emulator, state=state, throttle=Throttle(None))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator.test")
    return client, state, emulator


BYPASSES: dict[str, tuple[bytes, dict[str, str]]] = {
    "utf-16": (
        json.dumps({**minimal_body(), **SEND}).encode("utf-16"),
        {"content-type": "application/json; charset=utf-16"},
    ),
    "utf-32": (
        json.dumps({**minimal_body(), **SEND}).encode("utf-32"),
        {"content-type": "application/json; charset=utf-32"},
    ),
    "escapes and a huge integer": (
        draft_text().replace('"draft"', '"send"').replace('"action"', '"\\u0061ction"').encode()[:-1]
        + b', "n": '
        + b"1" * 4400
        + b"}",
        {"content-type": "application/json"},
    ),
    "form": (draft_text(note="&action=send&").encode(), {"content-type": "application/x-www-form-urlencoded"}),
    "deep nesting": (
        b'{"action": "draft", "liveMode": false, "x": ' + b"[" * 3000 + b"]" * 3000 + b"}",
        {"content-type": "application/json"},
    ),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(BYPASSES))
async def test_each_bypass_is_blocked_before_the_emulator_and_aborts_the_run(name: str) -> None:
    body, headers = BYPASSES[name]
    client, state, emulator = guarded()
    async with client:
        with pytest.raises(UnsafeRequestError):
            await client.post(TEXT2PAY, content=body, headers={**auth(), **headers}, params=location_query())
    assert len(emulator_state(emulator).journal) == 0
    assert state.abort_reason is not None
    assert state.sent == 0


@pytest.mark.asyncio
async def test_a_second_content_encoding_header_is_blocked_before_the_emulator() -> None:
    client, state, emulator = guarded()
    headers = [*auth().items(), ("content-type", "application/json")]
    headers += [("content-encoding", "identity"), ("content-encoding", "identity")]
    async with client:
        with pytest.raises(UnsafeRequestError, match="2 Content-Encoding"):
            await client.post(TEXT2PAY, content=draft_text().encode(), headers=headers)
    assert len(emulator_state(emulator).journal) == 0
    assert state.abort_reason is not None


@pytest.mark.asyncio
async def test_live_mode_learns_its_invoices_from_the_answers_and_updates_only_those() -> None:
    client, state, emulator = guarded(live_mode=True)
    foreign = emulator_state(emulator)
    async with client:
        created = await client.post(TEXT2PAY, json=minimal_body(), headers=auth())
        assert created.status_code == 200, created.text
        mine = created.json()["invoice"]["_id"]
        assert state.created == [mine]
        updated = await client.post(TEXT2PAY, json=minimal_body(id=mine, name="renamed"), headers=auth())
        assert updated.status_code == 200, updated.text
        seen = len(foreign.journal)
        with pytest.raises(UnsafeRequestError, match="did not create"):
            await client.post(TEXT2PAY, json=minimal_body(id="65f0000000000000000000aa"), headers=auth())
    assert len(foreign.journal) == seen
    assert state.abort_reason is not None
    assert "did not create" in state.abort_reason


@pytest.mark.asyncio
async def test_the_emulator_receives_the_guards_bytes_not_the_callers() -> None:
    client, _, emulator = guarded()
    body = draft_text().replace('"action"', '"\\u0061ction"').encode()
    async with client:
        answer = await client.post(TEXT2PAY, content=body, headers={**auth(), "content-type": "application/json"})
    assert answer.status_code == 200, answer.text
    (received,) = emulator_state(emulator).journal.bodies(TEXT2PAY)
    assert received == json.loads(body)


# --- generated raw bodies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("junk", [b"\x00{", b"\x00\xff{", b"\x00{\x00"])
def test_generated_junk_the_guard_cannot_vouch_for_goes_out_as_its_known_probe(junk: bytes) -> None:
    """Random bytes with NUL next to `{` (Schemathesis' fuzzing sends them) would abort the run at the guard; the
    suite's pinning sends the guard's known malformed probe instead. JSON and vouchable junk are left alone."""
    from types import SimpleNamespace

    from contract_tests.suite.hooks import SAFE_MALFORMED_BODY, pin_case
    from contract_tests.suite.pinning import Pins
    from contract_tests.suite.settings import load_settings

    pins = Pins.of(load_settings({}).identity, strict_numbers=False)
    refusal(post(junk, JSON))  # the guard refuses the bytes as they are
    case = SimpleNamespace(
        body=junk,
        headers={"Authorization": "Bearer generated", "X-Other": "kept"},
        operation=SimpleNamespace(label="GET /nowhere"),
    )
    pin_case(case, pins)  # type: ignore[arg-type]
    assert case.body == SAFE_MALFORMED_BODY
    assert case.headers == {"X-Other": "kept"}  # the run's own token replaces a generated one
    assert check(post(case.body, JSON), Policy()).body == SAFE_MALFORMED_BODY
    for kept in (b"\x00", b'{"altId": "loc"}', b"not json"):
        case = SimpleNamespace(body=kept, headers={}, operation=SimpleNamespace(label="GET /nowhere"))
        pin_case(case, pins)  # type: ignore[arg-type]
        assert case.body == kept


def test_pinning_drops_billing_fields_the_guard_would_refuse_from_generated_bodies() -> None:
    """A fuzzed body may name `liveMode` or `action` anywhere, in any case; the guard refuses that and aborts the
    run, so pinning drops them (keeping the card's own, forced): the run goes on with a body the guard passes."""
    from contract_tests.operations.record_invoice_payment import CARD as RECORD_PAYMENT
    from contract_tests.operations.text2pay import CARD as TEXT2PAY_CARD
    from contract_tests.suite.pinning import Pins
    from contract_tests.suite.schemas import build_schema, spec_document, suite_config
    from contract_tests.suite.settings import load_settings

    pins = Pins.of(load_settings({}).identity, strict_numbers=False)
    pins.invoices.note_created("65f0000000000000000000aa")
    schema = build_schema(spec_document("curated"), create_app(), config=suite_config())
    generated: dict[str, Any] = {
        "altId": "x",
        "mode": "cash",
        "LIVEMODE": True,
        "Action": "send",
        "meta": {"liveMode": True, "deeper": [{"action": "send", "kept": 1}]},
    }
    payment = schema[RECORD_PAYMENT.path][RECORD_PAYMENT.method].Case(
        path_parameters={"invoiceId": "generated"}, body=generated
    )
    RECORD_PAYMENT.pin_case(payment, pins)
    assert payment.body == {"altId": pins.location_id, "mode": "cash", "meta": {"deeper": [{"kept": 1}]}}
    check(OutgoingRequest("POST", "/invoices/x/record-payment", (JSON,), json.dumps(payment.body).encode()), Policy())

    draft = {**minimal_body(), "liveMode": True, "items": [{"name": "w", "liveMode": False, "ACTION": "send"}]}
    text2pay = schema[TEXT2PAY_CARD.path][TEXT2PAY_CARD.method].Case(body=draft)
    TEXT2PAY_CARD.pin_case(text2pay, pins)
    pinned = text2pay.body
    assert isinstance(pinned, dict)
    assert (pinned["action"], pinned["liveMode"]) == ("draft", False)  # the card's own, forced
    assert pinned["items"] == [{"name": "w"}]
    check(post(json.dumps(pinned).encode(), JSON), Policy())
