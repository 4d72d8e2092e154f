"""Endpoints and Express-style routing: each endpoint names its method, path, scope and its own handler.

Adding an operation to the emulator means one `Endpoint` with one handler (see `endpoints/`); the request
pipeline in `app.py` runs the checks every endpoint shares (Version, Authorization, rate limit, scope) and then
calls the handler, which does what is particular to the endpoint (location check, validation, the answer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from highlevel_invoices_emulator.request_parsing import ParsedBody
from highlevel_invoices_emulator.state import EmulatorState
from highlevel_invoices_emulator.tokens import TokenInfo


@dataclass(frozen=True)
class Call:
    """One authenticated request, as a handler sees it."""

    state: EmulatorState
    token: TokenInfo
    query: dict[str, object]
    body: ParsedBody
    path_params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    status: int
    body: object


Handler = Callable[[Call], Answer]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # Express syntax: `/invoices/:invoiceId`
    scope: str
    agency_tokens: bool  # whether the vendor lists agency tokens for it
    handle: Handler = field(compare=False)

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The path parameters when `method path` (already normalised) is this endpoint's, else None."""
        if method != self.method:
            return None
        wanted, given = self.path.split("/"), path.split("/")
        if len(wanted) != len(given):
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(wanted, given, strict=True):
            if pattern.startswith(":"):
                if not segment:
                    return None
                params[pattern[1:]] = unquote(segment, errors="replace")  # Express decodes route parameters
            elif pattern != segment.lower():
                return None
        return params


def normalise(method: str, raw_path: str) -> tuple[str, str]:
    """Express's default router: one optional trailing slash, HEAD served by GET routes."""
    path = raw_path
    if path.endswith("/") and len(path) > 1:
        path = path[:-1]
    return ("GET" if method == "HEAD" else method), path


def match_route(endpoints: Sequence[Endpoint], method: str, raw_path: str) -> tuple[Endpoint, dict[str, str]] | None:
    """The first endpoint (in declaration order, as Express tries routes) that takes the request."""
    wanted, path = normalise(method, raw_path)
    for endpoint in endpoints:
        params = endpoint.match(wanted, path)
        if params is not None:
            return endpoint, params
    return None
