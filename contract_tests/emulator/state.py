"""Everything one emulator instance holds: its choices, tokens, invoices, journal, rate limits and clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from zoneinfo import ZoneInfo

from .admission import Admission
from .choices import Choices
from .ids import ObjectIdFactory
from .invoices import InvoiceService
from .journal import Journal
from .ratelimit import Clock, RateLimiter
from .store import InvoiceStore
from .tokens import TokenSet


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
    service: InvoiceService = field(init=False)

    def __post_init__(self) -> None:
        self.service = InvoiceService(self.store, self.choices, ObjectIdFactory(), self.clock, self.zone_of)

    def zone_of(self, location_id: str) -> ZoneInfo:
        """The location's time zone: the one its tokens declare, else the `default_timezone` choice."""
        return _zone(self.tokens.timezone_of(location_id) or self.choices.default_timezone)
