"""The card: everything the suite knows about one vendor operation, as data plus the small builders derived from it.

A card names its operation by operationId; method and path are read from the curated spec (`spec.py`), so they are
written in one place. The rest says what the suite cannot read from the spec: where the location travels, which
invoice the operation names, what it does to the account, its documented refusals, how generated cases are pinned
to the run's ids, what one example costs, which of the suite's own checks apply, and whether (and how) it may reach
a live account. See the package docstring for each field and for converting an old registry entry.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, Protocol

from schemathesis import Case

from contract_tests.operations.drafts import BillingRule, scrub_billing_keys
from contract_tests.operations.spec import operation_route, query_parameters

Carrier = Literal["query", "body"]
UNKNOWN_INVOICE_ID = "0123456789abcdef01234567"  # 24 hex digits, the shape of an invoice id, naming none
_INVOICE_ID = re.compile(r"[0-9a-fA-F]{24}")  # a MongoDB ObjectId (VENDOR_FACTS: invoice `_id`, OBSERVED)
LOCATION_TYPE = "location"

# The suite's own checks (`contract_tests/suite/checks.py`), named by data: the cards sit below the suite.
RATE_LIMIT_HEADERS_PRESENT = "rate_limit_headers_present"
AMOUNT_DUE_IS_TOTAL_MINUS_PAID = "amount_due_is_total_minus_paid"
DRAFT_STAYS_UNSENT = "draft_stays_unsent"
INVOICE_BELONGS_TO_REQUESTED_LOCATION = "invoice_belongs_to_requested_location"
RATE_LIMIT_CHECKS: tuple[str, ...] = (RATE_LIMIT_HEADERS_PRESENT,)
# The checks of operations that answer with an invoice.
INVOICE_CHECKS: tuple[str, ...] = (
    RATE_LIMIT_HEADERS_PRESENT,
    AMOUNT_DUE_IS_TOTAL_MINUS_PAID,
    DRAFT_STAYS_UNSENT,
    INVOICE_BELONGS_TO_REQUESTED_LOCATION,
)


def is_invoice_id(value: object) -> bool:
    """Whether `value` has the shape of an invoice id the vendor issues (24 hex digits)."""
    return isinstance(value, str) and _INVOICE_ID.fullmatch(value) is not None


class Effect(enum.Enum):
    """What a successful call does to the account."""

    READ = "reads"
    CREATE = "creates"  # a new invoice (an update where the request names one of the run's)
    CHANGE = "changes state"
    DELETE = "deletes"


# --- what the cards ask of the run (the suite's `Pins` and `ScenarioContext` provide it) ----------------------


class NumberBook(Protocol):
    @property
    def strict(self) -> bool: ...
    def claim(self, wanted: str) -> str | None: ...
    def observe_issued(self, number: object) -> None: ...
    def observe_used(self, number: object) -> None: ...


class InvoiceBook(Protocol):
    def latest(self) -> str | None: ...
    def owns(self, invoice_id: object) -> bool: ...
    def left_behind(self) -> list[str]: ...


class RunIds(Protocol):
    """The run's ids, its invoice numbers and the invoices it created (the suite's `pinning.Pins`)."""

    @property
    def location_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def contact_id(self) -> str: ...
    @property
    def run_id(self) -> str:
        """The run's id, stamped into the name of every draft it creates (the list's `search` finds it)."""
        ...

    @property
    def numbers(self) -> NumberBook: ...
    @property
    def invoices(self) -> InvoiceBook: ...
    def cases_may_create(self) -> bool: ...


class RequestContext(Protocol):
    """What a card's builders ask of the run (the suite's `scenarios.ScenarioContext`)."""

    @property
    def pins(self) -> RunIds: ...
    def example_body(self, card: Card, *, create: bool = False) -> Any:
        """The card's curated request example, pinned to the run (a draft, the run's ids)."""
        ...

    def own_invoice(self, *, fresh: bool) -> str:
        """An invoice of this run to act on: a draft created for the purpose (`fresh`), else the latest."""
        ...

    def any_invoice(self) -> str:
        """An invoice id for a request refused before any lookup: the run's latest, else one naming none."""
        ...


Pin = Callable[[Case[Any], RunIds], None]
Observe = Callable[[RunIds, Mapping[str, Any]], None]
PinBody = Callable[[Any, RunIds, bool], None]  # (body, ids, create): pin a body the suite built from an example


@dataclass(frozen=True)
class Request:
    """One request a proof, the preflight or the cleanup sends (built, not generated)."""

    operation: str  # operationId
    query: dict[str, Any] | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    omit: tuple[str, ...] = ()  # header names not to send (e.g. Version)
    path: dict[str, str] = field(default_factory=dict)  # path parameters


