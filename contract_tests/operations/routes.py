"""The vendor's router, as the suite must assume it matches a request: the one route matcher of the project.

The live-safety guard, the ledger and corpus harvesting all ask it which operation a request reaches. It matches
as the vendor's Express router would, erring towards a match where the router's exact rules are unknown, since a
request the guard fails to recognise is a request it fails to check:
- literal segments ignore case (`/Invoices/TEXT2PAY` is text2pay); path parameters keep theirs (ids are
  case-sensitive);
- repeated and trailing slashes are dropped (`//invoices//text2pay/`);
- route order: where two routes take the same request, the one with a literal segment where the other has a
  parameter wins (`/invoices/generate-invoice-number` before `/invoices/{invoiceId}`), as the vendor registers
  literal routes first (its generate-invoice-number answers; it is not taken for an invoice id);
- a parameter takes one non-empty segment; a HEAD is matched as the GET it is served by.

Path templates are OpenAPI's (`/invoices/{invoiceId}`); the emulator has a router of its own, in Express syntax,
because it stands for the vendor and never reads our spec or these cards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
_PARAMETER = re.compile(r"\{([^{}/]+)\}")


def normalized_path(path: str) -> str:
    """The path as the vendor's router matches it: repeated and trailing slashes dropped (case is kept)."""
    collapsed = re.sub(r"/{2,}", "/", path)
    return collapsed.rstrip("/") or "/"


@dataclass(frozen=True)
class Route(Generic[T]):
    """`method template` and what it stands for (an operation card)."""

    method: str
    template: str  # OpenAPI syntax: `/invoices/{invoiceId}`
    target: T

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))

    def order_key(self) -> tuple[int, ...]:
        """Literal segments sort before parameters, position by position (the vendor's route order)."""
        return tuple(1 if _PARAMETER.fullmatch(segment) else 0 for segment in self.segments)

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The path parameters when `method path` (normalized) takes this route, else None."""
        if method != self.method:
            return None
        given = tuple(path.strip("/").split("/"))
        if len(given) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(self.segments, given, strict=True):
            parameter = _PARAMETER.fullmatch(pattern)
            if parameter is not None:
                if not segment:
                    return None
                params[parameter.group(1)] = segment
            elif pattern.lower() != segment.lower():
                return None
        return params


@dataclass(frozen=True)
class Match(Generic[T]):
    target: T
    params: Mapping[str, str]


class Router(Generic[T]):
    """Routes tried in the vendor's order; `match` answers the first that takes a request."""

    def __init__(self, routes: Iterable[Route[T]]) -> None:
        self.routes: Sequence[Route[T]] = tuple(sorted(routes, key=Route.order_key))

    def match(self, method: str, path: str) -> Match[T] | None:
        wanted = method.upper()
        wanted = "GET" if wanted == "HEAD" else wanted
        normal = normalized_path(path)
        for route in self.routes:
            params = route.match(wanted, normal)
            if params is not None:
                return Match(route.target, params)
        return None
