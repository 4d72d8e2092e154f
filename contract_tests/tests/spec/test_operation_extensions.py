"""The client facts the spec states as `x-` extensions: read from the curated spec, and a malformed one refused."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.codegen.operation_extensions import ExtensionError, read_document, read_operation
from contract_tests.record import load_spec


def test_the_curated_spec_states_the_facts_of_its_operations() -> None:
    facts = read_document(load_spec())
    stated = {
        name: (facts[name]["method_name"], facts[name]["resend"], facts[name]["location"]["in"])
        for name in ("generateInvoiceNumber", "createAndSendInvoice", "deleteInvoice")
    }
    assert stated == {
        "generateInvoiceNumber": ("generate_number", "always", ["query"]),
        "createAndSendInvoice": ("text2pay", "opt-in", ["body"]),
        "deleteInvoice": ("delete", "always", ["body", "query"]),
    }
    assert facts["deleteInvoice"]["path"] == "/invoices/{invoiceId}"


def test_an_operation_without_extensions_has_no_facts() -> None:
    assert read_operation({}, "GET /x") == {"method_name": None, "resend": None, "location": None, "pagination": None}


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ({"x-resend": "sometimes"}, "x-resend: expected one of always, never, opt-in"),
        ({"x-client-method": "text 2 pay"}, "is not a Python identifier"),
        ({"x-client-method": "import os; x"}, "is not a Python identifier"),
        ({"x-client-method": "class"}, "is not a Python identifier"),
        ({"x-location": "query"}, "expected a mapping with exactly `in`, `id` and `type`"),
        ({"x-location": {"in": ["header"], "id": "altId", "type": "altType"}}, "expected one or more of query, body"),
        ({"x-location": {"in": [], "id": "altId", "type": "altType"}}, "expected one or more of query, body"),
        ({"x-pagination": {"items": "pets"}}, "expected a mapping with exactly"),
        (
            {"x-pagination": {"items": "a", "total": "b", "limit": "c", "offset": "d", "page-size": 0}},
            "page-size: expected a positive integer",
        ),
    ],
)
def test_a_malformed_extension_fails_generation(operation: dict[str, Any], message: str) -> None:
    with pytest.raises(ExtensionError, match="GET /x") as caught:
        read_operation(operation, "GET /x")
    assert message in str(caught.value)
