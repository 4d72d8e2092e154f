"""The Starlette app: routing like Express, the request pipeline in NestJS's order, JSON answers, the journal.

Pipeline: body parsing (Express middleware, so before everything) -> route -> the test's faults (`faults.py`) ->
Version -> Authorization -> rate limit (per resource of the token) -> scope -> the endpoint's own handler
(location, validation, answer; see `endpoints/`). With `control=True`, paths under `/__emulator` are the control
channel (`control.py`) instead, never journaled, faulted or rate limited.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Iterable, Mapping
from contextlib import aclosing
from dataclasses import dataclass, field
from os import PathLike
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from highlevel_invoices_emulator.admission import (
    BODY_TIMED_OUT,
    DEFAULT_CAPACITY,
    DROP_CONNECTION,
    OVER_CAPACITY,
    Admission,
    over_capacity_error,
    scope_flag,
)
from highlevel_invoices_emulator.choices import Choices, resolve_profile
from highlevel_invoices_emulator.clock import SettableClock
from highlevel_invoices_emulator.errors import HttpError, internal_error, nest_error, route_not_found, vendor_error
from highlevel_invoices_emulator.faults import SERVER_ERROR_STATUSES, Fault, FaultPlan
from highlevel_invoices_emulator.guards import authenticate, authorize, check_version
from highlevel_invoices_emulator.handlers import ENDPOINTS
from highlevel_invoices_emulator.journal import DEFAULT_JOURNAL_BYTES, JournalEntry, is_unsafe_body
from highlevel_invoices_emulator.ratelimit import Clock, RateLimitConfig, RateLimitDecision
from highlevel_invoices_emulator.request_parsing import parse_query_string, read_body
from highlevel_invoices_emulator.routing import Call, match_route
from highlevel_invoices_emulator.state import EmulatorState, StateSettings
from highlevel_invoices_emulator.store import DEFAULT_MAX_INVOICES, DEFAULT_MAX_STORE_BYTES
from highlevel_invoices_emulator.tokens import TokenSet, load_tokens

if TYPE_CHECKING:
    from highlevel_invoices_emulator.control import Controller

__all__ = ["EmulatorState", "create_app", "emulator_state"]

logger = logging.getLogger("highlevel_invoices_emulator")

JSON_MEDIA_TYPE = "application/json; charset=utf-8"
DROPPED = 0  # the journal's status of a request whose connection a fault dropped


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


def _rate_limit_message(choices: Choices) -> str:
    return "Too Many Requests" if choices.rate_limit_body == "vendor" else "ThrottlerException: Too Many Requests"


def _too_many_requests(choices: Choices, decision: RateLimitDecision) -> HttpError:
    error = vendor_error(429, _rate_limit_message(choices))
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
    fault: Fault | None = None


class _NotProcessed(Exception):
    """A fault answers the request before the vendor would have processed it."""


class EmulatorEndpoint:
    """An ASGI app answering every method and path, so that routing errors look like Nest's too."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.control: Controller | None = None  # set by create_app(control=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.respond(request)
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        if self.control is not None and self.control.takes(_path(request)):
            return await self.control.respond(request)
        state = self.state  # one state for the whole request, even if the control channel swaps it meanwhile
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        exchange = _Exchange(query=parse_query_string(raw_query))
        admission = state.admission
        if scope_flag(request.scope, OVER_CAPACITY) or not admission.enter():
            refusal = over_capacity_error(request.headers, state.choices, state.tokens, state.limiter)
            response = json_response(refusal.status, refusal.body, refusal.headers)
        else:
            try:
                response = await self._answer(state, request, raw_query, exchange)
            finally:
                admission.leave()
            response = self._after_fault(request, exchange, response)
        if request.method == "HEAD":
            response = Response(b"", status_code=response.status_code, headers=dict(response.headers))
        fault = exchange.fault
        dropped = fault is not None and fault.kind == "drop"
        kept = response.status_code < 400 or state.journal_rejected or fault is not None
        state.journal.record(
            JournalEntry(
                request.method,
                _path(request),
                exchange.query if kept else {},
                exchange.body if kept else None,
                DROPPED if dropped else response.status_code,
                is_unsafe_body(exchange.body),
                fault=fault.kind if fault is not None else None,
            )
        )
        if fault is not None and fault.kind == "slow":  # journaled first: a client that gives up still finds it
            await asyncio.sleep(fault.seconds)
        return response

    def _after_fault(self, request: Request, exchange: _Exchange, response: Response) -> Response:
        """What a fault does once the request was answered (or, unprocessed, refused): replace, drop."""
        fault = exchange.fault
        if fault is None:
            return response
        if fault.kind == "server-error" and fault.processed:
            return _server_error(fault, exchange)
        if fault.kind == "drop":
            hook = (request.scope.get("extensions") or {}).get(DROP_CONNECTION)
            if isinstance(hook, Mapping) and callable(hook.get("drop")):
                hook["drop"]()  # the answer below goes nowhere
            else:
                logger.warning("a drop fault on a server that cannot drop connections: answered 502 instead")
                return json_response(502, {"statusCode": 502, "message": "connection drop not supported here"})
        return response

    async def _answer(self, state: EmulatorState, request: Request, raw_query: str, exchange: _Exchange) -> Response:
        try:
            return await self._pipeline(state, request, raw_query, exchange)
        except _NotProcessed:
            assert exchange.fault is not None
            return _fault_refusal(state, request, exchange)
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

    async def _pipeline(self, state: EmulatorState, request: Request, raw_query: str, exchange: _Exchange) -> Response:
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
        fault = state.faults.take(request.method, _path(request))
        if fault is not None:
            exchange.fault = fault
            if fault.kind == "rate-limit" or (fault.kind in ("server-error", "drop") and not fault.processed):
                raise _NotProcessed

        check_version(request.headers, state.choices)
        token = authenticate(request.headers, state.tokens)
        decision = state.limiter.hit(token.rate_limit_resource)
        exchange.headers.update(decision.headers)
        if not decision.allowed:
            raise _too_many_requests(state.choices, decision)
        authorize(token, endpoint, state.choices)
        answer = endpoint.handle(Call(state, token, exchange.query, parsed, path_params))
        return json_response(answer.status, answer.body, exchange.headers)


