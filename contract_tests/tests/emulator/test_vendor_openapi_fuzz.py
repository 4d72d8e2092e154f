"""The vendor's own OpenAPI (the 2025-08-13 copy in spec/vendor/) fuzzed against the emulator: no 5xx, ever.

Schemathesis generates positive and negative data for each of the emulator's invoice operations from the file
the vendor publishes (not from our curated spec), with the location pinned to the token's and the invoice id,
most of the time, to an invoice of each status, so cases reach validation, the handlers and the state machine.
Every answer must be JSON; every refusal a vendor-shaped `{statusCode, message}`.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode

from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

VENDOR_SPEC = Path(__file__).resolve().parents[3] / "spec" / "vendor" / "apps" / "invoices.2025-08-13.json"
UNLIMITED = RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9)

# (path, method, cases per generation mode): request bodies cost more to generate than queries.
OPERATIONS = [
    ("/invoices/", "POST", 50),
    ("/invoices/", "GET", 80),
    ("/invoices/{invoiceId}", "GET", 40),
    ("/invoices/{invoiceId}", "PUT", 50),
    ("/invoices/{invoiceId}", "DELETE", 30),
    ("/invoices/{invoiceId}/send", "POST", 50),
    ("/invoices/{invoiceId}/record-payment", "POST", 50),
    ("/invoices/{invoiceId}/void", "POST", 30),
    ("/invoices/text2pay", "POST", 20),
    ("/invoices/generate-invoice-number", "GET", 20),
]


def _without_external_refs(node: Any) -> Any:
    """The vendor's error bodies live in a file it does not publish beside this one: leave them unconstrained."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return {}
        return {key: _without_external_refs(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_without_external_refs(value) for value in node]
    return node


def vendor_document() -> dict[str, Any]:
    document: dict[str, Any] = _without_external_refs(json.loads(VENDOR_SPEC.read_text(encoding="utf-8")))
    return document


DAY = r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$"
DATES = frozenset({"issueDate", "dueDate", "startAt", "endAt"})


def _sharpened(node: Any, name: str = "") -> Any:
    """The vendor's file with what its pages say in words: YYYY-MM-DD dates, digit-string pages, emails, and no
    property it does not list, so that positive cases get past validation to the handlers."""
    if isinstance(node, list):
        return [_sharpened(value, name) for value in node]
    if not isinstance(node, dict):
        return node
    result = {
        key: _sharpened(value, key if key not in ("properties", "items", "schema") else name)
        for key, value in node.items()
    }
    properties = node.get("properties")
    if isinstance(properties, dict):
        result["properties"] = {key: _sharpened(value, key) for key, value in properties.items()}
        result["additionalProperties"] = False
    if node.get("type") == "string":
        if name in DATES:
            result["pattern"] = DAY
        elif name in ("limit", "offset"):
            result["pattern"] = r"^[0-9]{1,3}$"
        elif name == "fulfilledAt":
            result["pattern"] = r"^20[0-9]{2}-0[1-9]-1[0-9]T0[0-9]:[0-5][0-9]:00\.000Z$"
        elif name in ("email", "emailCc", "emailBcc", "fromEmail"):
            result["pattern"] = r"^[a-z]{1,8}@example\.com$"
    return result


def _sharpened_document() -> dict[str, Any]:
    document = vendor_document()
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                parameter["schema"] = _sharpened(parameter.get("schema", {}), parameter["name"])
    document["components"]["schemas"] = _sharpened(document["components"]["schemas"])
    return document


@pytest.fixture(scope="module")
def documents() -> dict[GenerationMode, dict[str, Any]]:
    """Negative data from the vendor's file as published; positive data from its sharpened twin."""
    return {GenerationMode.NEGATIVE: vendor_document(), GenerationMode.POSITIVE: _sharpened_document()}


@pytest.fixture(scope="module")
def counts() -> Counter[str]:
    return Counter()


def _pin_location(container: object) -> None:
    if isinstance(container, dict) and isinstance(container.get("altId"), str):
        container["altId"] = MAIN_LOCATION_ID


def _invoices(app: Any) -> list[str]:
    """One invoice in each status the state machine knows (sent first: Hypothesis favours the first pick, and a
    sent invoice takes every transition), made through the emulator's own service."""
    service = emulator_state(app).service
    body = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Fuzz",
        "businessDetails": {},
        "currency": "USD",
        "items": [{"name": "A", "currency": "USD", "amount": 100, "qty": 1}],
        "discount": {"type": "percentage", "value": 0},
        "contactDetails": {"id": "c", "name": "n", "phoneNo": "p", "email": "a@example.com"},
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["a@example.com"]},
        "liveMode": False,
    }
    ids = [str(service.create(body, None)["_id"]) for _ in range(5)]
    where = {"altId": MAIN_LOCATION_ID, "altType": "location"}
    send = {**where, "userId": "u", "action": "send_manually", "liveMode": False}
    for invoice_id in ids[1:]:
        service.send(send, invoice_id)
    service.record_payment({**where, "mode": "cash", "amount": 40}, ids[2])
    service.record_payment({**where, "mode": "cash"}, ids[3])
    service.void(MAIN_LOCATION_ID, ids[4])
    return [*ids[1:], ids[0]]


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
@pytest.mark.parametrize("target", OPERATIONS, ids=[f"{m} {p}" for p, m, _ in OPERATIONS])
def test_no_server_errors_on_the_vendors_own_openapi(
    documents: dict[GenerationMode, dict[str, Any]],
    target: tuple[str, str, int],
    mode: GenerationMode,
    counts: Counter[str],
) -> None:
    path, method, cases = target
    app = create_app(rate_limit=UNLIMITED)
    invoice_ids = _invoices(app)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(documents[mode]))
    schema.app = app
    operation = schema[path][method]
    headers = {"Authorization": f"Bearer {LOCATION_TOKEN}"}
    failures: list[str] = []

    @hypothesis.settings(
        max_examples=cases,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode), pick=st.integers(0, 5))
    def fuzz(case: Case[Any], pick: int) -> None:
        _pin_location(case.query)
        _pin_location(case.body)
        if case.path_parameters and "invoiceId" in case.path_parameters and pick < len(invoice_ids):
            case.path_parameters["invoiceId"] = invoice_ids[pick]
        response = case.call(headers=headers)
        counts[f"{method} {path} {mode.value}"] += 1
        content_type = response.headers.get("content-type", [""])[0]
        problem = _problem(response.status_code, content_type, response.content)
        if problem:
            failures.append(f"{problem}: {case.as_curl_command()[:400]}")

    fuzz()
    assert failures == []
    assert counts[f"{method} {path} {mode.value}"] >= cases * 0.9


def _problem(status: int, content_type: str, content: bytes) -> str | None:
    if status >= 500:
        return f"{status} {content[:200]!r}"
    if not content_type.startswith("application/json"):
        return f"{status} with {content_type!r}"
    payload = json.loads(content)
    if status >= 400:
        message = payload.get("message") if isinstance(payload, dict) else None
        if not isinstance(payload, dict) or payload.get("statusCode") != status or not message:
            return f"{status} not vendor-shaped: {content[:200]!r}"
    return None


def test_the_problem_check_itself() -> None:
    assert _problem(500, "application/json", b'{"statusCode":500,"message":"x"}') is not None
    assert _problem(400, "text/html", b"<p>") is not None
    assert _problem(422, "application/json", b'{"statusCode":400,"message":["x"]}') is not None
    assert _problem(422, "application/json", b'{"statusCode":422,"message":["x"]}') is None
    assert _problem(200, "application/json; charset=utf-8", b"{}") is None
