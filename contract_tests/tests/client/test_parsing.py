"""Decoding success answers: a success is never lost because the vendor sent a field more or less than its docs.

Default (tolerant) decoding keeps unknown fields and enum values, reads missing or unreadable fields below the top
level as UNSET (listed in `Response.problems`), and raises only when the top-level shape is unusable, with the raw
body and a salvaged reading attached. Strict decoding (`strict=True`) raises on every difference, naming the field.
"""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_invoices import HighLevelError, HighLevelInvoices, ResponseValidationError
from highlevel_invoices.decoding import DecodeError, decode
from highlevel_invoices.models import InvoiceStatus, NextInvoiceNumber, Text2PayInvoiceResponse
from highlevel_invoices.types import UNSET
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.tests.client.conftest import draft_body

#: A live `POST /invoices/` answer of 2025-05 from the corpus: the invoice document text2pay returns.
LIVE_INVOICE = Path(__file__).resolve().parents[2] / "corpus" / "exchanges" / "2025-05-invoices-create.json"
LIVE_ID, LIVE_ITEM_ID = "6837a9c00000000000000001", "6837a9c00000000000000002"


def text2pay_answer(recorded: dict[str, Any]) -> dict[str, Any]:
    """The recorded invoice document wrapped as text2pay answers (`invoice`, `invoiceUrl`, `traceId`)."""
    invoice = dict(recorded)
    trace_id = invoice.pop("traceId")
    url = f"https://link.fastpaydirect.com/invoice/{invoice['_id']}"
    return {"invoice": invoice, "invoiceUrl": url, "traceId": trace_id}


def live_body() -> dict[str, Any]:
    """The text2pay answer around the recorded live invoice (timestamp dates, undocumented fields, no `title`)."""
    exchange = json.loads(LIVE_INVOICE.read_text(encoding="utf-8"))
    body = exchange["response"]["body"]
    assert isinstance(body, dict)
    return text2pay_answer(body)


def _client_answering(body: object, *, strict: bool = False) -> HighLevelInvoices:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda _r: httpx.Response(200, content=content))
    return HighLevelInvoices("t", transport=transport, strict=strict)


def _set(body: dict[str, Any], pointer: tuple[str | int, ...], value: object) -> None:
    target: Any = body
    for step in pointer[:-1]:
        target = target[step]
    target[pointer[-1]] = value


def _delete(body: dict[str, Any], pointer: tuple[str | int, ...]) -> None:
    target: Any = body
    for step in pointer[:-1]:
        target = target[step]
    del target[pointer[-1]]


def test_the_recorded_live_invoice_parses_tolerantly_and_strictly() -> None:
    for strict in (False, True):
        with _client_answering(live_body(), strict=strict) as client:
            response = client.create_and_send_invoice_detailed(draft_body())
        invoice = response.parsed.invoice
        assert response.problems == ()
        assert invoice.id == LIVE_ID
        assert invoice.invoice_number == "1001"
        assert invoice.title is UNSET  # documented as required, absent on the wire
        assert invoice.issue_date == datetime.datetime(2025, 5, 28, 7, tzinfo=datetime.UTC)
        assert invoice.due_date.utcoffset() == datetime.timedelta(0)
        assert invoice.invoice_items[0].id == LIVE_ITEM_ID
        assert response.parsed.trace_id == "1843c492-9a65-4601-ad98-9b656f9caf9c"
        assert invoice.invoice_number_prefix == "DEP-"  # undocumented by the pages, described by the spec


def test_a_due_date_is_a_calendar_date_only_in_the_locations_zone() -> None:
    invoice = Text2PayInvoiceResponse.from_dict(live_body()).invoice
    denver = datetime.timezone(datetime.timedelta(hours=-7))
    assert invoice.due_date.date() == datetime.date(2025, 5, 29)  # in UTC: the next day
    assert invoice.due_date.astimezone(denver).date() == datetime.date(2025, 5, 28)  # the day the location meant


@pytest.mark.parametrize("wire", ["19", 19, 0, "0007"])
def test_invoice_number_is_always_a_string(wire: object) -> None:
    with _client_answering({"invoiceNumber": wire}) as client:
        number = client.generate_invoice_number(alt_id="loc").invoice_number
    assert number == str(wire)
    assert isinstance(number, str)


@pytest.mark.parametrize("wire", [19.5, True, None, [], {}])
def test_a_top_level_field_of_another_type_is_a_validation_error(wire: object) -> None:
    with _client_answering({"invoiceNumber": wire}) as client, pytest.raises(ResponseValidationError) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert caught.value.path == "invoiceNumber"
    assert caught.value.body == {"invoiceNumber": wire}


def test_invoice_number_in_the_created_invoice() -> None:
    body = live_body()
    for wire in (1001, "1001"):
        body["invoice"]["invoiceNumber"] = wire
        assert Text2PayInvoiceResponse.from_dict(body).invoice.invoice_number == str(wire)


def test_unknown_fields_are_kept() -> None:
    body = live_body()
    body["newTopLevel"] = {"a": 1}
    body["invoice"]["newField"] = [1, 2]
    parsed = Text2PayInvoiceResponse.from_dict(body)
    assert parsed["newTopLevel"] == {"a": 1}
    assert parsed.invoice["newField"] == [1, 2]
    assert parsed.to_dict()["invoice"]["newField"] == [1, 2]