@dataclass(frozen=True)
class Refusal:
    """A refusal the vendor documents for the operation: a schema-valid request can still get it (the state of an
    invoice is not in the schema). `gone`: it says the invoice no longer exists."""

    status: int
    message: str
    gone: bool = False


@dataclass(frozen=True)
class InvoiceRef:
    """Where the operation names an invoice: a path parameter, or a body field (text2pay's optional `id`: an
    update). `required`: every call names one."""

    carrier: Literal["path", "body"]
    name: str
    required: bool = True


@dataclass(frozen=True)
class LiveCall:
    """A request the live-safety guard checks against a card's live rule."""

    card: Card
    params: Mapping[str, str]  # path parameters, as matched
    body: Any  # the parsed JSON body, or None

    def named_invoice(self) -> tuple[bool, object]:
        """(whether the call names an invoice, the value it names it by)."""
        ref = self.card.invoice
        if ref is None:
            return False, None
        if ref.carrier == "path":
            return ref.name in self.params, self.params.get(ref.name)
        if isinstance(self.body, dict) and ref.name in self.body:
            return True, self.body[ref.name]
        return False, None


LiveRule = Callable[[LiveCall, Callable[[str], bool]], str | None]  # (call, owns) -> why it is refused, or None


def _no_pin(case: Case[Any], ids: RunIds) -> None:
    return None


def _no_observation(ids: RunIds, answer: Mapping[str, Any]) -> None:
    return None


def put_if_string(container: Any, key: str, value: str) -> None:
    """Overwrite `container[key]` with `value` where it holds a string (other types are what a negative case tests)."""
    if isinstance(container, dict) and isinstance(container.get(key), str):
        container[key] = value


