"""The control channel: what a test asks of the emulator beside the vendor's routes, under `/__emulator`.

Off unless asked for (`create_app(control=True)`, `highlevel-emulator --control`): without it these paths are
answered as any unknown route, the vendor's 404. Its requests are never journaled, faulted or rate limited, and
need no token (the emulator only listens on loopback addresses). Bodies and answers are JSON; a bad request gets
400 with `{"statusCode": 400, "message": ...}` saying what to fix, an unknown path 404, a wrong method 405.

Routes (the README has them as a table):

- `GET /__emulator`: version, profile, now, the main location and its token, every token and location, the
  faults in force, the number of invoices.
- `POST /__emulator/reset` `{profile?, now?, faults?}`: back to the start (no invoices, an empty journal, fresh
  rate limits, the start's tokens), then the given profile (else the start's), "now" and faults.
- `GET` / `DELETE /__emulator/requests`: the journal (`{"requests": [...]}`), or empty it.
- `GET /__emulator/invoices?locationId=`: the stored invoices, as the API renders them.
- `POST /__emulator/invoices` `{locationId?, count}`: `count` drafts, made as `--seed-invoices` makes them; or
  `{locationId?, status?, invoice?}`: one invoice from the create's fields in `invoice` (validated as
  `POST /invoices/` validates them), moved to `status` (draft, sent, partially_paid, paid, void).
- `POST /__emulator/locations` `{locationId?, companyId?, timezone?, scopes?}`: another location and a location
  token for it.
- `GET` / `PUT` / `POST` / `DELETE /__emulator/faults` `{faults: [...]}`: the faults in force; replace them, add
  to them, clear them (`faults.py`).
- `PUT /__emulator/profile` `{profile}`: another choice profile; invoices and journal stay.
- `PUT /__emulator/now` `{now}`: fix "now" (ISO 8601 with a zone, a YYYY-MM-DD date meaning its noon UTC, or
  epoch seconds); null follows the real clock again.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, Protocol

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from highlevel_invoices_emulator.choices import UnknownProfileError, resolve_profile
from highlevel_invoices_emulator.clock import SettableClock
from highlevel_invoices_emulator.endpoints import create_invoice
from highlevel_invoices_emulator.errors import HttpError
from highlevel_invoices_emulator.faults import Fault, FaultError
from highlevel_invoices_emulator.ids import iso_millis
from highlevel_invoices_emulator.lifecycle import amount_due
from highlevel_invoices_emulator.seeding import SeedError, seed_invoices
from highlevel_invoices_emulator.state import EmulatorState, StateSettings
from highlevel_invoices_emulator.tokens import PIT_PREFIX, SCOPE_READ, SCOPE_WRITE, TokenFileError, TokenInfo, TokenSet
from highlevel_invoices_emulator.validation import apply_defaults, validate
from highlevel_invoices_emulator.version import __version__

if TYPE_CHECKING:
    from starlette.applications import Starlette

logger = logging.getLogger("highlevel_invoices_emulator")

PREFIX = "/__emulator"
MAX_CONTROL_BODY = 4 * 1024 * 1024
LATEST_MOMENT = 253402300799.0  # 9999-12-31T23:59:59Z
STATUSES = ("draft", "sent", "partially_paid", "paid", "void")


class ControlError(Exception):
    """A control request that cannot be done; its message says what to fix."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class _Swappable(Protocol):
    """What the controller needs of the app's endpoint: the state it serves."""

    state: EmulatorState


@dataclass(frozen=True)
class Location:
    """A location (sub-account) of the emulator and a read-write location token of it ("" when it has none)."""

    location_id: str
    company_id: str
    token: str
    timezone: str | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Location:
        return cls(str(raw["locationId"]), str(raw["companyId"]), str(raw.get("token") or ""), raw.get("timezone"))

    def to_json(self) -> dict[str, object]:
        return {
            "locationId": self.location_id,
            "companyId": self.company_id,
            "token": self.token,
            "timezone": self.timezone,
        }


