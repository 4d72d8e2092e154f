"""The requests the discrepancy proofs send: one function per scenario named in the record.

Scenario requests are built here, not generated, so they are not pinned by `before_call`; they carry the run's
ids themselves, and every text2pay body is a test-mode draft (the guard on the target enforces it anyway).
A scenario that cannot run against the current target (e.g. a burst against the live API) raises `Unprovable`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from schemathesis import Response
from schemathesis.schemas import BaseSchema

from contract_tests.emulator import RateLimitConfig
from contract_tests.emulator import tokens as emulator_tokens
from contract_tests.record import resolve_pointer
from contract_tests.suite import operations
from contract_tests.suite.live_guard import GuardState, force_draft
from contract_tests.suite.pinning import Pins, pin_create_body
from contract_tests.suite.settings import Identity, RunSettings
from contract_tests.suite.targets import build_emulator, wrap

VERSION = "2021-07-28"
UNKNOWN_INVOICE_ID = "0123456789abcdef01234567"
FABRICATED_LOCATION_ID = "Zz9ContractProbeLoc0"
INVALID_TOKEN = "not-a-valid-token"
BURST_WINDOW = RateLimitConfig(max_requests=3, interval_ms=60_000)


class Unprovable(Exception):
    """The scenario cannot run against this target; the message says what it needs."""


class Inconclusive(Unprovable):
    """The target's answer cannot decide the proof (rate limited, server error, or a status the scenario does not
    judge); `retry_after` is the wait its headers ask for when trying again may help, else None."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Request:
    operation: str  # operationId
    query: dict[str, Any] | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    omit: tuple[str, ...] = ()  # header names not to send (e.g. Version)
    path: dict[str, str] = field(default_factory=dict)  # path parameters


@dataclass
class ScenarioContext:
    settings: RunSettings
    schema: BaseSchema  # curated, not pinned, bound to the run's guarded target
    pins: Pins
    curated_document: dict[str, Any]
    last_request: Request | None = None
    guard: GuardState | None = None  # the guard of the stack `schema` is bound to, when it is not the run's

    @property
    def identity(self) -> Identity:
        return self.settings.identity

    def draft_body(self, *, create: bool = False) -> dict[str, Any]:
        """The curated request example, carrying the run's ids, a number it may use and draft/test mode; an update
        of the run's own draft once the create budget is spent, unless `create` (the budget's reserved share)."""
        example = resolve_pointer(self.curated_document, operations.TEXT2PAY.example_pointer)
        body: dict[str, Any] = copy.deepcopy(example)
        self.pin_body(body, create=create)
        return body

    def pin_body(self, body: Any, *, create: bool = False) -> Any:
        if isinstance(body, dict):
            body["altId"] = self.identity.location_id
            body["userId"] = self.identity.user_id
            if isinstance(body.get("contactDetails"), dict):
                body["contactDetails"]["id"] = self.identity.contact_id
            if "id" in body and not self.pins.invoices.owns(body["id"]):
                # A documented example's update id (the vendor's `"string"` placeholder) names no invoice of this
                # run: update the run's own latest draft instead, or create.
                own = self.pins.invoices.latest()
                if own is None:
                    del body["id"]
                else:
                    body["id"] = own
            if "id" not in body and not create and not self.pins.cases_may_create():
                own = self.pins.invoices.latest()
                if own is not None:  # the create budget is spent: update a draft of this run instead
                    body["id"] = own
            if isinstance(body.get("invoiceNumber"), str):
                number = self.pins.numbers.claim(body["invoiceNumber"])
                if number is None or ("id" in body and self.pins.numbers.strict):
                    del body["invoiceNumber"]
                else:
                    body["invoiceNumber"] = number
            force_draft(body)
        return body

    def fresh_draft(self) -> str:
        """Create a draft for a proof to act on (a delete) and return its id; Unprovable when none can be made."""
        if self.pins.invoices.creates_left() == 0:
            raise Unprovable(
                "needs a fresh draft to delete, and the run's create budget (CONTRACT_MAX_CREATES) is spent"
            )
        response = self.send(Request(operations.TEXT2PAY.operation_id, body=self.draft_body(create=True)))
        invoice = response.json().get("invoice") if 200 <= response.status_code < 300 else None
        if not isinstance(invoice, dict) or not isinstance(invoice.get("_id"), str):
            raise Inconclusive(f"creating a draft to delete answered {response.status_code}: inconclusive")
        return str(invoice["_id"])

    def location_query(self, location_id: str | None = None) -> dict[str, str]:
        return {"altId": location_id or self.identity.location_id, "altType": "location"}

    def send(self, request: Request, *, token: str | None = None, schema: BaseSchema | None = None) -> Response:
        self.last_request = request
        entry = operations.by_id(request.operation)
        operation = (schema or self.schema)[entry.path][entry.method]
        headers = {"Version": VERSION, **request.headers}
        for name in request.omit:
            headers.pop(name, None)
        extra = {"body": request.body, "media_type": "application/json"} if request.body is not None else {}
        case = operation.Case(query=request.query or {}, headers=headers, path_parameters=request.path, **extra)
        for name in request.omit:
            case.headers.pop(name, None)
        return case.call(headers={"Authorization": f"Bearer {token or self.identity.token}"})


