"""The findings the suite tolerates are exactly the narrow shapes `tolerated.py` names: shown on real answers of the
emulator, each next to a near miss that is kept."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from schemathesis import Case, Response
from schemathesis.openapi.checks import RejectedPositiveData

from contract_tests.operations import delete_invoice, text2pay
from contract_tests.record import resolve_pointer
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import emulator_identity
from contract_tests.suite.targets import build_emulator
from contract_tests.suite.tolerated import amounts_overflow, failure_filter

IDENTITY = emulator_identity()
HEADERS = {"Version": "2021-07-28", "Authorization": f"Bearer {IDENTITY.token}"}
LOCATION = {"altId": IDENTITY.location_id, "altType": "location"}


@pytest.fixture(scope="module")
def schema() -> Any:
    return build_schema(spec_document("curated"), build_emulator("default"), config=suite_config())


def _draft(schema: Any) -> str:
    body = copy.deepcopy(resolve_pointer(spec_document("curated"), text2pay.CARD.example_pointer))
    body.update({**LOCATION, "userId": IDENTITY.user_id, "action": "draft", "liveMode": False})
    body["contactDetails"]["id"] = IDENTITY.contact_id
    body.pop("invoiceNumber", None)
    op = text2pay.CARD
    answer = schema[op.path][op.method].Case(body=body, media_type="application/json", headers=HEADERS).call()
    assert answer.status_code == 200, answer.text
    return str(answer.json()["invoice"]["_id"])


def _delete(schema: Any, invoice_id: str) -> tuple[Case[Any], Response]:
    op = delete_invoice.CARD
    case: Case[Any] = schema[op.path][op.method].Case(
        path_parameters={"invoiceId": invoice_id}, body=dict(LOCATION), media_type="application/json", headers=HEADERS
    )
    return case, case.call()


def _rejected(response: Response) -> RejectedPositiveData:
    return RejectedPositiveData(
        operation="DELETE /invoices/{invoiceId}",
        message="Valid data should have been accepted",
        status_code=response.status_code,
        allowed_statuses=["2xx"],
    )


def test_the_documented_400_to_a_delete_of_a_deleted_draft_is_tolerated(schema: Any) -> None:
    invoice_id = _draft(schema)
    _, first = _delete(schema, invoice_id)
    assert first.status_code == 200, first.text
    case, again = _delete(schema, invoice_id)
    assert again.status_code == 400
    assert again.json()["message"] == "Unable to find an invoice with the given invoice id"
    keep = failure_filter(spec_document("curated"))
    assert keep(None, _rejected(again), case, again) is False


def test_any_other_refusal_of_a_valid_delete_is_kept(schema: Any) -> None:
    case, answer = _delete(schema, _draft(schema))
    refused = Response(
        status_code=400,
        headers={"content-type": ["application/json"]},
        content=b'{"statusCode": 400, "message": "Something else"}',
        request=answer.request,
        elapsed=answer.elapsed,
        verify=False,
    )
    keep = failure_filter(spec_document("curated"))
    assert keep(None, _rejected(refused), case, refused) is True


def test_an_overflow_on_the_way_to_the_total_counts_whatever_the_order(schema: Any) -> None:
    """A line of 2.3e33 times a tax rate of 2.3e275 overflows in `base * rate` before the division by 100 (seen in a
    nightly run): the emulator refuses it as out of range, and the suite knows such figures may overflow."""
    body = copy.deepcopy(resolve_pointer(spec_document("curated"), text2pay.CARD.example_pointer))
    body.update({**LOCATION, "userId": IDENTITY.user_id, "action": "draft", "liveMode": False})
    body["contactDetails"]["id"] = IDENTITY.contact_id
    body.pop("invoiceNumber", None)
    body.pop("discount", None)
    huge_tax = {"_id": "t1", "name": "Tax", "rate": 2.3e275}
    body["items"] = [{"name": "Line", "currency": "USD", "amount": 3.9e16, "qty": 5.8e16, "taxes": [huge_tax]}]
    op = text2pay.CARD
    answer = schema[op.path][op.method].Case(body=body, media_type="application/json", headers=HEADERS).call()
    assert answer.status_code == 400
    assert answer.json()["message"] == "Invoice total is out of range"
    assert amounts_overflow(body)
    body["items"][0]["taxes"][0]["rate"] = 13
    assert not amounts_overflow(body)
