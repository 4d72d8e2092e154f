"""Against the vendor's 2025-08-13 file every difference is explained: the record is complete."""

from __future__ import annotations

import json
from typing import Any

from contract_tests.docs_drift.compare import compare
from contract_tests.docs_drift.facts import NAME_ASPECT, flatten, operations_of
from contract_tests.record import DOCS_PROOF_KIND, as_documented, discrepancies
from contract_tests.tests.docs_drift.conftest import COMMON_FROM_PAGES


def test_the_baseline_has_no_unexplained_difference(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    result = compare(curated, vendor)
    failing = [
        f"{f.klass} {f.path}: {f.message}" for f in result.findings if f.klass in {"new-in-docs", "fixed-in-docs"}
    ]
    assert failing == []
    assert (result.status, result.exit_code) == ("ok", 0)
    assert set(result.operations) == {
        "GET /invoices/generate-invoice-number",
        "POST /invoices/text2pay",
        "DELETE /invoices/{}",
        "POST /invoices/",
        "GET /invoices/{}",
        "GET /invoices/",
        "PUT /invoices/{}",
        "POST /invoices/{}/send",
        "POST /invoices/{}/record-payment",
        "POST /invoices/{}/void",
    }


def test_every_entry_is_seen_by_the_comparison(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """Each entry explains at least one difference, or proves a claim on the vendor's file: none is dead weight."""
    result = compare(curated, vendor)
    explaining = {f.entry for f in result.findings if f.klass == "expected"}
    entries = discrepancies(curated)
    claiming = {e.id for e in entries if e.proof["kind"] == DOCS_PROOF_KIND}
    unseen = sorted(e.id for e in entries if e.id not in explaining | claiming)
    # The 401 example lives in the vendor's common-schemas file, which the copy does not include.
    assert unseen == ["unauthorized-example"]
    assert set(unseen) <= set(result.unchecked_entries)


def test_with_the_error_bodies_the_pages_show_every_entry_is_checked(
    curated: dict[str, Any], vendor: dict[str, Any]
) -> None:
    """With the common error schemas (rebuilt from the pages) the error bodies are compared too, and explained."""
    common = json.loads(COMMON_FROM_PAGES.read_text(encoding="utf-8"))
    result = compare(curated, vendor, load_external=lambda reference: common)
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


def test_unreadable_external_bodies_are_noted_not_compared(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    result = compare(curated, vendor, load_external=lambda reference: None)
    assert any("../common/common-schemas.json" in note for note in result.not_compared)
    assert not any(f.path.endswith("response 401/statusCode: type") for f in result.findings)


def test_component_names_are_matched_not_compared(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """The comparison pairs our components with the vendor's by the places both reach through them; no finding is
    ever about a name, so the curated spec names its components as it likes (and annotates none)."""
    result = compare(curated, vendor)
    assert not [f.path for f in result.findings if f.path.endswith(": schema name")]
    names = result.component_names
    assert names["Invoice"] == ["DefaultInvoiceResponseDto"]
    assert names["Text2PayInvoiceRequest"] == ["Text2PayDto"]
    assert names["NextInvoiceNumber"] == ["GenerateInvoiceNumberResponseDto"]
    assert "x-vendor-name" not in json.dumps(curated)


def test_renaming_our_component_changes_no_finding(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """A component of ours may take any name: the comparison follows the references, not the names."""
    before = compare(curated, vendor)
    schemas = curated["components"]["schemas"]
    schemas["SomethingElse"] = schemas.pop("ItemTax")
    curated["components"]["schemas"]["InvoiceItemInput"]["properties"]["taxes"]["items"]["$ref"] = (
        "#/components/schemas/SomethingElse"
    )
    after = compare(curated, vendor)
    assert [(f.klass, f.path, f.entry) for f in after.findings] == [(f.klass, f.path, f.entry) for f in before.findings]
    assert after.component_names["SomethingElse"] == ["ItemTaxDto"]


def test_a_vendor_rename_changes_no_finding_and_shows_in_the_names(
    curated: dict[str, Any], vendor: dict[str, Any]
) -> None:
    schemas = vendor["components"]["schemas"]
    schemas["TaxDto"] = schemas.pop("ItemTaxDto")
    schemas["InvoiceItemDto"]["properties"]["taxes"]["items"]["$ref"] = "#/components/schemas/TaxDto"
    result = compare(curated, vendor)
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
