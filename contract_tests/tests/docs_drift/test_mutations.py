"""Each class of change to the vendor's file is reported as its class, naming the place and both values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from contract_tests.docs_drift.compare import Finding, compare
from contract_tests.tests.docs_drift.conftest import load_common

Mutation = Callable[[dict[str, Any]], None]
T2P = "POST /invoices/text2pay"
GIN = "GET /invoices/generate-invoice-number"


def _schema(vendor: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = vendor["components"]["schemas"][name]
    return schema


def add_field(vendor: dict[str, Any]) -> None:
    _schema(vendor, "Text2PayDto")["properties"]["purchaseOrder"] = {"type": "string", "example": "PO-7"}


def remove_field(vendor: dict[str, Any]) -> None:
    del _schema(vendor, "Text2PayDto")["properties"]["termsNotes"]


def retype_field(vendor: dict[str, Any]) -> None:
    _schema(vendor, "InvoiceItemDto")["properties"]["qty"]["type"] = "string"


def make_required(vendor: dict[str, Any]) -> None:
    _schema(vendor, "Text2PayDto")["required"].append("title")


def add_enum_value(vendor: dict[str, Any]) -> None:
    _schema(vendor, "Text2PayDto")["properties"]["action"]["enum"].append("schedule")


def remove_enum_value(vendor: dict[str, Any]) -> None:
    _schema(vendor, "PaymentScheduleDto")["properties"]["type"]["enum"].remove("fixed")


def change_example(vendor: dict[str, Any]) -> None:
    _schema(vendor, "Text2PayDto")["properties"]["invoiceNumber"]["example"] = "2002"


def remove_default(vendor: dict[str, Any]) -> None:
    del _schema(vendor, "DiscountDto")["properties"]["value"]["default"]


def add_status_code(vendor: dict[str, Any]) -> None:
    vendor["paths"]["/invoices/text2pay"]["post"]["responses"]["409"] = {"description": "Conflict"}


def change_scope(vendor: dict[str, Any]) -> None:
    vendor["paths"]["/invoices/generate-invoice-number"]["get"]["security"] = [{"Location-Access": ["invoices.write"]}]


def fix_invoice_number_type(vendor: dict[str, Any]) -> None:
    """The vendor fixes what gin-invoice-number-type records: the number becomes a string, like its example."""
    _schema(vendor, "GenerateInvoiceNumberResponseDto")["properties"]["invoiceNumber"]["type"] = "string"


def document_status_403(vendor: dict[str, Any]) -> None:
    """The vendor documents the 403 that the rule undocumented-403 records as missing on every operation."""
    vendor["paths"]["/invoices/text2pay"]["post"]["responses"]["403"] = {"description": "Forbidden"}


def type_misc_charges(vendor: dict[str, Any]) -> None:
    """The vendor gives `charges` a usable item type: the vendor-docs claim of t2p-misc-charges-item-type fails."""
    _schema(vendor, "ProcessingFeeDto")["properties"]["charges"]["items"] = {"type": "object"}


class Case(NamedTuple):
    name: str
    mutation: Mutation
    klass: str
    path: str
    entry: str | None = None


CASES = [
    Case("field added", add_field, "new-in-docs", f"{T2P} request/purchaseOrder: present"),
    Case("field removed", remove_field, "new-in-docs", f"{T2P} request/termsNotes: present"),
    Case("field retyped", retype_field, "new-in-docs", f"{T2P} request/items/[]/qty: type"),
    Case("field made required", make_required, "new-in-docs", f"{T2P} request/title: required"),
    Case("enum value added", add_enum_value, "new-in-docs", f"{T2P} request/action: enum"),
    Case("enum value removed", remove_enum_value, "new-in-docs", f"{T2P} request/paymentSchedule/type: enum"),
    Case("example changed", change_example, "new-in-docs", f"{T2P} request/invoiceNumber: example"),
    Case("default removed", remove_default, "new-in-docs", f"{T2P} request/discount/value: default"),
    Case("status code added", add_status_code, "new-in-docs", f"{T2P} response 409: present"),
    Case("scope changed", change_scope, "new-in-docs", f"{GIN} security: scopes"),
    Case(
        "documented claim fixed",
        fix_invoice_number_type,
        "fixed-in-docs",
        f"{GIN} response 200/invoiceNumber: type",
        "gin-invoice-number-type",
    ),
    Case(
        "undocumented status documented",
        document_status_403,
        "fixed-in-docs",
        f"{T2P} response 403: present",
        "undocumented-403",
    ),
    Case(
        "docs-only claim fixed",
        type_misc_charges,
        "fixed-in-docs",
        "vendor file /components/schemas/ProcessingFeeDto/properties/charges/items/type",
        "t2p-misc-charges-item-type",
    ),
]


def _failing(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.klass in {"new-in-docs", "fixed-in-docs"}]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_class_of_change_is_reported_as_its_class(
    curated: dict[str, Any], vendor: dict[str, Any], case: Case
) -> None:
    case.mutation(vendor)
    result = compare(curated, vendor, load_external=load_common)
    failing = _failing(result.findings)
    found = [(f.klass, f.path, f.entry) for f in failing if f.path == case.path]
    assert found == [(case.klass, case.path, case.entry)], failing
    assert result.status == case.klass
    assert result.exit_code == 1
    finding = next(f for f in failing if f.path == case.path)
    assert finding.documented != finding.vendor


def test_a_new_field_is_one_finding_naming_both_values(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    add_field(vendor)
    failing = _failing(compare(curated, vendor, load_external=load_common).findings)
    assert len(failing) == 1
    assert "absent" in failing[0].message
    assert failing[0].vendor is True


def test_a_changed_description_is_cosmetic(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    _schema(vendor, "Text2PayDto")["properties"]["name"]["description"] = "The invoice's name"
    result = compare(curated, vendor, load_external=load_common)
    assert (result.status, result.exit_code) == ("ok", 0)
    assert any(f.path == f"{T2P} request/name: description" for f in result.of_class("cosmetic"))


def test_a_removed_operation_is_one_finding(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    del vendor["paths"]["/invoices/{invoiceId}"]["delete"]
    failing = _failing(compare(curated, vendor, load_external=load_common).findings)
    assert [f.path for f in failing if f.klass == "new-in-docs"] == ["DELETE /invoices/{invoiceId} operation: present"]
    # Besides, the claims the delete operation's entries make on the vendor's file fail.
    claims = [f for f in failing if f.klass == "fixed-in-docs"]
    assert claims
    assert all(f.path.startswith("vendor file /paths/~1invoices~1{invoiceId}/delete") for f in claims)


def test_a_response_field_made_optional_fixes_a_recorded_contradiction(
    curated: dict[str, Any], vendor: dict[str, Any]
) -> None:
    """invoice-required-unlike-request claims the response requires `dueDate`; the vendor relaxing it shows."""
    _schema(vendor, "DefaultInvoiceResponseDto")["required"].remove("dueDate")
    result = compare(curated, vendor, load_external=load_common)
    assert result.status != "ok"
    fixed = [f for f in result.of_class("fixed-in-docs") if f.entry == "invoice-required-unlike-request"]
    assert [f.path for f in fixed] == ["vendor file /components/schemas/DefaultInvoiceResponseDto/required"]
