"""The shortcuts taken for speed give exactly what the general, checked paths give.

The generated decoders skip a call when a JSON value already has the exact type wanted, the pacer reads only the
three X-RateLimit-* figures it needs, and the models bind each other at the end of their modules. Each is checked
here against the general path it stands in for.
"""

from __future__ import annotations

import copy
import datetime
import enum
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_invoices.decoding import DecodeError, parse_date, parse_datetime, parse_enum
from highlevel_invoices.models import InvoiceDiscount, InvoiceStatus, Text2PayInvoiceResponse
from highlevel_invoices.ratelimit import RateLimitHeaders, pacing_limits
from hypothesis import given, settings
from hypothesis import strategies as st

GENERATED = Path(__file__).resolve().parents[3] / "generated"

_RATE_NAMES = [
    "X-RateLimit-Max",
    "x-ratelimit-remaining",
    "X-RATELIMIT-INTERVAL-MILLISECONDS",
    "X-RateLimit-Limit-Daily",
    "Retry-After",
    "Date",
]
_RATE_VALUES = ["10", " 7 ", "0", "-3", "1_000", "ten", "", "\xa012", "1e3", "10000"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_RATE_NAMES), st.sampled_from(_RATE_VALUES)), max_size=8))
def test_pacing_limits_match_the_full_reading(pairs: list[tuple[str, str]]) -> None:
    headers = httpx.Headers([(name.encode("latin-1"), value.encode("latin-1")) for name, value in pairs])
    full = RateLimitHeaders.from_headers(headers)
    expected = (full.max, full.remaining, full.interval_ms)
    assert pacing_limits(headers) == expected
    plain: dict[str, str] = {}
    for name, value in pairs:
        plain.setdefault(name, value)
    full_plain = RateLimitHeaders.from_headers(plain)
    assert pacing_limits(plain) == (full_plain.max, full_plain.remaining, full_plain.interval_ms)


def test_pacing_limits_take_the_first_of_repeated_headers() -> None:
    headers = httpx.Headers([("X-RateLimit-Max", "5"), ("x-ratelimit-max", "9"), ("X-RateLimit-Remaining", "x")])
    assert pacing_limits(headers) == (5, None, None)
    assert pacing_limits(httpx.Headers()) == (None, None, None)


class _Str(str):
    pass


class _Int(int):
    pass


def _invoice_body() -> dict[str, Any]:
    return {
        "invoice": {
            "_id": "i1",
            "status": "draft",
            "liveMode": False,
            "amountPaid": 0,
            "altId": "loc",
            "altType": "location",
            "name": "N",
            "businessDetails": {"name": None, "phoneNo": "1"},
            "invoiceNumber": 7,
            "currency": "USD",
            "contactDetails": {},
            "issueDate": "2024-01-01T07:00:00.000Z",
            "dueDate": "2024-01-03T06:59:59.999Z",
            "invoiceItems": [{"_id": "l1", "name": "W", "currency": "USD", "amount": 1.5, "qty": 2}],
            "total": 3.0,
            "title": "INVOICE",
            "amountDue": 3,
            "createdAt": "2024-01-01T00:00:00.000Z",
            "updatedAt": "2024-01-01T00:00:00+00:00",
            "discount": {"type": "percentage", "value": None},
            "automaticTaxesEnabled": True,
            "extra": {"kept": [1]},
        },
        "invoiceUrl": "https://example.com/i",
    }


def test_exact_and_subclassed_values_decode_alike() -> None:
    exact = Text2PayInvoiceResponse.from_dict(_invoice_body())
    body = _invoice_body()
    invoice = body["invoice"]
    invoice["_id"] = _Str("i1")
    invoice["amountPaid"] = _Int(0)
    invoice["invoiceNumber"] = _Int(7)
    invoice["businessDetails"]["phoneNo"] = _Str("1")
    subclassed = Text2PayInvoiceResponse.from_dict(body)
    assert subclassed.to_dict() == exact.to_dict()
    assert exact.invoice.invoice_number == "7"
    assert isinstance(exact.invoice.discount, InvoiceDiscount)
    assert exact.invoice.discount.value is None
    assert exact.invoice.additional_properties == {"extra": {"kept": [1]}}