def generate_request(ctx: ScenarioContext, **query: str) -> Request:
    query = {"altId": ctx.identity.location_id, "altType": "location", **query}
    return Request(operations.GENERATE_INVOICE_NUMBER.operation_id, query=query)


def _draft(ctx: ScenarioContext, **changes: Any) -> Request:
    body = ctx.draft_body()
    body.update(changes)
    return Request(operations.TEXT2PAY.operation_id, body=body)


def delete_request(ctx: ScenarioContext, invoice_id: str, location_id: str | None = None) -> Request:
    """A delete with the location in the query (the documented place) and in the body (the sibling's)."""
    where = ctx.location_query(location_id)
    return Request(
        operations.DELETE_INVOICE.operation_id, query=where, body=dict(where), path={"invoiceId": invoice_id}
    )


def _own_or_unknown(ctx: ScenarioContext) -> str:
    own = ctx.pins.invoices.latest()
    if own is not None:
        return own
    if ctx.settings.is_live:
        raise Unprovable("needs a draft of this run to name (a live run deletes only its own invoices)")
    return UNKNOWN_INVOICE_ID


def generate_number(ctx: ScenarioContext, operation: str) -> Response:
    return ctx.send(generate_request(ctx))


def create_draft(ctx: ScenarioContext, operation: str) -> Response:
    return ctx.send(_draft(ctx))


def _admitted(ctx: ScenarioContext, operation: str) -> operations.Operation:
    entry = operations.by_id(operation)
    if ctx.settings.is_live and not entry.live_admitted:
        raise Unprovable(f"no live rule admits {entry.label} yet; proven against the emulator or a test server")
    return entry


def operation_request(
    ctx: ScenarioContext, operation: str, *, location: str | None = None, invoice_id: str | None = None
) -> Request:
    """A valid request of any registered operation, built from its registry entry: the location (the run's, or
    `location`) where the operation carries it, the invoice it names (`invoice_id`, else the run's latest, else an
    unknown one), and its curated example body with the run's ids (text2pay: the run's draft body). A request of an
    operation no live rule admits is never built for the live API."""
    entry = _admitted(ctx, operation)
    where = ctx.location_query(location)
    path = {"invoiceId": invoice_id or _own_or_unknown(ctx)} if entry.names_invoice else {}
    query = {**where, **dict(entry.query)} if "query" in entry.location_in else None
    body: Any = None
    if entry.operation_id == operations.TEXT2PAY.operation_id:
        body = ctx.draft_body()
        body["altId"] = where["altId"]
    elif "body" in entry.location_in:
        example = resolve_pointer(ctx.curated_document, entry.example_pointer) if entry.example else {}
        body = {**copy.deepcopy(example), **where}
        if entry.operation_id == operations.CREATE_INVOICE.operation_id:
            pin_create_body(body, ctx.pins)
            body["altId"] = where["altId"]
        elif isinstance(body.get("userId"), str):
            body["userId"] = ctx.identity.user_id
    return Request(operation, query=query, body=body, path=path)


def foreign_location(ctx: ScenarioContext, operation: str) -> Response:
    foreign = emulator_tokens.OTHER_LOCATION_ID if ctx.settings.target != "live" else FABRICATED_LOCATION_ID
    return ctx.send(operation_request(ctx, operation, location=foreign))


def burst(ctx: ScenarioContext, operation: str) -> Response:
    if ctx.settings.target != "emulator":
        raise Unprovable("a burst would exceed the vendor's rate limit on purpose; proven against the emulator only")
    emulator = build_emulator(ctx.settings.emulator_profile, rate_limit=BURST_WINDOW)
    app, _ = wrap(emulator, ctx.settings, _scratch_recorder(ctx))
    from contract_tests.suite.schemas import build_schema, suite_config

    schema = build_schema(copy.deepcopy(ctx.curated_document), app, config=suite_config())
    for _ in range(BURST_WINDOW.max_requests):
        ctx.send(generate_request(ctx), schema=schema)
    # A 429 comes before any lookup, so an invoice-naming request names an unknown invoice.
    request = operation_request(ctx, operation, invoice_id=UNKNOWN_INVOICE_ID)
    return ctx.send(request, schema=schema)


def _scratch_recorder(ctx: ScenarioContext) -> Any:
    from contract_tests.suite.recording import Recorder, Redactor

    return Recorder(Redactor(ctx.identity.secrets()))


