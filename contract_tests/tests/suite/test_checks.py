"""Each of the suite's own checks passes a real answer of the emulator and fails that answer with one fault injected
(a header dropped, a figure changed), with its title and message; and each applies where the registry says."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup

from contract_tests.operations import generate_invoice_number, text2pay
from contract_tests.record import resolve_pointer
from contract_tests.suite import checks
from contract_tests.suite.checks import CUSTOM_CHECKS, RATE_LIMIT_HEADERS, ContractViolation
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.settings import emulator_identity
from contract_tests.suite.targets import build_emulator

IDENTITY = emulator_identity()
HEADERS = {"Version": "2021-07-28", "Authorization": f"Bearer {IDENTITY.token}"}


@pytest.fixture(scope="module")
def schema() -> Any:
    return build_schema(spec_document("curated"), build_emulator("default"), config=suite_config())


def _draft_case(schema: Any, **changes: Any) -> Case[Any]:
    document = spec_document("curated")
    body = copy.deepcopy(resolve_pointer(document, text2pay.CARD.example_pointer))
    body.update({"altId": IDENTITY.location_id, "userId": IDENTITY.user_id, "action": "draft", "liveMode": False})
    body.update(changes)
    body["contactDetails"]["id"] = IDENTITY.contact_id
    body.pop("invoiceNumber", None)  # the emulator hands out the next number
    op = text2pay.CARD
    case: Case[Any] = schema[op.path][op.method].Case(body=body, media_type="application/json", headers=HEADERS)
    return case


@pytest.fixture(scope="module")
def created(schema: Any) -> tuple[Case[Any], Response]:
    """A draft the emulator created, and its real answer."""
    case = _draft_case(schema)
    response = case.call()
    assert response.status_code == 200, response.text
    return case, response


def altered(response: Response, *, body: Callable[[dict[str, Any]], None] | None = None, drop: str = "") -> Response:
    """The same answer with one fault injected: the JSON body edited, or a header dropped."""
    data = json.loads(response.content)
    if body is not None:
        body(data)
    headers = {k: v for k, v in response.headers.items() if k.lower() != drop.lower()}
    return Response(
        status_code=response.status_code,
        headers=headers,
        content=json.dumps(data).encode(),
        request=response.request,
        elapsed=response.elapsed,
        verify=True,
    )


def failure_of(case: Case[Any], response: Response, check: checks.CheckFunction) -> ContractViolation | None:
    try:
        case.validate_response(response, checks=[check])
    except FailureGroup as group:
        (failure,) = group.exceptions
        assert isinstance(failure, ContractViolation)
        return failure
    return None


def _set(**values: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["invoice"].update(values)

    return edit


FAULTS: dict[str, tuple[Callable[[Response], Response], str, str]] = {
    "rate_limit_headers_present": (
        lambda r: altered(r, drop="X-RateLimit-Remaining"),
        "Missing rate-limit headers",
        "The 200 answer lacks X-RateLimit-Remaining",
    ),
    "amount_due_is_total_minus_paid": (
        lambda r: altered(r, body=_set(total=100, amountPaid=10, amountDue=100)),
        "amountDue is not total - amountPaid",
        "total=100, amountPaid=10, amountDue=100",
    ),
    "draft_stays_unsent": (
        lambda r: altered(r, body=_set(status="sent")),
        "A draft request produced a live or sent invoice",
        "status='sent', liveMode=False",
    ),
    "invoice_belongs_to_requested_location": (
        lambda r: altered(r, body=_set(altId="Zz9SomeOtherLocation")),
        "Invoice stored under another location",
        f"sent {IDENTITY.location_id!r}, got 'Zz9SomeOtherLocation'",
    ),
}


def test_every_custom_check_has_a_failing_test() -> None:
    assert sorted(FAULTS) == sorted(check.__name__ for check in CUSTOM_CHECKS)


@pytest.mark.parametrize("check", CUSTOM_CHECKS, ids=lambda c: c.__name__)
def test_a_check_passes_the_emulators_answer(created: tuple[Case[Any], Response], check: Any) -> None:
    case, response = created
    assert failure_of(case, response, check) is None


@pytest.mark.parametrize("check", CUSTOM_CHECKS, ids=lambda c: c.__name__)
def test_a_check_fails_an_answer_with_its_fault(created: tuple[Case[Any], Response], check: Any) -> None:
    case, response = created
    fault, title, message = FAULTS[check.__name__]
    failure = failure_of(case, fault(response), check)
    assert failure is not None
    assert (failure.title, failure.message) == (title, message)
    assert failure.operation == text2pay.CARD.label


def test_live_mode_true_also_fails_draft_stays_unsent(created: tuple[Case[Any], Response]) -> None:
    case, response = created
    failure = failure_of(case, altered(response, body=_set(liveMode=True)), checks.draft_stays_unsent)
    assert failure is not None
    assert "liveMode=True" in failure.message


def test_amounts_within_a_cent_pass(created: tuple[Case[Any], Response]) -> None:
    case, response = created
    answer = altered(response, body=_set(total=376.29, amountPaid=0.1, amountDue=376.19))
    assert failure_of(case, answer, checks.amount_due_is_total_minus_paid) is None


def test_invoice_checks_skip_an_error_answer(schema: Any) -> None:
    case = _draft_case(schema, altId="Zz9ContractProbeLoc0")  # a location the token may not touch: 403
    response = case.call()
    assert response.status_code == 403
    for check in CUSTOM_CHECKS:
        assert check(None, response, case) is checks.SKIPPED  # type: ignore[arg-type]


def test_the_registry_applies_invoice_checks_to_text2pay_only() -> None:
    assert checks.checks_for(text2pay.CARD.label) == list(CUSTOM_CHECKS)
    generate = checks.checks_for(generate_invoice_number.CARD.label)
    assert generate == [checks.rate_limit_headers_present]
    assert checks.checks_for("GET /unknown") == [checks.rate_limit_headers_present]
    assert len(RATE_LIMIT_HEADERS) == 5


def test_draft_stays_unsent_judges_only_answers_to_draft_requests(
    schema: Any, created: tuple[Case[Any], Response]
) -> None:
    _, response = created
    live = altered(response, body=_set(liveMode=True))
    not_a_draft_request = _draft_case(schema)
    not_a_draft_request.body = {"altId": IDENTITY.location_id, "altType": "location"}  # e.g. a delete's body
    assert checks.draft_stays_unsent(None, live, not_a_draft_request) is checks.SKIPPED  # type: ignore[arg-type]


def test_the_location_check_reads_the_location_where_the_card_says_it_travels() -> None:
    """A delete may carry the location in the query alone (its card: body, then query): the check judges the
    deleted invoice against the query's `altId`, where it once looked at the body only and silently skipped."""
    from contract_tests.operations import delete_invoice

    emulator = build_emulator("delete-alt-in-query")
    schema = build_schema(spec_document("curated"), emulator, config=suite_config())
    created = _draft_case(schema).call()
    assert created.status_code == 200, created.text
    card = delete_invoice.CARD
    query = {"altId": IDENTITY.location_id, "altType": "location"}
    path = {"invoiceId": created.json()["invoice"]["_id"]}
    case = schema[card.path][card.method].Case(query=query, path_parameters=path, headers=HEADERS)
    response = case.call()
    assert response.status_code == 200, response.text
    check = checks.invoice_belongs_to_requested_location
    assert check(None, response, case) is None  # type: ignore[arg-type]
    failure = failure_of(case, altered(response, body=lambda data: data.update(altId="Zz9SomeOtherLocation")), check)
    assert failure is not None
    assert failure.message == f"sent {IDENTITY.location_id!r}, got 'Zz9SomeOtherLocation'"