def test_additional_properties_are_a_copy() -> None:
    body = _invoice_body()
    parsed = Text2PayInvoiceResponse.from_dict(body)
    parsed.invoice.additional_properties["new"] = 1
    assert "new" not in body["invoice"]
    assert body == _invoice_body()  # the input is left as it was


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("_id",), 1, "_id: expected a string, got an integer"),
        (("liveMode",), 0, "liveMode: expected a boolean, got an integer"),
        (("amountPaid",), True, "amountPaid: expected a number, got a boolean"),
        (("amountPaid",), "0", "amountPaid: expected a number, got a string"),
        (("invoiceNumber",), True, "invoiceNumber: expected a string or an integer, got a boolean"),
        (("status",), "Draft", "status: unexpected value 'Draft'"),
        (("status",), 1, "status: unexpected value 1"),
        (("status",), [], "status: unexpected value an array"),
        (("issueDate",), 20240101, "issueDate: expected a string, got an integer"),
        (("issueDate",), "01/01/2024", "issueDate: expected an ISO 8601 date"),
        (("discount", "value"), "5", "discount.value: matches none of the allowed forms"),
        (("automaticTaxesEnabled",), None, "automaticTaxesEnabled: expected a boolean, got null"),
        (("businessDetails", "phoneNo"), 5, "businessDetails.phoneNo: matches none of the allowed forms"),
    ],
)
def test_breaches_are_reported_as_before(path: tuple[str, ...], value: object, message: str) -> None:
    body = _invoice_body()
    target = body["invoice"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(DecodeError) as caught:
        Text2PayInvoiceResponse.from_dict(body)
    assert caught.value.path == "invoice." + ".".join(path)
    assert str(caught.value).startswith("invoice." + message)


@pytest.mark.parametrize("missing", ["_id", "liveMode", "amountPaid", "invoiceNumber", "status", "invoiceItems"])
def test_missing_required_fields_are_reported_whatever_the_shortcut(missing: str) -> None:
    body = _invoice_body()
    del body["invoice"][missing]
    with pytest.raises(DecodeError, match="required field is missing") as caught:
        Text2PayInvoiceResponse.from_dict(body)
    assert caught.value.path == f"invoice.{missing}"


class _Plain(enum.Enum):
    ONE = 1
    TRUE_NAME = "x"


def test_parse_enum_shortcut_agrees_with_the_enum() -> None:
    for member in InvoiceStatus:
        assert parse_enum(InvoiceStatus, member.value) is member
        assert parse_enum(InvoiceStatus, _Str(member.value)) is member
    assert parse_enum(_Plain, 1) is _Plain.ONE
    assert parse_enum(_Plain, True) is _Plain(True)  # bool takes the general path, with the enum's own answer
    assert parse_enum(_Plain, "x") is _Plain.TRUE_NAME
    bad_values: list[object] = ["ONE", 2, None, [], {"a": 1}]
    for bad in bad_values:
        with pytest.raises(DecodeError, match="unexpected value"):
            parse_enum(_Plain, bad)


def test_date_shortcut_agrees_with_the_checked_path() -> None:
    assert parse_date("2024-02-29") == datetime.date(2024, 2, 29)
    assert parse_date(_Str("2024-02-29")) == datetime.date(2024, 2, 29)
    assert parse_datetime("2024-02-29T01:02:03Z") == datetime.datetime(2024, 2, 29, 1, 2, 3, tzinfo=datetime.UTC)
    for bad, reason in ((5, "expected a string"), ("2024-13-01", "ISO 8601 date")):
        with pytest.raises(DecodeError, match=reason):
            parse_date(bad)


def test_discount_nullable_number_shortcut() -> None:
    for wire, expected in ((None, None), (0, 0), (2.5, 2.5), (_Int(3), 3)):
        parsed = InvoiceDiscount.from_dict({"type": "fixed", "value": wire})
        assert parsed.value == expected
    with pytest.raises(DecodeError):
        InvoiceDiscount.from_dict({"type": "fixed", "value": False})
    body = {"type": "fixed", "value": 1}
    assert InvoiceDiscount.from_dict(copy.deepcopy(body)).to_dict() == body


def _model_modules() -> list[str]:
    models = GENERATED / "highlevel_invoices" / "models"
    return sorted(
        f"highlevel_invoices.models.{path.stem}"
        for path in models.glob("*.py")
        if path.stem != "__init__" and "if not TYPE_CHECKING:" in path.read_text()
    )


def test_models_bound_at_the_end_import_first_in_any_order() -> None:
    """A model module imported on its own, before the package's others, still binds the models it refers to."""
    modules = _model_modules()
    assert modules
    script = (
        "import importlib, sys\n"
        "name = sys.argv[1]\n"
        "module = importlib.import_module(name)\n"
        "cls = [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name][0]\n"
        "assert callable(cls.from_dict)\n"
    )
    for name in modules:
        result = subprocess.run(
            [sys.executable, "-c", script, name],
            cwd=GENERATED,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{name}: {result.stderr}"
