"""Every example of the curated spec fits its schema; every vendor example that breaks the vendor's own schema is
recorded in the discrepancy catalog."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.record import as_documented, discrepancies, load_spec
from contract_tests.tests.spec.examples import count_examples, invalid_examples


@pytest.fixture(scope="module")
def curated() -> dict[str, Any]:
    return load_spec()


def test_the_curated_spec_has_examples_to_check(curated: dict[str, Any]) -> None:
    assert count_examples(curated) >= 60


def test_every_curated_example_fits_its_schema(curated: dict[str, Any]) -> None:
    failures = invalid_examples(curated)
    assert failures == [], "\n".join(f"{f.example_pointer}: {f.message}" for f in failures)


def test_every_contradicting_vendor_example_is_recorded(curated: dict[str, Any]) -> None:
    documented = as_documented(curated)
    failures = invalid_examples(documented)
    recorded = {entry.pointer for entry in discrepancies(curated)}
    unrecorded = [f for f in failures if not recorded.intersection((*f.schema_pointers, f.example_pointer))]
    listing = "\n".join(f"{f.example_pointer}: {f.message}" for f in failures)
    print(f"vendor examples that contradict the vendor's own schema ({len(failures)}):\n{listing}")
    assert failures, "the as-documented spec should contain the vendor's self-contradicting examples"
    assert unrecorded == [], "unrecorded contradictions:\n" + "\n".join(
        f"{f.example_pointer}: {f.message} (via {', '.join(f.schema_pointers)})" for f in unrecorded
    )


def test_a_new_contradicting_example_is_caught(curated: dict[str, Any]) -> None:
    """The check above can fail: an example that breaks its schema and is not in the record is reported."""
    curated["components"]["schemas"]["Attachment"]["properties"]["size"]["examples"] = ["ten thousand"]
    failures = invalid_examples(curated)
    assert [f.example_pointer for f in failures] == ["/components/schemas/Attachment/properties/size/examples/0"]


def test_the_vendor_examples_contradicting_their_schema_are_the_known_ones(curated: dict[str, Any]) -> None:
    failures = invalid_examples(as_documented(curated))
    failing_nodes = {f.example_pointer.rsplit("/example", 1)[0] for f in failures}
    assert "/components/schemas/NextInvoiceNumber/properties/invoiceNumber" in failing_nodes
    assert "/components/schemas/MaxLateFees/properties/value" in failing_nodes
