"""`explain` called directly: an as-documented failure the record explains names its entry; one the curated spec
shares is new (explained by nothing); request-side checks are judged by the request's validity."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import response_schema_conformance

from contract_tests.operations import generate_invoice_number, text2pay
from contract_tests.record import discrepancies
from contract_tests.suite.classify import explain, request_is_valid
from contract_tests.suite.schemas import build_schema, raw_curated, spec_document, suite_config
from contract_tests.suite.settings import emulator_identity
from contract_tests.suite.targets import build_emulator

IDENTITY = emulator_identity()
APP = build_emulator("default")
ENTRIES = discrepancies(raw_curated())
GENERATE = generate_invoice_number.CARD


@cache
def schema_for(only: frozenset[str] | None) -> BaseSchema:
    document = spec_document("curated") if only is None else spec_document("as-documented", only=only)
    return build_schema(document, APP, config=suite_config())


def documented_case(**query: str) -> Case[Any]:
    schema = build_schema(spec_document("as-documented"), APP, config=suite_config())
    query = {"altId": IDENTITY.location_id, "altType": "location", **query}
    case: Case[Any] = schema[GENERATE.path][GENERATE.method].Case(query=query, headers={"Version": "2021-07-28"})
    return case


@pytest.fixture(scope="module")
def answered() -> tuple[Case[Any], Response]:
    case = documented_case()
    response = case.call(headers={"Authorization": f"Bearer {IDENTITY.token}"})
    assert response.status_code == 200, response.text
    return case, response


def fails(case: Case[Any], response: Response) -> bool:
    try:
        case.validate_response(response, checks=[response_schema_conformance])
    except FailureGroup:
        return True
    return False


def test_a_recorded_difference_is_explained_by_its_entry(answered: tuple[Case[Any], Response]) -> None:
    case, response = answered
    assert fails(case, response), "the documented schema types invoiceNumber as a number; the emulator sends a string"
    assert explain(case, response, "response_schema_conformance", ENTRIES, schema_for) == ("gin-invoice-number-type",)


def test_a_failure_the_curated_spec_shares_is_new(answered: tuple[Case[Any], Response]) -> None:
    case, response = answered
    broken = Response(
        status_code=200,
        headers=dict(response.headers),
        # invoiceNumber a list: wrong under both specs (a missing one is not: the docs do not require it)
        content=json.dumps({"invoiceNumber": ["1"]}).encode(),
        request=response.request,
        elapsed=response.elapsed,
        verify=True,
    )
    assert fails(case, broken)
    assert explain(case, broken, "response_schema_conformance", ENTRIES, schema_for) == ()


def test_request_side_checks_follow_the_requests_validity() -> None:
    # Without altId: valid as documented (the page's curl omits it), invalid under the curated spec; the target
    # refuses it, so the as-documented positive_data_acceptance failure is the record's gin-curl-omits-alt-id.
    case = documented_case()
    case.query.pop("altId")
    response = case.call(headers={"Authorization": f"Bearer {IDENTITY.token}"})
    assert 400 <= response.status_code < 500, response.text
    assert not request_is_valid(case, None)
    assert request_is_valid(case, frozenset({"gin-curl-omits-alt-id"}))
    assert explain(case, response, "positive_data_acceptance", ENTRIES, schema_for) == ("gin-curl-omits-alt-id",)
    # An invalid altType the target accepted would fail the curated spec as well: new, explained by nothing.
    invalid = documented_case(altType="agency-or-so")
    assert not request_is_valid(invalid, None)
    accepted = documented_case().call(headers={"Authorization": f"Bearer {IDENTITY.token}"})
    assert explain(invalid, accepted, "negative_data_rejection", ENTRIES, schema_for) == ()


def test_a_text2pay_body_is_judged_by_its_registered_schema() -> None:
    schema = schema_for(None)
    op = text2pay.CARD
    case: Case[Any] = schema[op.path][op.method].Case(
        body={"altId": 1}, media_type="application/json", headers={"Version": "2021-07-28"}
    )
    assert not request_is_valid(case, None)
