"""Both variants of the spec are valid OpenAPI, and the discrepancy record is well formed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from contract_tests.record import RecordError, as_documented, discrepancies, load_spec


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
    documented = as_documented(curated, only=frozenset({"gin-undocumented-403"}))
    assert "403" not in documented["paths"]["/invoices/generate-invoice-number"]["get"]["responses"]
    assert "403" in documented["paths"]["/invoices/text2pay"]["post"]["responses"]


def test_a_duplicate_id_is_refused(curated: dict[str, Any]) -> None:
    broken = copy.deepcopy(curated)
    entries = broken["paths"]["/invoices/text2pay"]["post"]["x-discrepancies"]
    entries.append(dict(entries[0]))
    with pytest.raises(RecordError, match="duplicate discrepancy id"):
        discrepancies(broken)


def test_an_entry_without_a_proof_is_refused(curated: dict[str, Any]) -> None:
    broken = copy.deepcopy(curated)
    del broken["paths"]["/invoices/text2pay"]["post"]["x-discrepancies"][0]["proof"]
    with pytest.raises(RecordError, match="lacks proof"):
        discrepancies(broken)