def test_an_unknown_enum_value_is_kept_and_typed() -> None:
    body = live_body()
    body["invoice"]["status"] = "archived"
    with _client_answering(body) as client:
        response = client.create_and_send_invoice_detailed(draft_body())
    status = response.parsed.invoice.status
    assert isinstance(status, InvoiceStatus)
    assert status == "archived"
    assert status.value == "archived"
    assert not status.is_known
    assert InvoiceStatus.DRAFT.is_known
    assert status not in set(InvoiceStatus)
    assert response.parsed.to_dict()["invoice"]["status"] == "archived"
    assert [problem.split(":")[0] for problem in response.problems] == ["invoice.status"]
    with pytest.raises(ValueError, match="archived"):
        InvoiceStatus("archived")  # only the decoder makes unknown members: a typo in a request is never sent


@pytest.mark.parametrize(
    ("pointer", "value", "path"),
    [
        (("invoice", "total"), "999", "invoice.total"),
        (("invoice", "total"), True, "invoice.total"),
        (("invoice", "liveMode"), "false", "invoice.liveMode"),
        (("invoice", "name"), 5, "invoice.name"),
        (("invoice", "issueDate"), "yesterday", "invoice.issueDate"),
        (("invoice", "issueDate"), "2025-05-28", "invoice.issueDate"),  # a date where a timestamp belongs
        (("invoice", "invoiceItems"), {"0": {}}, "invoice.invoiceItems"),
        (("invoice", "invoiceItems", 0, "amount"), "1", "invoice.invoiceItems[0].amount"),
        (("invoice", "contactDetails"), "Alex", "invoice.contactDetails"),
    ],
)
def test_a_breach_below_the_top_level_is_tolerated_and_named(
    pointer: tuple[str | int, ...], value: object, path: str
) -> None:
    body = live_body()
    _set(body, pointer, value)
    with _client_answering(body) as client:
        response = client.create_and_send_invoice_detailed(draft_body())
    assert [problem.split(": ")[0] for problem in response.problems] == [path]
    assert response.parsed.invoice.id == LIVE_ID
    with _client_answering(body, strict=True) as client, pytest.raises(ResponseValidationError) as caught:
        client.create_and_send_invoice(draft_body())
    assert caught.value.path == path
    assert path in str(caught.value)


@pytest.mark.parametrize("missing", [("invoice", "total"), ("invoice", "invoiceItems", 0, "_id"), ("invoice", "_id")])
def test_a_missing_documented_field_reads_as_unset(missing: tuple[str | int, ...]) -> None:
    body = live_body()
    _delete(body, missing)
    expected = ".".join(str(step) for step in missing).replace(".0.", "[0].")
    parsed, problems = decode(Text2PayInvoiceResponse.from_dict, body)
    assert [(problem.path, problem.reason) for problem in problems] == [(expected, "required field is missing")]
    assert parsed.invoice.invoice_number == "1001"
    with pytest.raises(DecodeError, match="required field is missing") as caught:
        Text2PayInvoiceResponse.from_dict(body)  # a bare from_dict reads strictly
    assert caught.value.path == expected


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda body: body.update(invoiceUrl=None), "invoiceUrl"),
        (lambda body: body.pop("invoiceUrl"), "invoiceUrl"),
        (lambda body: body.update(invoice=[]), "invoice"),
        (lambda body: body.pop("invoice"), "invoice"),
    ],
)
def test_an_unusable_top_level_raises_with_the_raw_body_and_what_could_be_read(change: Any, path: str) -> None:
    body = live_body()
    change(body)
    with _client_answering(body) as client, pytest.raises(ResponseValidationError) as caught:
        client.create_and_send_invoice(draft_body())
    error = caught.value
    assert error.path == path
    assert error.status_code == 200
    assert json.loads(error.content) == body
    assert error.body == body
    assert isinstance(error.partial, Text2PayInvoiceResponse)
    if path == "invoiceUrl":  # the invoice exists: its id and number are still at hand
        assert error.partial.invoice.id == LIVE_ID
        assert error.partial.invoice.invoice_number == "1001"


@pytest.mark.parametrize("content", [b"", b"not json", b'{"invoice": {"_id": LIVE_ID', b"[]"])
def test_a_body_that_is_no_object_raises_and_keeps_the_bytes(content: bytes) -> None:
    transport = httpx.MockTransport(lambda _r: httpx.Response(200, content=content))
    with HighLevelInvoices("t", transport=transport) as client, pytest.raises(ResponseValidationError) as caught:
        client.create_and_send_invoice(draft_body())
    assert caught.value.content == content
    assert caught.value.partial is None


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(
    field=st.sampled_from(["total", "invoiceNumber", "invoiceItems", "status", "createdAt", "contactDetails", "title"]),
    value=_json,
)
def test_any_value_in_any_invoice_field_never_loses_the_invoice(field: str, value: object) -> None:
    body = live_body()
    body["invoice"][field] = value
    parsed, problems = decode(Text2PayInvoiceResponse.from_dict, body)
    assert parsed.invoice.id == LIVE_ID
    assert [str(p) for p in problems if not p.path.startswith(f"invoice.{field}")] == []
    path = ""
    try:
        Text2PayInvoiceResponse.from_dict(copy.deepcopy(body))
    except DecodeError as exc:  # anything else (KeyError, TypeError, ...) fails the test
        path = exc.path
    assert path == "" or path.startswith(f"invoice.{field}")


@settings(derandomize=True, max_examples=100, deadline=None)
@given(body=_json)
def test_any_body_returns_the_model_or_raises_a_client_error(body: object) -> None:
    with _client_answering(body) as client:
        try:
            result = client.generate_invoice_number(alt_id="loc")
        except HighLevelError:
            return
    assert isinstance(result, NextInvoiceNumber)
