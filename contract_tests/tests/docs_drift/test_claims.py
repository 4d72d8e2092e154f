"""A `vendor-docs` proof is read strictly: a malformed claim is a record error, not a claim that always holds."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.record import RecordError, discrepancies


def _with_claims(curated: dict[str, Any], claims: Any) -> dict[str, Any]:
    entry = curated["components"]["schemas"]["NextInvoiceNumber"]["x-discrepancies"][0]
    assert entry["proof"]["kind"] == "vendor-docs"
    entry["proof"]["claims"] = claims
    return curated


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        (None, "non-empty list of claims"),
        ([], "non-empty list of claims"),
        (["/components"], "JSON Pointer"),
        ([{"pointer": "components/schemas", "absent": True}], "JSON Pointer"),
        ([{"pointer": "/components"}], "states one of"),
        ([{"pointer": "/components", "value": 1, "absent": True}], "states one of"),
        ([{"pointer": "/components", "contains": "a", "excludes": "b"}], "states one of"),
    ],
    ids=[
        "missing",
        "empty",
        "bare-string",
        "relative-pointer",
        "no-expectation",
        "two-expectations",
        "contains-and-excludes",
    ],
)
def test_a_malformed_claim_is_a_record_error(curated: dict[str, Any], claims: Any, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        discrepancies(_with_claims(curated, claims))


def test_every_claim_form_is_accepted(curated: dict[str, Any]) -> None:
    claims = [
        {"pointer": "/a", "value": None},
        {"pointer": "/a", "absent": True},
        {"pointer": "/a", "contains": "x"},
        {"pointer": "/a", "excludes": "x", "file": "../common/common-schemas.json"},
    ]
    assert discrepancies(_with_claims(curated, claims))
