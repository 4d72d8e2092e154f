"""Tolerant, honest parsing: str invoice numbers, unknown fields kept, spec breaches reported with their path."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from highlevel_invoices import HighLevelError, HighLevelInvoices, ResponseValidationError
from highlevel_invoices.decoding import DecodeError
from highlevel_invoices.models import NextInvoiceNumber, Text2PayInvoiceResponse
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.tests.client.conftest import draft_body


def _client_answering(body: object) -> HighLevelInvoices:
    content = json.dumps(body).encode()
    return HighLevelInvoices("t", transport=httpx.MockTransport(lambda _r: httpx.Response(200, content=content)))


def _created(client: HighLevelInvoices) -> dict[str, Any]:
    response = client.create_and_send_invoice_detailed(draft_body())
    body = json.loads(response.content)
    assert isinstance(body, dict)
    return body


@pytest.fixture
def created_body(client: HighLevelInvoices) -> dict[str, Any]:
    """A real text2pay answer of the emulator."""
    return _created(client)


@pytest.mark.parametrize("wire", ["19", 19, 0, "0007"])
def test_invoice_number_is_always_a_string(wire: object) -> None:
    with _client_answering({"invoiceNumber": wire}) as client:
        number = client.generate_invoice_number(alt_id="loc").invoice_number
    assert number == str(wire)
    assert isinstance(number, str)


@pytest.mark.parametrize("wire", [19.5, True, None, [], {}])
def test_invoice_number_of_another_type_is_a_validation_error(wire: object) -> None:
    with _client_answering({"invoiceNumber": wire}) as client, pytest.raises(ResponseValidationError) as caught:
        client.generate_invoice_number(alt_id="loc")
    assert caught.value.path == "invoiceNumber"


def test_invoice_number_in_the_created_invoice(created_body: dict[str, Any]) -> None:
    for wire in (created_body["invoice"]["invoiceNumber"], 1001, "1001"):
        created_body["invoice"]["invoiceNumber"] = wire
        assert Text2PayInvoiceResponse.from_dict(created_body).invoice.invoice_number == str(wire)


def test_unknown_fields_are_kept(created_body: dict[str, Any]) -> None:
    created_body["newTopLevel"] = {"a": 1}
    created_body["invoice"]["newField"] = [1, 2]
    parsed = Text2PayInvoiceResponse.from_dict(created_body)
    assert parsed["newTopLevel"] == {"a": 1}
    assert parsed.invoice["newField"] == [1, 2]
    assert parsed.to_dict()["invoice"]["newField"] == [1, 2]


@pytest.mark.parametrize(
    ("pointer", "value", "path"),
    [
        (("invoice", "total"), "999", "invoice.total"),
        (("invoice", "total"), True, "invoice.total"),
        (("invoice", "liveMode"), "false", "invoice.liveMode"),
        (("invoice", "name"), 5, "invoice.name"),
        (("invoice", "status"), "archived", "invoice.status"),
        (("invoice", "issueDate"), "yesterday", "invoice.issueDate"),
        (("invoice", "invoiceItems"), {"0": {}}, "invoice.invoiceItems"),
        (("invoice", "invoiceItems", 0, "amount"), "1", "invoice.invoiceItems[0].amount"),
        (("invoice", "contactDetails"), "Alex", "invoice.contactDetails"),
        (("invoice",), [], "invoice"),
        (("invoiceUrl",), None, "invoiceUrl"),
    ],
)
def test_spec_breaches_name_the_field(
    created_body: dict[str, Any], pointer: tuple[str | int, ...], value: object, path: str
) -> None:
    target: Any = created_body
    for step in pointer[:-1]:
        target = target[step]
    target[pointer[-1]] = value
    with _client_answering(created_body) as client, pytest.raises(ResponseValidationError) as caught:
        client.create_and_send_invoice(draft_body())
    assert caught.value.path == path
    assert path in str(caught.value)


@pytest.mark.parametrize("missing", [("invoice", "total"), ("invoiceUrl",), ("invoice", "invoiceItems", 0, "_id")])
def test_missing_required_field(created_body: dict[str, Any], missing: tuple[str | int, ...]) -> None:
    target: Any = created_body
    for step in missing[:-1]:
        target = target[step]
    del target[missing[-1]]
    with pytest.raises(DecodeError, match="required field is missing") as caught:
        Text2PayInvoiceResponse.from_dict(created_body)
    expected = ".".join(str(step) for step in missing).replace(".0.", "[0].")
    assert caught.value.path == expected


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(
    field=st.sampled_from(["total", "invoiceNumber", "invoiceItems", "status", "createdAt", "contactDetails"]),
    value=_json,
)
def test_any_value_in_any_field_decodes_or_raises_decode_error(field: str, value: object) -> None:
    body = copy.deepcopy(_SAMPLE)
    body["invoice"][field] = value
    path = ""
    try:
        Text2PayInvoiceResponse.from_dict(body)
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


_SAMPLE: dict[str, Any] = {
    "invoice": {
        "_id": "6578278e879ad2646715ba9c",
        "status": "draft",
        "liveMode": False,
        "amountPaid": 0,
        "altId": "ve9EPM428h8vShlRW1KT",
        "altType": "location",
        "name": "New Invoice",
        "businessDetails": {"name": "ABC Corp."},
        "invoiceNumber": "19",
        "currency": "USD",
        "contactDetails": {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Alex"},
        "issueDate": "2023-01-01",
        "dueDate": "2023-01-14",
        "invoiceItems": [{"_id": "a", "name": "ABC", "currency": "USD", "amount": 999, "qty": 1}],
        "total": 999,
        "title": "INVOICE",
        "amountDue": 999,
        "createdAt": "2023-12-12T09:27:42.355Z",
        "updatedAt": "2023-12-12T09:27:42.355Z",
    },
    "invoiceUrl": "https://link.fastpaydirect.com/l/Xw3vB9kQ2p",
}


def test_sample_is_valid() -> None:
    assert Text2PayInvoiceResponse.from_dict(_SAMPLE).invoice.total == 999