def parse_now(value: object) -> float | None:
    """A fixed "now" from JSON: ISO 8601 with a zone, a YYYY-MM-DD date (its noon UTC: that day in every zone from
    UTC-11 to UTC+11), epoch seconds, or null for the real clock."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ControlError("now must be a timestamp, a date or null, not a boolean")
    if isinstance(value, int | float):
        return _in_range(float(value), value)
    if not isinstance(value, str):
        raise ControlError(f"now must be a timestamp, a date or null, not {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return _in_range(datetime.combine(date.fromisoformat(text), time(12), tzinfo=UTC).timestamp(), value)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ControlError(f"now {value!r} is neither an ISO 8601 timestamp nor a YYYY-MM-DD date") from None
    if moment.tzinfo is None:
        raise ControlError(f"now {value!r} has no time zone: add Z or an offset such as +02:00")
    return _in_range(moment.timestamp(), value)


def _in_range(moment: float, given: object) -> float:
    """A moment the emulator can write: from 1970 to the end of 9999 (what ISO dates and ids can carry)."""
    if not (math.isfinite(moment) and 0 <= moment <= LATEST_MOMENT):
        raise ControlError(f"now {given!r} is outside 1970-01-01 to 9999-12-31")
    return moment


def _token_json(token: str, info: TokenInfo) -> dict[str, object]:
    return {
        "token": token,
        "type": info.token_type,
        "locationId": info.location_id,
        "companyId": info.company_id,
        "scopes": sorted(info.scopes),
        "timezone": info.timezone,
    }


def locations_of(tokens: TokenSet) -> list[Location]:
    """Every location of the token set, each with its first read-write location token."""
    found: list[Location] = []
    for location in tokens.locations():
        grants = [(t, i) for t, i in tokens.items() if i.location_id == location]
        writable = [t for t, i in grants if {SCOPE_READ, SCOPE_WRITE} <= i.scopes]
        found.append(
            Location(location, grants[0][1].company_id, writable[0] if writable else "", tokens.timezone_of(location))
        )
    return found


def describe(state: EmulatorState) -> dict[str, object]:
    """The emulator's state as `GET /__emulator` answers it (and `highlevel-emulator --info-file` writes it)."""
    clock = state.clock
    fixed = clock.fixed if isinstance(clock, SettableClock) else None
    locations = locations_of(state.tokens)
    main = next((location for location in locations if location.token), None)
    return {
        "emulator": "highlevel-invoices-emulator",
        "version": __version__,
        "profile": state.profile,
        "now": iso_millis(fixed) if fixed is not None else None,
        "main": main.to_json() if main is not None else None,
        "tokens": [_token_json(token, info) for token, info in state.tokens.items()],
        "locations": [location.to_json() for location in locations],
        "faults": [active.to_json() for active in state.faults.active()],
        "invoices": len(state.store),
    }


def _object(body: object, what: str) -> dict[str, Any]:
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ControlError(f"{what}: the body must be a JSON object")
    return body


def _known(body: Mapping[str, object], allowed: set[str], what: str) -> None:
    unknown = sorted(str(key) for key in body if key not in allowed)
    if unknown:
        raise ControlError(f"{what}: unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}")


def _faults(raw: object) -> list[Fault]:
    if not isinstance(raw, list):
        raise ControlError('faults must be a list of fault objects, e.g. [{"kind": "rate-limit", "times": 3}]')
    try:
        return [Fault.from_json(item) for item in raw]
    except FaultError as exc:
        raise ControlError(str(exc)) from None


def _string(body: Mapping[str, object], key: str, default: str) -> str:
    value = body.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ControlError(f"{key} must be a non-empty string")
    return value


