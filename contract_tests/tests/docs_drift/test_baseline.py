"""Against the vendor's 2025-08-13 file every difference is explained: the record is complete."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.docs_drift.compare import ABSENT, compare
from contract_tests.docs_drift.facts import flatten, operations_of
from contract_tests.record import DOCS_PROOF_KIND, RecordError, as_documented, discrepancies
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
    assert {aspect for _, _, aspect in changed} == {"schema name"}


def test_an_unreadable_reference_makes_the_comparison_an_error(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """Bodies behind a `$ref` that cannot be read are not compared, and the comparison says so: exit 2, never OK,
    naming the reference (the claims on that file are unchecked too)."""
    result = compare(curated, vendor, load_external=lambda reference: None)
    assert (result.status, result.exit_code, result.unresolved) == ("error", 2, [COMMON_REFERENCE])
    assert any(COMMON_REFERENCE in note for note in result.not_compared)
    assert "unauthorized-example" in result.unchecked_entries
    assert not any(f.path.endswith("response 401/statusCode: type") for f in result.findings)


def test_the_derivation_restores_the_vendors_component_names(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    """Every component the vendor names for our operations is named alike in our derivation; the vendor's enums
    are inline, so only our enum components carry a name the vendor's file lacks."""
    result = compare(curated, vendor, load_external=load_common)
    names = [f for f in result.of_class("cosmetic") if f.path.endswith(": schema name")]
    assert names
    assert [f.path for f in names if f.vendor is not ABSENT] == []
    documented = as_documented(curated, vendor_names=True)
    assert {"Text2PayDto", "DefaultInvoiceResponseDto", "GenerateInvoiceNumberResponseDto"} <= set(
        documented["components"]["schemas"]
    )
    assert "Invoice" not in documented["components"]["schemas"]


def test_a_vendor_rename_is_cosmetic(curated: dict[str, Any], vendor: dict[str, Any]) -> None:
    schemas = vendor["components"]["schemas"]
    schemas["TaxDto"] = schemas.pop("ItemTaxDto")
    schemas["InvoiceItemDto"]["properties"]["taxes"]["items"]["$ref"] = "#/components/schemas/TaxDto"
    result = compare(curated, vendor, load_external=load_common)
    assert result.status == "ok"
    [renamed] = [f for f in result.of_class("cosmetic") if f.vendor == "TaxDto"]
    assert (renamed.path, renamed.documented) == (
        "POST /invoices/text2pay request/items/[]/taxes/[]: schema name",
        "ItemTaxDto",
    )


def test_two_schemas_cannot_take_one_vendor_name(curated: dict[str, Any]) -> None:
    curated["components"]["schemas"]["Address"]["x-vendor-name"] = "Text2PayDto"
    with pytest.raises(RecordError, match="Text2PayDto would name two schemas"):
        as_documented(curated, vendor_names=True)