def _server_error(fault: Fault, exchange: _Exchange) -> Response:
    status = fault.status
    return json_response(status, {"statusCode": status, "message": SERVER_ERROR_STATUSES[status]}, exchange.headers)


def _fault_refusal(state: EmulatorState, request: Request, exchange: _Exchange) -> Response:
    """The answer of a fault that strikes before processing: the 429, the 5xx, or (dropped) none at all."""
    fault = exchange.fault
    assert fault is not None
    if fault.kind != "rate-limit":
        return _server_error(fault, exchange)  # a drop's answer is never delivered
    headers: dict[str, str] = {}
    try:
        token = authenticate(request.headers, state.tokens)
    except HttpError:
        pass  # the vendor's rate-limit headers belong to authenticated answers only
    else:
        headers.update(state.limiter.peek(token.rate_limit_resource))
        headers["X-RateLimit-Remaining"] = "0"
        headers["X-RateLimit-Interval-Milliseconds"] = str(fault.interval_ms)
    if fault.retry_after is not None:
        headers["Retry-After"] = str(fault.retry_after)
    elif state.choices.retry_after:
        headers["Retry-After"] = "1"
    refusal = vendor_error(429, _rate_limit_message(state.choices))
    return json_response(refusal.status, refusal.body, headers)


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
    control: bool = False,
    faults: Iterable[Fault] = (),
    journal_rejected: bool | None = None,
) -> Starlette:
    """The emulator as an ASGI app.

    `profile`: a profile name, several joined by commas, or a `Choices`. `tokens`: a token-file-shaped mapping,
    a path to a token file, or None for the default set. `max_body_bytes` overrides the profile's body limit.
    `clock` (seconds since the epoch) drives timestamps and rate limits (the control channel can fix the
    timestamps' "now", see `clock.py`). The journal keeps at most `journal_size` entries and `journal_bytes`
    bytes (see `journal.py`); the store at most `max_invoices` invoices and `max_store_bytes` bytes (see
    `store.py`). Beyond `capacity` requests at once it answers the `over_capacity` choice's 429 (see
    `admission.py`). `faults` are in force from the start (`faults.py`). `control=True` opens the control channel
    under `/__emulator` (`control.py`); `journal_rejected` keeps the query and body of refused requests in the
    journal too (default: on with the control channel, for tests, off otherwise).
    """
    choices = resolve_profile(profile) if isinstance(profile, str) else profile
    settings = StateSettings(
        choices=choices,
        profile=profile if isinstance(profile, str) else "custom",
        tokens=load_tokens(tokens),
        rate_limit=rate_limit or RateLimitConfig(),
        limiter_clock=clock,
        max_body_bytes=max_body_bytes,
        journal_size=journal_size,
        journal_bytes=journal_bytes,
        max_invoices=max_invoices,
        max_store_bytes=max_store_bytes,
        journal_rejected=control if journal_rejected is None else journal_rejected,
    )
    state = settings.fresh(clock=SettableClock(clock), admission=Admission(capacity), faults=FaultPlan(faults))
    endpoint = EmulatorEndpoint(state)
    handlers: dict[Any, Any] = {HTTPException: _http_exception, Exception: _last_resort}
    app = Starlette(routes=[Route("/{path:path}", endpoint)], exception_handlers=handlers)
    app.router.redirect_slashes = False  # an empty path gets Nest's 404, not a redirect
    app.state.emulator = state
    if control:
        from highlevel_invoices_emulator.control import Controller

        endpoint.control = app.state.emulator_control = Controller(app, endpoint, settings)
    return app


def emulator_state(app: Starlette) -> EmulatorState:
    state = app.state.emulator
    assert isinstance(state, EmulatorState)
    return state
