"""Against the vendor's 2025-08-13 file every difference is explained: the record is complete."""

from __future__ import annotations

import json
from typing import Any

from contract_tests.docs_drift.compare import compare
from contract_tests.docs_drift.facts import NAME_ASPECT, flatten, operations_of
from contract_tests.record import DOCS_PROOF_KIND, as_documented, discrepancies
from contract_tests.tests.docs_drift.conftest import COMMON_REFERENCE, load_common


def test_the_baseline_has_no_unexplained_difference(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    result = compare(curated, vendor, load_external=load_common)
    failing = [
        f"{f.klass} {f.path}: {f.message}" for f in result.findings if f.klass in {"new-in-docs", "fixed-in-docs"}
    ]
    assert failing == []
    assert (result.status, result.exit_code) == ("ok", 0)
    assert set(result.operations) == {
        "GET /invoices/generate-invoice-number",
        "POST /invoices/text2pay",
        "DELETE /invoices/{invoiceId}",
        "POST /invoices/",
        "GET /invoices/{invoiceId}",
        "GET /invoices/",
        "PUT /invoices/{invoiceId}",
        "POST /invoices/{invoiceId}/send",
        "POST /invoices/{invoiceId}/record-payment",
        "POST /invoices/{invoiceId}/void",
    }
    # Every path prints whole: the operation's own path, its parameters named.
    assert all("{}" not in f.path for f in result.findings)


def test_every_entry_is_seen_by_the_comparison(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """Each entry explains at least one difference, or proves a claim on the vendor's file: none is dead weight."""
    result = compare(curated, vendor, load_external=load_common)
    explaining = {f.entry for f in result.findings if f.klass == "expected"}
    entries = discrepancies(curated)
    claiming = {e.id for e in entries if e.proof["kind"] == DOCS_PROOF_KIND}
    unseen = sorted(e.id for e in entries if e.id not in explaining | claiming)
    assert unseen == []
    assert (result.not_compared, result.unchecked_entries, result.unresolved) == ([], [], [])


def test_with_the_vendors_common_file_the_error_bodies_are_compared_and_explained(
    curated: dict[str, Any], vendor: dict[str, Any]
) -> None:
    """The copy of the vendor's common file (spec/vendor/common/) holds the error bodies; all are explained."""
    result = compare(curated, vendor, load_external=load_common)
    assert (result.status, result.not_compared, result.unchecked_entries) == ("ok", [], [])
    explaining = {f.entry for f in result.findings if f.klass == "expected"}
    assert "unauthorized-example" in explaining
    assert any(f.path.endswith("response 422/statusCode: type") for f in result.of_class("expected"))


def test_component_names_do_not_matter(vendor: dict[str, Any]) -> None:
    """Renaming a vendor DTO (and every reference to it) changes no fact but the cosmetic schema name."""
    operations = operations_of(vendor)
    before = flatten(vendor, operations)
    schemas = vendor["components"]["schemas"]
    schemas["RenamedTaxDto"] = schemas.pop("ItemTaxDto")
    vendor["components"]["schemas"]["InvoiceItemDto"]["properties"]["taxes"]["items"]["$ref"] = (
        "#/components/schemas/RenamedTaxDto"
    )
    after = flatten(vendor, operations)
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    assert changed
    assert {aspect for _, _, aspect in changed} == {NAME_ASPECT}


def test_an_unreadable_reference_makes_the_comparison_an_error(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """Bodies behind a `$ref` that cannot be read are not compared, and the comparison says so: exit 2, never OK,
    naming the reference (the claims on that file are unchecked too)."""
    result = compare(curated, vendor, load_external=lambda reference: None)
    assert (result.status, result.exit_code, result.unresolved) == ("error", 2, [COMMON_REFERENCE])
    assert any(COMMON_REFERENCE in note for note in result.not_compared)
    assert "unauthorized-example" in result.unchecked_entries
    assert not any(f.path.endswith("response 401/statusCode: type") for f in result.findings)


def test_component_names_are_matched_not_compared(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """The comparison pairs our components with the vendor's by the places both reach through them; no finding is
    ever about a name, so the curated spec names its components as it likes (and annotates none)."""
    result = compare(curated, vendor, load_external=load_common)
    assert not [f.path for f in result.findings if f.path.endswith(": schema name")]
    names = result.component_names
    assert names["Invoice"] == ["DefaultInvoiceResponseDto"]
    assert names["Text2PayInvoiceRequest"] == ["Text2PayDto"]
    assert names["NextInvoiceNumber"] == ["GenerateInvoiceNumberResponseDto"]
    assert "x-vendor-name" not in json.dumps(curated)


def test_renaming_our_component_changes_no_finding(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """A component of ours may take any name: the comparison follows the references, not the names."""
    before = compare(curated, vendor, load_external=load_common)
    schemas = curated["components"]["schemas"]
    schemas["SomethingElse"] = schemas.pop("ItemTax")
    curated["components"]["schemas"]["InvoiceItemInput"]["properties"]["taxes"]["items"]["$ref"] = (
        "#/components/schemas/SomethingElse"
    )
    after = compare(curated, vendor, load_external=load_common)
    assert [(f.klass, f.path, f.entry) for f in after.findings] == [(f.klass, f.path, f.entry) for f in before.findings]
    assert after.component_names["SomethingElse"] == ["ItemTaxDto"]


def test_a_vendor_rename_changes_no_finding_and_shows_in_the_names(
    curated: dict[str, Any], vendor: dict[str, Any]
) -> None:
    schemas = vendor["components"]["schemas"]
    schemas["TaxDto"] = schemas.pop("ItemTaxDto")
    schemas["InvoiceItemDto"]["properties"]["taxes"]["items"]["$ref"] = "#/components/schemas/TaxDto"
    result = compare(curated, vendor, load_external=load_common)
    assert result.status == "ok"
    assert result.component_names["ItemTax"] == ["TaxDto"]


def test_the_derivation_takes_the_vendors_names_without_clashing(curated: dict[str, Any]) -> None:
    documented = as_documented(curated, vendor_names={"Invoice": "DefaultInvoiceResponseDto"})
    schemas = documented["components"]["schemas"]
    assert "DefaultInvoiceResponseDto" in schemas
    assert "Invoice" not in schemas
    reference = schemas["Text2PayInvoiceResponse"]["properties"]["invoice"]["$ref"]
    assert reference == "#/components/schemas/DefaultInvoiceResponseDto"
    # Two of ours matched to one vendor name: the first takes it, the other keeps its own name.
    clashing = as_documented(curated, vendor_names={"Address": "SameDto", "InvoiceAddress": "SameDto"})
    names = set(clashing["components"]["schemas"])
    assert {"SameDto", "InvoiceAddress"} <= names
    assert "Address" not in names
