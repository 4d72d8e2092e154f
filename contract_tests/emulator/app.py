"""The Starlette app: routing like Express, the request pipeline in NestJS's order, JSON answers, the journal.

Pipeline: body parsing (Express middleware, so before everything) -> route -> Version -> Authorization ->
rate limit (per resource of the token) -> scope -> the endpoint's own handler (location, validation, answer;
see `endpoints/`).
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Mapping
from contextlib import aclosing
from dataclasses import dataclass, field
from os import PathLike
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .admission import BODY_TIMED_OUT, DEFAULT_CAPACITY, OVER_CAPACITY, Admission, over_capacity_error, scope_flag
from .choices import Choices, resolve_profile
from .errors import HttpError, internal_error, nest_error, route_not_found, vendor_error
from .guards import authenticate, authorize, check_version
from .handlers import ENDPOINTS
from .journal import DEFAULT_JOURNAL_BYTES, Journal, JournalEntry, is_unsafe_body
from .ratelimit import Clock, RateLimitConfig, RateLimitDecision, RateLimiter
from .request_parsing import parse_query_string, read_body
from .routing import Call, match_route
from .state import EmulatorState
from .store import DEFAULT_MAX_INVOICES, DEFAULT_MAX_STORE_BYTES, InvoiceStore
from .tokens import TokenSet, load_tokens

__all__ = ["EmulatorState", "create_app", "emulator_state"]

logger = logging.getLogger("contract_tests.emulator")

JSON_MEDIA_TYPE = "application/json; charset=utf-8"


def _nan_to_null(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _nan_to_null(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nan_to_null(v) for v in value]
    return value


def encode_json(body: object) -> bytes:
    """JSON as JSON.stringify writes it: non-finite numbers (echoed from untyped request fields) become null."""
    try:
        text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError:
        body = _nan_to_null(body)
        text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from the request: escape them as JSON.stringify does
        return json.dumps(body, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def json_response(status: int, body: object, headers: Mapping[str, str] | None = None) -> Response:
    return Response(encode_json(body), status_code=status, headers=dict(headers or {}), media_type=JSON_MEDIA_TYPE)


def _too_many_requests(choices: Choices, decision: RateLimitDecision) -> HttpError:
    message = "Too Many Requests" if choices.rate_limit_body == "vendor" else "ThrottlerException: Too Many Requests"
    error = vendor_error(429, message)
    if choices.retry_after:
        error.headers["Retry-After"] = str(decision.retry_after_seconds)
    return error


def _path(request: Request) -> str:
    # Never `request.url`: Starlette decodes the raw query string as strict UTF-8 to build it.
    return str(request.scope.get("path", ""))


@dataclass
class _Exchange:
    """One request's facts, gathered for the journal and for headers that every answer must carry."""

    query: dict[str, object]
    body: object | None = None
    headers: dict[str, str] = field(default_factory=dict)