@dataclass(frozen=True, repr=False)
class Card:
    operation_id: str
    effect: Effect = Effect.READ
    location_in: tuple[Carrier, ...] = ("query",)  # where `altId`/`altType` travel; checks read the first present
    invoice: InvoiceRef | None = None
    answer_invoice: str | None = None  # JSON pointer of the invoice in a 2xx answer ("" for the whole answer)
    refusals: tuple[Refusal, ...] = ()
    body_schema: str | None = None  # the name under components/schemas of its JSON request body
    example: str | None = None  # the named request-body example the proofs build their bodies from
    pin: Pin = _no_pin  # beyond the location and the invoice, which every card pins from its data
    observe: Observe = _no_observation  # called with the JSON object of every 2xx answer
    pin_body: PinBody | None = None  # pins a body built from an example (the proofs'); required with `example`
    # Budget model (suite/budget.py): requests of the coverage phase, and per generated example (cases plus the
    # probes that checks send), measured against the emulator.
    coverage_requests: int = 0
    requests_per_example: int = 2
    checks: tuple[str, ...] = RATE_LIMIT_CHECKS
    generated_live: bool = True  # whether generated cases of it may go to the live API
    live_rule: LiveRule | None = None  # None: a live run never calls it (a person decides what reaches an account)
    billing: BillingRule | None = None  # its body carries the billing fields, only with these values (drafts.py)
    query: tuple[tuple[str, str], ...] = ()  # the other query parameters a built request carries (a page size)
    preflight: bool = False  # the read-only call made before any case (exactly one card)
    fresh_drafts: bool = False  # the suite creates the drafts its proofs act on with it (exactly one card)
    cleanup: bool = False  # the suite deletes its drafts with it at the end of a run (exactly one card)
    # Reconciliation (suite/reconcile.py) finds the drafts of creates whose answers were lost: it searches with the
    # list operation (`search_drafts`, its `search` finds the run's id in a name) and reads each with the get one
    # (`read_drafts`). At most one card each; both read, and both need a live rule to work in live mode.
    search_drafts: bool = False
    read_drafts: bool = False

    def __repr__(self) -> str:
        return f"Card({self.operation_id!r})"

    # --- read from the curated spec ---------------------------------------------------------------------------

    @cached_property
    def _route(self) -> tuple[str, str]:
        return operation_route(self.operation_id)

    @property
    def method(self) -> str:
        return self._route[0]

    @property
    def path(self) -> str:
        return self._route[1]

    @property
    def query_parameters(self) -> frozenset[str]:
        """The query parameters the spec declares for it (a live write may carry no other)."""
        return query_parameters(self.operation_id)

    @property
    def label(self) -> str:
        """Schemathesis' name of the operation, e.g. `GET /invoices/generate-invoice-number`."""
        return f"{self.method} {self.path}"

    @property
    def pointer(self) -> str:
        """The JSON pointer of the operation object in the spec."""
        return "/paths/" + self.path.replace("~", "~0").replace("/", "~1") + "/" + self.method.lower()

    @property
    def examples_pointer(self) -> str:
        return self.pointer + "/requestBody/content/application~1json/examples"

    @property
    def example_pointer(self) -> str:
        if self.example is None:
            raise LookupError(f"{self.operation_id} names no request-body example")
        return f"{self.examples_pointer}/{self.example}/value"

    # --- what a request or an answer says, per the card -------------------------------------------------------

    def requested_location(self, query: object, body: object) -> object | None:
        """The `altId` the request names, read where the location travels (the first carrier holding one)."""
        for carrier in self.location_in:
            container = query if carrier == "query" else body
            if isinstance(container, dict) and "altId" in container:
                named: object = container["altId"]
                return named
        return None

    def invoice_in_answer(self, answer: object) -> Mapping[str, Any] | None:
        """The invoice a 2xx answer carries (at `answer_invoice`), or None."""
        if self.answer_invoice is None or not isinstance(answer, dict):
            return None
        node: Any = answer
        for token in (part for part in self.answer_invoice.split("/") if part):
            node = node.get(token) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else None

    def invoice_id_in_answer(self, answer: object) -> str | None:
        invoice = self.invoice_in_answer(answer)
        invoice_id = invoice.get("_id") if invoice is not None else None
        return invoice_id if isinstance(invoice_id, str) else None

    def is_update(self, body: object) -> bool:
        """Whether a call of this creating operation names an existing invoice instead (no create). Only a string
        names one: a server may take an `id` of null, a number or a boolean for none and create a draft."""
        ref = self.invoice
        return (
            ref is not None and ref.carrier == "body" and isinstance(body, dict) and isinstance(body.get(ref.name), str)
        )

    def refusal(self, status: int, message: object) -> Refusal | None:
        """The documented refusal this answer is, if any."""
        return next((r for r in self.refusals if r.status == status and r.message == message), None)

    # --- pinning generated cases ------------------------------------------------------------------------------

    def pin_case(self, case: Case[Any], ids: RunIds) -> None:
        """Pin a generated case to the run: its location wherever it travels, the invoice it names to the run's
        latest draft (a generated id names nothing the token may touch), then the card's own `pin`; last, billing
        fields the guard would refuse are dropped (`drafts.scrub_billing_keys`)."""
        for carrier in self.location_in:
            put_if_string(case.query if carrier == "query" else case.body, "altId", ids.location_id)
        ref = self.invoice
        if ref is not None and ref.carrier == "path":
            own = ids.invoices.latest()
            if own is not None:
                put_if_string(case.path_parameters, ref.name, own)
        self.pin(case, ids)
        scrub_billing_keys(case.body, self.billing)

    # --- building requests ------------------------------------------------------------------------------------

    def request(
        self,
        ctx: RequestContext,
        *,
        location: str | None = None,
        invoice: str | None = None,
        body: Any = None,
    ) -> Request:
        """A request of this operation in the run's location (or `location`): the location in every carrier, the
        curated example as the body (unless `body` is given, sent as it is), and the invoice it names (`invoice`,
        else, where every call names one, an invoice of the run: a fresh draft for a delete)."""
        where = {"altId": location or ctx.pins.location_id, "altType": LOCATION_TYPE}
        query = {**where, **dict(self.query)} if "query" in self.location_in else None
        if body is None:
            if self.example is not None:
                body = ctx.example_body(self)
            if "body" in self.location_in:
                body = {**(body if isinstance(body, dict) else {}), **where}
        path: dict[str, str] = {}
        ref = self.invoice
        if ref is not None:
            if invoice is None and ref.required:
                invoice = ctx.own_invoice(fresh=self.effect is Effect.DELETE)
            if invoice is not None and ref.carrier == "path":
                path[ref.name] = invoice
            elif invoice is not None:
                body = {**(body if isinstance(body, dict) else {}), ref.name: invoice}
        return Request(self.operation_id, query=query, body=body, path=path)

    def valid_request(self, ctx: RequestContext) -> Request:
        """A request the target accepts (2xx)."""
        return self.request(ctx)

    def foreign_location_request(self, ctx: RequestContext, foreign: str) -> Request:
        """The valid request, naming a location the token may not act for (refused before any lookup)."""
        named = ctx.any_invoice() if self.invoice is not None and self.invoice.required else None
        return self.request(ctx, location=foreign, invoice=named)

    def unknown_id_request(self, ctx: RequestContext) -> Request:
        """The valid request, naming an invoice that does not exist; LookupError if the operation names none."""
        if self.invoice is None:
            raise LookupError(f"{self.operation_id} names no invoice")
        return self.request(ctx, invoice=UNKNOWN_INVOICE_ID)
