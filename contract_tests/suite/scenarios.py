"""The requests the discrepancy proofs send: one function per scenario named in the record.

Scenario requests are built here, not generated, so they are not pinned by `before_call`; they carry the run's
ids themselves, and every text2pay body is a test-mode draft (the guard on the target enforces it anyway).
A scenario that cannot run against the current target (e.g. a burst against the live API) raises `Unprovable`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from schemathesis import Response
from schemathesis.schemas import BaseSchema

from contract_tests.operations import registry
from contract_tests.operations.card import UNKNOWN_INVOICE_ID, Card, Request
from contract_tests.record import resolve_pointer
from contract_tests.suite.live_guard import GuardState
from contract_tests.suite.pinning import Pins
from contract_tests.suite.settings import Identity, RunSettings
from contract_tests.suite.targets import build_emulator, wrap
from highlevel_invoices_emulator import RateLimitConfig
from highlevel_invoices_emulator import tokens as emulator_tokens

VERSION = "2021-07-28"
FABRICATED_LOCATION_ID = "Zz9ContractProbeLoc0"
INVALID_TOKEN = "not-a-valid-token"
BURST_WINDOW = RateLimitConfig(max_requests=3, interval_ms=60_000)

__all__ = ["UNKNOWN_INVOICE_ID", "Request"]


class Unprovable(Exception):
    """The scenario cannot run against this target; the message says what it needs."""


class Inconclusive(Unprovable):
    """The target's answer cannot decide the proof (rate limited, server error, or a status the scenario does not
    judge); `retry_after` is the wait its headers ask for when trying again may help, else None."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class ScenarioContext:
    """The run as the cards' request builders see it (`contract_tests.operations.card.RequestContext`)."""

    settings: RunSettings
    schema: BaseSchema  # curated, not pinned, bound to the run's guarded target
    pins: Pins
    curated_document: dict[str, Any]
    last_request: Request | None = None
    guard: GuardState | None = None  # the guard of the stack `schema` is bound to, when it is not the run's

    @property
    def identity(self) -> Identity:
        return self.settings.identity

    def example_body(self, card: Card, *, create: bool = False) -> Any:
        """The card's curated request example, carrying the run's ids, a number it may use and draft/test mode; an
        update of the run's own draft once the create budget is spent, unless `create` (the budget's reserved
        share)."""
        example = resolve_pointer(self.curated_document, card.example_pointer)
        return self.pin_body(card, copy.deepcopy(example), create=create)

    def pin_body(self, card: Card, body: Any, *, create: bool = False) -> Any:
        """Pin a body built from one of the card's examples in place, per its card; return it."""
        if card.pin_body is not None:
            card.pin_body(body, self.pins, create)
        return body

    def fresh_draft(self) -> str:
        """Create a draft for a proof to act on (a delete) and return its id; Unprovable when none can be made."""
        if self.pins.invoices.creates_left() == 0:
            raise Unprovable(
                "needs a fresh draft to act on, and the run's create budget (CONTRACT_MAX_CREATES) is spent"
            )
        card = registry.fresh_drafts()
        response = self.send(card.request(self, body=self.example_body(card, create=True)))
        invoice_id = card.invoice_id_in_answer(response.json()) if 200 <= response.status_code < 300 else None
        if invoice_id is None:
            raise Inconclusive(f"creating a draft to act on answered {response.status_code}: inconclusive")
        return invoice_id

    def own_invoice(self, *, fresh: bool) -> str:
        own = None if fresh else self.pins.invoices.latest()
        return own if own is not None else self.fresh_draft()

    def any_invoice(self) -> str:
        own = self.pins.invoices.latest()
        if own is not None:
            return own
        if self.settings.is_live:
            raise Unprovable("needs a draft of this run to name (a live run acts only on its own invoices)")
        return UNKNOWN_INVOICE_ID

    def send(self, request: Request, *, token: str | None = None, schema: BaseSchema | None = None) -> Response:
        self.last_request = request
        card = registry.by_id(request.operation)
        operation = (schema or self.schema)[card.path][card.method]
        headers = {"Version": VERSION, **request.headers}
        for name in request.omit:
            headers.pop(name, None)
        extra = {"body": request.body, "media_type": "application/json"} if request.body is not None else {}
        case = operation.Case(query=request.query or {}, headers=headers, path_parameters=request.path, **extra)
        for name in request.omit:
            case.headers.pop(name, None)
        return case.call(headers={"Authorization": f"Bearer {token or self.identity.token}"})


