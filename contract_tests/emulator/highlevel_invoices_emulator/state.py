"""Everything one emulator instance holds: its choices, tokens, invoices, journal, rate limits, clock and faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from zoneinfo import ZoneInfo

from highlevel_invoices_emulator.admission import Admission
from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.faults import FaultPlan
from highlevel_invoices_emulator.ids import ObjectIdFactory
from highlevel_invoices_emulator.invoices import InvoiceService
from highlevel_invoices_emulator.journal import Journal
from highlevel_invoices_emulator.ratelimit import Clock, RateLimitConfig, RateLimiter
from highlevel_invoices_emulator.store import InvoiceStore
from highlevel_invoices_emulator.tokens import TokenSet


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass
class EmulatorState:
    """What tests reach through `app.state.emulator`."""

    choices: Choices
    tokens: TokenSet
    store: InvoiceStore
    journal: Journal
    limiter: RateLimiter
    clock: Clock
    max_body_bytes: int
    admission: Admission = field(default_factory=Admission)
    faults: FaultPlan = field(default_factory=FaultPlan)
    journal_rejected: bool = False  # keep the query and body of refused requests too (see `create_app`)
    profile: str = "default"  # the name of `choices`, as the control channel reports it
    service: InvoiceService = field(init=False)

    def __post_init__(self) -> None:
        self.service = InvoiceService(self.store, self.choices, ObjectIdFactory(), self.clock, self.zone_of)

    def zone_of(self, location_id: str) -> ZoneInfo:
        """The location's time zone: the one its tokens declare, else the `default_timezone` choice."""
        return _zone(self.tokens.timezone_of(location_id) or self.choices.default_timezone)


@dataclass(frozen=True)
class StateSettings:
    """What `create_app` was given, so that the control channel can build the state afresh (a reset) or anew in
    part (another profile, another location) with the same bounds."""

    choices: Choices
    profile: str
    tokens: TokenSet
    rate_limit: RateLimitConfig
    limiter_clock: Clock  # rate limits keep this clock even while "now" is fixed
    max_body_bytes: int | None  # None: the profile's body limit
    journal_size: int
    journal_bytes: int
    max_invoices: int
    max_store_bytes: int
    journal_rejected: bool

    def body_limit(self, choices: Choices) -> int:
        limit = choices.body_limit_bytes if self.max_body_bytes is None else self.max_body_bytes
        if limit <= 0:
            raise ValueError("max_body_bytes must be positive")
        return limit

    def fresh(self, *, clock: Clock, admission: Admission, faults: FaultPlan) -> EmulatorState:
        """The state as at start: no invoices, an empty journal, fresh rate limits."""
        return self.state(
            self.choices,
            self.profile,
            self.tokens,
            clock=clock,
            admission=admission,
            faults=faults,
            store=InvoiceStore(
                self.choices.first_invoice_number, max_invoices=self.max_invoices, max_bytes=self.max_store_bytes
            ),
            journal=Journal(self.journal_size, max_bytes=self.journal_bytes),
            limiter=RateLimiter(self.rate_limit, self.limiter_clock),
        )

    def state(
        self,
        choices: Choices,
        profile: str,
        tokens: TokenSet,
        *,
        clock: Clock,
        admission: Admission,
        faults: FaultPlan,
        store: InvoiceStore,
        journal: Journal,
        limiter: RateLimiter,
    ) -> EmulatorState:
        return EmulatorState(
            choices=choices,
            tokens=tokens,
            store=store,
            journal=journal,
            limiter=limiter,
            clock=clock,
            max_body_bytes=self.body_limit(choices),
            admission=admission,
            faults=faults,
            journal_rejected=self.journal_rejected,
            profile=profile,
        )