class EmulatorEndpoint:
    """An ASGI app answering every method and path, so that routing errors look like Nest's too."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.respond(request)
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        exchange = _Exchange(query=parse_query_string(raw_query))
        admission = self.state.admission
        if scope_flag(request.scope, OVER_CAPACITY) or not admission.enter():
            refusal = over_capacity_error(request.headers, self.state.choices, self.state.tokens, self.state.limiter)
            response = json_response(refusal.status, refusal.body, refusal.headers)
        else:
            try:
                response = await self._answer(request, raw_query, exchange)
            finally:
                admission.leave()
        if request.method == "HEAD":
            response = Response(b"", status_code=response.status_code, headers=dict(response.headers))
        accepted = response.status_code < 400
        self.state.journal.record(
            JournalEntry(
                request.method,
                _path(request),
                exchange.query if accepted else {},
                exchange.body if accepted else None,
                response.status_code,
                is_unsafe_body(exchange.body),
            )
        )
        return response

    async def _answer(self, request: Request, raw_query: str, exchange: _Exchange) -> Response:
        try:
            return await self._pipeline(request, raw_query, exchange)
        except HttpError as error:
            return json_response(error.status, error.body, {**exchange.headers, **error.headers})
        except ClientDisconnect:
            if scope_flag(request.scope, BODY_TIMED_OUT):  # what the served emulator answered (serving.py)
                return json_response(408, {"statusCode": 408, "message": "Request Timeout"})
            return json_response(400, {"statusCode": 400, "message": "client disconnected"})
        except Exception:
            logger.exception("emulator failed on %s %r", request.method, _path(request))
            failure = internal_error()
            return json_response(failure.status, failure.body, exchange.headers)

    async def _pipeline(self, request: Request, raw_query: str, exchange: _Exchange) -> Response:
        state = self.state
        async with aclosing(request.stream()) as stream:
            parsed = await read_body(
                request.headers,
                stream,
                limit=state.max_body_bytes,
                other_types=state.choices.non_json_content_type,
            )
        exchange.body = parsed.json
        raw_path = request.scope.get("raw_path")
        path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else _path(request)
        route = match_route(ENDPOINTS, request.method, path)
        if route is None:
            raise route_not_found(request.method, path + (f"?{raw_query}" if raw_query else ""))
        endpoint, path_params = route

        check_version(request.headers, state.choices)
        token = authenticate(request.headers, state.tokens)
        decision = state.limiter.hit(token.rate_limit_resource)
        exchange.headers.update(decision.headers)
        if not decision.allowed:
            raise _too_many_requests(state.choices, decision)
        authorize(token, endpoint, state.choices)
        answer = endpoint.handle(Call(state, token, exchange.query, parsed, path_params))
        return json_response(answer.status, answer.body, exchange.headers)


async def _http_exception(request: Request, exc: Exception) -> Response:
    # Only reached for requests the catch-all route cannot take (e.g. a path not starting with "/").
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    if status == 404:
        error = route_not_found(request.method, _path(request))
    else:
        error = nest_error(status if status in (400, 413, 415) else 400, str(getattr(exc, "detail", "")))
    return json_response(error.status, error.body)


async def _last_resort(request: Request, exc: Exception) -> Response:
    error = internal_error()
    return json_response(error.status, error.body)


def create_app(
    *,
    profile: str | Choices = "default",
    tokens: Mapping[str, Mapping[str, object]] | str | PathLike[str] | TokenSet | None = None,
    rate_limit: RateLimitConfig | None = None,
    max_body_bytes: int | None = None,
    clock: Clock = time.time,
    journal_size: int = 100_000,
    journal_bytes: int = DEFAULT_JOURNAL_BYTES,
    max_invoices: int = DEFAULT_MAX_INVOICES,
    max_store_bytes: int = DEFAULT_MAX_STORE_BYTES,
    capacity: int = DEFAULT_CAPACITY,
) -> Starlette:
    """The emulator as an ASGI app.

    `profile`: a profile name, several joined by commas, or a `Choices`. `tokens`: a token-file-shaped mapping,
    a path to a token file, or None for the default set. `max_body_bytes` overrides the profile's body limit.
    `clock` (seconds since the epoch) drives timestamps and rate limits. The journal keeps at most `journal_size`
    entries and `journal_bytes` bytes (see `journal.py`); the store at most `max_invoices` invoices and
    `max_store_bytes` bytes (see `store.py`). Beyond `capacity` requests at once it answers the `over_capacity`
    choice's 429 (see `admission.py`).
    """
    choices = resolve_profile(profile) if isinstance(profile, str) else profile
    limit = choices.body_limit_bytes if max_body_bytes is None else max_body_bytes
    if limit <= 0:
        raise ValueError("max_body_bytes must be positive")
    state = EmulatorState(
        choices=choices,
        tokens=load_tokens(tokens),
        store=InvoiceStore(choices.first_invoice_number, max_invoices=max_invoices, max_bytes=max_store_bytes),
        journal=Journal(journal_size, max_bytes=journal_bytes),
        limiter=RateLimiter(rate_limit or RateLimitConfig(), clock),
        clock=clock,
        max_body_bytes=limit,
        admission=Admission(capacity),
    )
    handlers: dict[Any, Any] = {HTTPException: _http_exception, Exception: _last_resort}
    app = Starlette(routes=[Route("/{path:path}", EmulatorEndpoint(state))], exception_handlers=handlers)
    app.router.redirect_slashes = False  # an empty path gets Nest's 404, not a redirect
    app.state.emulator = state
    return app


def emulator_state(app: Starlette) -> EmulatorState:
    state = app.state.emulator
    assert isinstance(state, EmulatorState)
    return state