def valid_request(ctx: ScenarioContext, card: Card) -> Response:
    """The card's valid request: the next number, a created draft, a fresh draft deleted (its answer is the
    deleted invoice)."""
    return ctx.send(card.valid_request(ctx))


def foreign_location(ctx: ScenarioContext, card: Card) -> Response:
    foreign = emulator_tokens.OTHER_LOCATION_ID if ctx.settings.target != "live" else FABRICATED_LOCATION_ID
    return ctx.send(card.foreign_location_request(ctx, foreign))


def burst(ctx: ScenarioContext, card: Card) -> Response:
    if ctx.settings.target != "emulator":
        raise Unprovable("a burst would exceed the vendor's rate limit on purpose; proven against the emulator only")
    emulator = build_emulator(ctx.settings.emulator_profile, rate_limit=BURST_WINDOW)
    app, _ = wrap(emulator, ctx.settings, _scratch_recorder(ctx))
    from contract_tests.suite.schemas import build_schema, suite_config

    schema = build_schema(copy.deepcopy(ctx.curated_document), app, config=suite_config())
    warm_up = registry.preflight()
    for _ in range(BURST_WINDOW.max_requests):
        ctx.send(warm_up.valid_request(ctx), schema=schema)
    # A 429 comes before any lookup: an operation on one invoice names none of the run's.
    names_one = card.invoice is not None and card.invoice.required
    request = card.unknown_id_request(ctx) if names_one else card.valid_request(ctx)
    return ctx.send(request, schema=schema)


def _scratch_recorder(ctx: ScenarioContext) -> Any:
    from contract_tests.suite.recording import Recorder, Redactor

    return Recorder(Redactor(ctx.identity.secrets()))


def unknown_invoice_id(ctx: ScenarioContext, card: Card) -> Response:
    if ctx.settings.is_live:
        raise Unprovable("a request naming an invoice the run did not create is never sent to the live API")
    try:
        return ctx.send(card.unknown_id_request(ctx))
    except LookupError as error:
        raise Unprovable(str(error)) from None


def invalid_token(ctx: ScenarioContext, card: Card) -> Response:
    return ctx.send(card.valid_request(ctx), token=INVALID_TOKEN)


def _extra_token(token: str | None, variable: str) -> str:
    if not token:
        raise Unprovable(f"needs {variable}")
    return token


def agency_token(ctx: ScenarioContext, card: Card) -> Response:
    token = _extra_token(ctx.identity.agency_token, "HIGHLEVEL_AGENCY_TOKEN")
    return ctx.send(card.valid_request(ctx), token=token)


def pit_token(ctx: ScenarioContext, card: Card) -> Response:
    return ctx.send(card.valid_request(ctx), token=_extra_token(ctx.identity.pit_token, "HIGHLEVEL_PIT_TOKEN"))


def company_alt_id(ctx: ScenarioContext, card: Card) -> Response:
    company = ctx.identity.company_id
    if not company:
        raise Unprovable("needs HIGHLEVEL_COMPANY_ID")
    return ctx.send(card.request(ctx, location=company))


SCENARIOS: dict[str, Callable[[ScenarioContext, Card], Response]] = {
    # The record's names for the valid request of the proof's operation.
    "generate-number": valid_request,
    "create-draft": valid_request,
    "delete-draft": valid_request,
    "create-invoice": valid_request,
    "get-invoice": valid_request,
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

# The card a scenario acts on when its proof names no operation, by role: the preflight's operation (the credential
# scenarios) unless listed here.
DEFAULT_CARDS: dict[str, Callable[[], Card]] = {
    "create-draft": registry.fresh_drafts,
    "company-alt-id": registry.fresh_drafts,
    "unknown-invoice-id": registry.fresh_drafts,
    "delete-draft": registry.cleanup,
}


def scenario_card(scenario: str, operation: str | None) -> Card:
    """The card a scenario acts on: the proof's operation, else the scenario's default."""
    if operation is not None:
        return registry.by_id(operation)
    return DEFAULT_CARDS.get(scenario, registry.preflight)()


def run_scenario(ctx: ScenarioContext, scenario: str, operation: str | None = None) -> Response:
    if scenario not in SCENARIOS:
        raise Unprovable(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
    card = scenario_card(scenario, operation)
    if ctx.settings.is_live and card.live_rule is None:
        # The guard would refuse it (and abort the run): an operation without a live rule is never called live.
        raise Unprovable(f"{card.label} sets no live rule, so a live run never calls it; proven elsewhere")
    return SCENARIOS[scenario](ctx, card)