def create_invoice(ctx: ScenarioContext, operation: str) -> Response:
    """A draft created through `POST /invoices/` from the curated example (its answer is the flat document)."""
    return ctx.send(operation_request(ctx, operations.CREATE_INVOICE.operation_id))


def get_invoice(ctx: ScenarioContext, operation: str) -> Response:
    """Read back a draft of this run that still exists (one is created for the purpose when there is none)."""
    _admitted(ctx, operations.GET_INVOICE.operation_id)
    alive = ctx.pins.invoices.left_behind()
    own = alive[-1] if alive else ctx.fresh_draft()
    return ctx.send(operation_request(ctx, operations.GET_INVOICE.operation_id, invoice_id=own))


def delete_draft(ctx: ScenarioContext, operation: str) -> Response:
    """Delete a draft created for the purpose: the answer is the deleted invoice."""
    return ctx.send(delete_request(ctx, ctx.fresh_draft()))


def unknown_invoice_id(ctx: ScenarioContext, operation: str) -> Response:
    if ctx.settings.is_live:
        raise Unprovable("an update of an invoice the run did not create is never sent to the live API")
    if operation == "deleteInvoice":
        return ctx.send(delete_request(ctx, UNKNOWN_INVOICE_ID))
    return ctx.send(_draft(ctx, id=UNKNOWN_INVOICE_ID))


def invalid_token(ctx: ScenarioContext, operation: str) -> Response:
    return ctx.send(generate_request(ctx), token=INVALID_TOKEN)


def _extra_token(token: str | None, variable: str) -> str:
    if not token:
        raise Unprovable(f"needs {variable}")
    return token


def agency_token(ctx: ScenarioContext, operation: str) -> Response:
    return ctx.send(generate_request(ctx), token=_extra_token(ctx.identity.agency_token, "HIGHLEVEL_AGENCY_TOKEN"))


def pit_token(ctx: ScenarioContext, operation: str) -> Response:
    return ctx.send(generate_request(ctx), token=_extra_token(ctx.identity.pit_token, "HIGHLEVEL_PIT_TOKEN"))


def company_alt_id(ctx: ScenarioContext, operation: str) -> Response:
    company = ctx.identity.company_id
    if not company:
        raise Unprovable("needs HIGHLEVEL_COMPANY_ID")
    return ctx.send(_draft(ctx, altId=company))


SCENARIOS: dict[str, Callable[[ScenarioContext, str], Response]] = {
    "generate-number": generate_number,
    "create-draft": create_draft,
    "delete-draft": delete_draft,
    "create-invoice": create_invoice,
    "get-invoice": get_invoice,
    "foreign-location": foreign_location,
    "burst": burst,
    "unknown-invoice-id": unknown_invoice_id,
    "invalid-token": invalid_token,
    "agency-token": agency_token,
    "pit-token": pit_token,
    "company-alt-id": company_alt_id,
}
# The answer a scenario exists to provoke, for the proofs that judge its body (response-schema, response-example):
# any other status says nothing about the documented field or example. Scenarios not listed: any 2xx or 4xx.
SCENARIO_EXPECTS: dict[str, tuple[str, ...]] = {
    "generate-number": ("2xx",),
    "create-draft": ("2xx",),
    "delete-draft": ("2xx",),
    "create-invoice": ("2xx",),
    "get-invoice": ("2xx",),
    "invalid-token": ("401",),
    "burst": ("429",),
}
JUDGEABLE = ("2xx", "4xx")
# The refusals of credentials (401, 403) a scenario exists to provoke; from any other scenario such an answer is
# about the run's token or location, not the vendor, and decides nothing (proofs.conclusive).
SCENARIO_AUTH_ANSWERS: dict[str, frozenset[int]] = {
    "invalid-token": frozenset({401}),
    "foreign-location": frozenset({403}),
    "agency-token": frozenset({401, 403}),
    "pit-token": frozenset({401, 403}),
    "company-alt-id": frozenset({403}),
}
# The scenarios whose point is a 429: for them a 429 is an answer, not a sign of being rate limited.
RATE_LIMIT_SCENARIOS = frozenset({"burst"})

SCENARIO_OPERATION = {
    "generate-number": "generateInvoiceNumber",
    "create-draft": "createAndSendInvoice",
    "delete-draft": "deleteInvoice",
    "create-invoice": "createInvoice",
    "get-invoice": "getInvoice",
    "invalid-token": "generateInvoiceNumber",
    "agency-token": "generateInvoiceNumber",
    "pit-token": "generateInvoiceNumber",
    "company-alt-id": "createAndSendInvoice",
    "unknown-invoice-id": "createAndSendInvoice",
}


def run_scenario(ctx: ScenarioContext, scenario: str, operation: str | None = None) -> Response:
    if scenario not in SCENARIOS:
        raise Unprovable(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
    return SCENARIOS[scenario](ctx, operation or SCENARIO_OPERATION.get(scenario, "generateInvoiceNumber"))
