"""Both variants of the spec are valid OpenAPI, and the discrepancy record is well formed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from contract_tests.record import (
    RecordError,
    as_documented,
    discrepancies,
    load_spec,
    operation_pointers,
    proof_instances,
    resolve_pointer,
)


@pytest.fixture(scope="module")
def curated() -> dict[str, Any]:
    return load_spec()


def test_curated_spec_is_valid_openapi(curated: dict[str, Any]) -> None:
    validate(curated)


def test_as_documented_spec_is_valid_openapi(curated: dict[str, Any]) -> None:
    validate(as_documented(curated))


def test_record_covers_the_known_contradictions(curated: dict[str, Any]) -> None:
    ids = {entry.id for entry in discrepancies(curated)}
    assert {"gin-invoice-number-type", "t2p-invoice-number-type", "t2p-invoice-items-type"} <= ids
    assert len(ids) >= 20


def test_as_documented_reverts_each_patch(curated: dict[str, Any]) -> None:
    documented = as_documented(curated)
    number = documented["components"]["schemas"]["NextInvoiceNumber"]["properties"]["invoiceNumber"]
    assert number == {"description": number["description"], "type": "number", "example": "19"}
    assert "403" not in documented["paths"]["/invoices/text2pay"]["post"]["responses"]
    assert '"x-discrepancies":' not in json.dumps(documented)


def test_as_documented_can_revert_a_single_entry(curated: dict[str, Any]) -> None:
    documented = as_documented(curated, only=frozenset({"gin-curl-omits-alt-id"}))
    assert documented["paths"]["/invoices/generate-invoice-number"]["get"]["parameters"][1]["required"] is False
    assert "403" in documented["paths"]["/invoices/text2pay"]["post"]["responses"]


def test_a_document_level_rule_patches_every_operation_and_is_proven_on_each(curated: dict[str, Any]) -> None:
    documented = as_documented(curated, only=frozenset({"undocumented-403"}))
    operations = operation_pointers(curated)
    assert len(operations) >= 3
    for _, pointer in operations:
        assert "403" not in resolve_pointer(documented, pointer)["responses"], pointer
        assert "429" in resolve_pointer(documented, pointer)["responses"], pointer
    instances = [e for e in proof_instances(curated) if e.rule == "undocumented-403"]
    assert [e.id for e in instances] == [f"undocumented-403[{operation}]" for operation, _ in operations]
    assert [e.proof["operation"] for e in instances] == [operation for operation, _ in operations]
    assert {e.record_id for e in instances} == {"undocumented-403"}
    # The record itself holds the rule once.
    assert [e.id for e in discrepancies(curated)].count("undocumented-403") == 1


def test_a_rule_belongs_on_the_documents_own_list(curated: dict[str, Any]) -> None:
    broken = copy.deepcopy(curated)
    rule = next(e for e in broken["x-discrepancies"] if e["id"] == "undocumented-403")
    broken["paths"]["/invoices/{invoiceId}"]["delete"]["x-discrepancies"] = [dict(rule, id="misplaced")]
    with pytest.raises(RecordError, match="each_operation: true belongs on the document's own list"):
        discrepancies(broken)
    named = copy.deepcopy(curated)
    rule = next(e for e in named["x-discrepancies"] if e["id"] == "undocumented-403")
    rule["proof"]["operation"] = "createAndSendInvoice"
    with pytest.raises(RecordError, match="runs once per operation"):
        discrepancies(named)


def test_a_duplicate_id_is_refused(curated: dict[str, Any]) -> None:
    broken = copy.deepcopy(curated)
    entries = broken["paths"]["/invoices/{invoiceId}"]["delete"]["x-discrepancies"]
    entries.append(dict(entries[0]))
    with pytest.raises(RecordError, match="duplicate discrepancy id"):
        discrepancies(broken)


def test_an_entry_without_a_proof_is_refused(curated: dict[str, Any]) -> None:
    broken = copy.deepcopy(curated)
    del broken["paths"]["/invoices/{invoiceId}"]["delete"]["x-discrepancies"][0]["proof"]
    with pytest.raises(RecordError, match="lacks proof"):
        discrepancies(broken)