class Controller:
    """The control channel of one app: it swaps the state the app's endpoint serves."""

    def __init__(self, app: Starlette, endpoint: _Swappable, settings: StateSettings) -> None:
        self._app = app
        self._endpoint = endpoint
        self._settings = settings

    @property
    def state(self) -> EmulatorState:
        return self._endpoint.state

    def _swap(self, state: EmulatorState) -> None:
        self._endpoint.state = state
        self._app.state.emulator = state

    @property
    def _clock(self) -> SettableClock:
        clock = self.state.clock
        assert isinstance(clock, SettableClock)
        return clock

    # --- the operations ---------------------------------------------------------------------------------

    def info(self) -> dict[str, object]:
        return describe(self.state)

    def reset(self, *, profile: str | None = None, now: float | None = None, faults: list[Fault] | None = None) -> None:
        state = self.state
        fresh = self._settings.fresh(clock=state.clock, admission=state.admission, faults=state.faults)
        if profile is not None:
            fresh = self._with_profile(fresh, profile)
        state.faults.set(faults or ())
        self._clock.set(now)
        self._swap(fresh)

    def _with_profile(self, state: EmulatorState, profile: str) -> EmulatorState:
        try:
            choices = resolve_profile(profile)
        except UnknownProfileError as exc:
            raise ControlError(str(exc)) from None
        return self._settings.state(
            choices,
            profile,
            state.tokens,
            clock=state.clock,
            admission=state.admission,
            faults=state.faults,
            store=state.store,
            journal=state.journal,
            limiter=state.limiter,
        )

    def set_profile(self, profile: str) -> None:
        self._swap(self._with_profile(self.state, profile))

    def add_location(
        self,
        location_id: str | None = None,
        company_id: str | None = None,
        timezone: str | None = None,
        scopes: list[str] | None = None,
    ) -> Location:
        state = self.state
        location = location_id or _random_id()
        if state.tokens.company_of(location) is not None:
            raise ControlError(f"location {location} exists already")
        token = f"{PIT_PREFIX}{secrets.token_hex(4)}-{secrets.token_hex(2)}-emulator-{secrets.token_hex(6)}"
        details: dict[str, object] = {
            "type": "location",
            "locationId": location,
            "companyId": company_id or _random_id(),
            "scopes": scopes if scopes is not None else [SCOPE_READ, SCOPE_WRITE],
        }
        if timezone is not None:
            details["timezone"] = timezone
        try:
            tokens = state.tokens.adding(token, details, source="new location")
        except TokenFileError as exc:
            raise ControlError(str(exc)) from None
        self._swap(
            self._settings.state(
                state.choices,
                state.profile,
                tokens,
                clock=state.clock,
                admission=state.admission,
                faults=state.faults,
                store=state.store,
                journal=state.journal,
                limiter=state.limiter,
            )
        )
        return Location(location, str(details["companyId"]), token, timezone)

    def _location(self, body: Mapping[str, object]) -> tuple[str, str]:
        state = self.state
        main = next((location for location in locations_of(state.tokens) if location.token), None)
        location = _string(body, "locationId", main.location_id if main else "")
        company = state.tokens.company_of(location)
        if company is None:
            raise ControlError(f"no location token of the emulator names location {location}")
        return location, company

    def seed(self, body: Mapping[str, object]) -> dict[str, object]:
        location, company = self._location(body)
        if "count" in body:
            _known(body, {"locationId", "count"}, "seed")
            count = body["count"]
            if isinstance(count, bool) or not isinstance(count, int):
                raise ControlError("count must be a whole number")
            try:
                return {"ids": seed_invoices(self.state, count, location=location)}
            except SeedError as exc:
                raise ControlError(str(exc)) from None
        _known(body, {"locationId", "status", "invoice"}, "invoice")
        status = body.get("status", "draft")
        if status not in STATUSES:
            raise ControlError(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
        fields = _object(body.get("invoice"), "invoice")
        return {"invoice": self._invoice(location, company, str(status), fields)}

    def _invoice(self, location: str, company: str, status: str, fields: Mapping[str, object]) -> dict[str, object]:
        state = self.state
        today = datetime.fromtimestamp(state.clock(), state.zone_of(location)).date().isoformat()
        document: dict[str, object] = {
            "altId": location,
            "altType": "location",
            "name": "Seeded invoice",
            "businessDetails": {"name": "Seeded Business"},
            "currency": "USD",
            "items": [{"name": "Seeded item", "currency": "USD", "amount": 100, "qty": 1}],
            "discount": {"type": "percentage", "value": 0},
            "contactDetails": {
                "id": "SeedContact0000000001",
                "name": "Seeded Contact",
                "phoneNo": "+15550000001",
                "email": "seeded@example.com",
            },
            "issueDate": today,
            "sentTo": {"email": ["seeded@example.com"]},
            "liveMode": False,
            **fields,
        }
        if document.get("altId") != location:
            raise ControlError("invoice.altId differs from locationId: give the location once, as locationId")
        schema = create_invoice.body_dto(state.choices)
        entity = apply_defaults(document, schema)
        messages = validate(entity, schema, forbid_unknown=True)
        if messages:
            raise ControlError("invoice: " + "; ".join(messages))
        service = state.service
        try:
            invoice = service.create(entity, company)
            invoice_id = str(invoice["_id"])
            if status != "draft":
                send = {"altId": location, "action": "send_manually", "liveMode": False}
                invoice = _inner(service.send(send, invoice_id))
            if status in ("partially_paid", "paid"):
                due = amount_due(invoice)
                amount = round(due / 2, 2) if status == "partially_paid" else due
                if amount <= 0 or (status == "partially_paid" and amount >= due):
                    raise ControlError(f"an invoice of total {invoice.get('total')} cannot be {status}")
                payment = {"altId": location, "mode": "cash", "amount": amount, "notes": "seeded payment"}
                invoice = _inner(service.record_payment(payment, invoice_id))
            if status == "void":
                invoice = service.void(location, invoice_id)
        except HttpError as error:
            raise ControlError(f"invoice: {json.dumps(error.body)}") from None
        return invoice

    def invoices(self, location: str | None) -> list[dict[str, object]]:
        state = self.state
        return [state.service.render(invoice) for invoice in state.store.invoices(location)]

    # --- HTTP -------------------------------------------------------------------------------------------

    def takes(self, path: str) -> bool:
        return path == PREFIX or path.startswith(PREFIX + "/")

    async def respond(self, request: Request) -> Response:
        try:
            body = await _json(request)
            status, answer = self._dispatch(request.method, str(request.scope.get("path", "")), body, request)
        except ControlError as error:
            status, answer = error.status, {"statusCode": error.status, "message": str(error)}
        except Exception:
            logger.exception("the control channel failed on %s %s", request.method, request.scope.get("path"))
            status, answer = 500, {"statusCode": 500, "message": "the control channel failed (see the emulator's log)"}
        return Response(
            json.dumps(answer, ensure_ascii=False).encode("utf-8"),
            status_code=status,
            media_type="application/json; charset=utf-8",
        )

    def _dispatch(self, method: str, path: str, body: object, request: Request) -> tuple[int, object]:
        route = path[len(PREFIX) :].strip("/")
        routes: dict[str, set[str]] = {
            "": {"GET"},
            "reset": {"POST"},
            "requests": {"GET", "DELETE"},
            "invoices": {"GET", "POST"},
            "locations": {"POST"},
            "faults": {"GET", "PUT", "POST", "DELETE"},
            "profile": {"PUT"},
            "now": {"PUT"},
        }
        if route not in routes:
            raise ControlError(f"no control route {path}; routes: {', '.join(PREFIX + '/' + r for r in routes)}", 404)
        if method not in routes[route]:
            raise ControlError(f"{path} takes {', '.join(sorted(routes[route]))}, not {method}", 405)
        state = self.state
        if route == "reset":
            fields = _object(body, "reset")
            _known(fields, {"profile", "now", "faults"}, "reset")
            profile = fields.get("profile")
            if profile is not None and not isinstance(profile, str):
                raise ControlError("profile must be a string such as 'default' or 'retry-after,validation-400'")
            self.reset(profile=profile, now=parse_now(fields.get("now")), faults=_faults(fields.get("faults", [])))
        elif route == "requests":
            if method == "DELETE":
                state.journal.clear()
            else:
                return 200, {"requests": [entry.to_json() for entry in state.journal.entries()]}
        elif route == "invoices":
            if method == "GET":
                location = request.query_params.get("locationId")
                return 200, {"invoices": self.invoices(location)}
            return 201, self.seed(_object(body, "invoices"))
        elif route == "locations":
            fields = _object(body, "locations")
            _known(fields, {"locationId", "companyId", "timezone", "scopes"}, "locations")
            for key in ("locationId", "companyId", "timezone"):
                if key in fields and fields[key] is not None:
                    _string(fields, key, "")
            scopes = fields.get("scopes")
            if scopes is not None and not isinstance(scopes, list):
                raise ControlError("scopes must be a list of scope names")
            added = self.add_location(fields.get("locationId"), fields.get("companyId"), fields.get("timezone"), scopes)
            return 201, added.to_json()
        elif route == "faults":
            if method == "DELETE":
                state.faults.clear()
            elif method in ("PUT", "POST"):
                fields = _object(body, "faults")
                _known(fields, {"faults"}, "faults")
                faults = _faults(fields.get("faults", []))
                state.faults.set(faults) if method == "PUT" else state.faults.add(faults)
            return 200, {"faults": [active.to_json() for active in state.faults.active()]}
        elif route == "profile":
            fields = _object(body, "profile")
            _known(fields, {"profile"}, "profile")
            self.set_profile(_string(fields, "profile", ""))
        elif route == "now":
            fields = _object(body, "now")
            _known(fields, {"now"}, "now")
            if "now" not in fields:
                raise ControlError('now: give {"now": <timestamp, date or null>}')
            self._clock.set(parse_now(fields["now"]))
        return 200, self.info()


async def _json(request: Request) -> object:
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_CONTROL_BODY:
                raise ControlError(f"the body is over {MAX_CONTROL_BODY} bytes", 413)
            chunks.append(chunk)
    except ClientDisconnect:
        raise ControlError("the client disconnected") from None
    raw = b"".join(chunks)
    if not raw.strip():
        return None
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ControlError(f"the body is not JSON: {exc}") from None
    except RecursionError:
        raise ControlError("the body is nested too deeply") from None


def _no_constant(name: str) -> object:
    raise ControlError(f"the body is not JSON: {name} is not a JSON number")


def _inner(answer: Mapping[str, object]) -> dict[str, object]:
    invoice = answer["invoice"]
    assert isinstance(invoice, dict)
    return invoice


def _random_id() -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(20))


def emulator_control(app: Starlette) -> Controller:
    """The control channel of an app made with `create_app(control=True)`."""
    control = getattr(app.state, "emulator_control", None)
    if not isinstance(control, Controller):
        raise ValueError("this app has no control channel: make it with create_app(control=True)")
    return control
