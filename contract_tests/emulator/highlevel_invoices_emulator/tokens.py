# ruff: noqa: E501  (the Markdown table of default tokens below is pasted into the README as is)
"""Bearer tokens the emulator accepts, and the loader for token files.

A token file is JSON: `{"<token>": {"type": "location" | "agency", "locationId": "...", "companyId": "...",
"scopes": ["invoices.readonly", "invoices.write"], "timezone": "America/Denver"}}`; agency tokens have no locationId
(nor timezone). `timezone` (an IANA zone name, optional) is the location's time zone, which response dates follow;
without it the `default_timezone` choice applies. Tokens that do not start
with `pit-` (private integration tokens) must be JWT-shaped (three base64url segments), like OAuth access tokens.
An agency token may act for every location that some location token in the same set ties to its company.

Default token set (used when no token file is given):

| token | type | location | scopes | purpose |
|---|---|---|---|---|
| `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1sb2NhdGlvbi1ydyJ9.emu-sig-location-rw` | location | `ve9EPM428h8vShlRW1KT` | invoices.readonly, invoices.write | the main sub-account token: the happy path for both endpoints |
| `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1sb2NhdGlvbi1ybyJ9.emu-sig-location-ro` | location | `ve9EPM428h8vShlRW1KT` | invoices.readonly | read-only: may generate numbers, text2pay answers 401 (scope) |
| `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1vdGhlci1sb2NhdGlvbiJ9.emu-sig-other-location` | location | `Rk7dT2Lq9XbN4wYp3HsZ` | invoices.readonly, invoices.write | another sub-account (another company): using it with the main location's altId answers 403 |
| `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1hZ2VuY3kifQ.emu-sig-agency` | agency | — (company `5DP4iH6HLkQsiKESj6rh`) | invoices.readonly, invoices.write | agency token of the main location's company: generate-invoice-number allowed for its locations; text2pay per the `agency_token_on_text2pay` choice |
| `pit-6f1c2e9a-3b7d-4e21-9c55-0d8e4a7b1f32` | location | `ve9EPM428h8vShlRW1KT` | invoices.readonly, invoices.write | private integration token of the main location, as the official SDKs send it |

Main location `ve9EPM428h8vShlRW1KT` belongs to company `5DP4iH6HLkQsiKESj6rh`; the other location
`Rk7dT2Lq9XbN4wYp3HsZ` belongs to company `Qm3nB8vC1xZ7kL0pW5tJ`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SCOPE_READ = "invoices.readonly"
SCOPE_WRITE = "invoices.write"

MAIN_LOCATION_ID = "ve9EPM428h8vShlRW1KT"
MAIN_COMPANY_ID = "5DP4iH6HLkQsiKESj6rh"
OTHER_LOCATION_ID = "Rk7dT2Lq9XbN4wYp3HsZ"
OTHER_COMPANY_ID = "Qm3nB8vC1xZ7kL0pW5tJ"

LOCATION_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1sb2NhdGlvbi1ydyJ9.emu-sig-location-rw"
READONLY_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1sb2NhdGlvbi1ybyJ9.emu-sig-location-ro"
OTHER_LOCATION_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1vdGhlci1sb2NhdGlvbiJ9.emu-sig-other-location"
)
AGENCY_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1hZ2VuY3kifQ.emu-sig-agency"
PRIVATE_INTEGRATION_TOKEN = "pit-6f1c2e9a-3b7d-4e21-9c55-0d8e4a7b1f32"

PIT_PREFIX = "pit-"
_JWT_SHAPE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

DEFAULT_TOKENS: Mapping[str, Mapping[str, object]] = {
    LOCATION_TOKEN: {
        "type": "location",
        "locationId": MAIN_LOCATION_ID,
        "companyId": MAIN_COMPANY_ID,
        "scopes": [SCOPE_READ, SCOPE_WRITE],
    },
    READONLY_TOKEN: {
        "type": "location",
        "locationId": MAIN_LOCATION_ID,
        "companyId": MAIN_COMPANY_ID,
        "scopes": [SCOPE_READ],
    },
    OTHER_LOCATION_TOKEN: {
        "type": "location",
        "locationId": OTHER_LOCATION_ID,
        "companyId": OTHER_COMPANY_ID,
        "scopes": [SCOPE_READ, SCOPE_WRITE],
    },
    AGENCY_TOKEN: {
        "type": "agency",
        "companyId": MAIN_COMPANY_ID,
        "scopes": [SCOPE_READ, SCOPE_WRITE],
    },
    PRIVATE_INTEGRATION_TOKEN: {
        "type": "location",
        "locationId": MAIN_LOCATION_ID,
        "companyId": MAIN_COMPANY_ID,
        "scopes": [SCOPE_READ, SCOPE_WRITE],
    },
}


class TokenFileError(ValueError):
    """A token file or mapping that cannot be used; the message says what to fix."""


def is_jwt_shaped(token: str) -> bool:
    return _JWT_SHAPE.fullmatch(token) is not None


@dataclass(frozen=True)
class TokenInfo:
    token_type: Literal["location", "agency"]
    company_id: str
    location_id: str | None
    scopes: frozenset[str]
    timezone: str | None = None

    @property
    def rate_limit_resource(self) -> str:
        """Rate limits apply per location, or per company for agency tokens."""
        if self.location_id is not None:
            return f"location:{self.location_id}"
        return f"company:{self.company_id}"


class TokenSet:
    def __init__(self, tokens: Mapping[str, TokenInfo]) -> None:
        self._tokens = dict(tokens)
        self._company_of_location: dict[str, str] = {}
        self._zone_of_location: dict[str, str] = {}
        for info in self._tokens.values():
            if info.location_id is not None:
                self._company_of_location[info.location_id] = info.company_id
                if info.timezone is not None:
                    self._zone_of_location[info.location_id] = info.timezone

    def lookup(self, token: str) -> TokenInfo | None:
        return self._tokens.get(token)

    def company_of(self, location_id: str) -> str | None:
        return self._company_of_location.get(location_id)

    def timezone_of(self, location_id: str) -> str | None:
        """The location's declared time zone, or None when no token of the location declares one."""
        return self._zone_of_location.get(location_id)

    def __len__(self) -> int:
        return len(self._tokens)

    def items(self) -> list[tuple[str, TokenInfo]]:
        """Every token with its grant, in the order the set was given."""
        return list(self._tokens.items())

    def locations(self) -> list[str]:
        """Every location some token names, in the order the set names them first."""
        return list(self._company_of_location)

    def adding(self, token: str, details: Mapping[str, object], *, source: str = "token mapping") -> TokenSet:
        """This set and one more token, its details shaped and checked as a token file's."""
        checked = _check_token(token, source)
        if checked in self._tokens:
            raise TokenFileError(f"{source}: token {checked[:24]!r}... is in the set already")
        tokens = {**self._tokens, checked: _parse_details(checked, details, source)}
        _check_companies(tokens, source)
        return TokenSet(tokens)

    @classmethod
    def from_mapping(cls, raw: object, *, source: str = "token mapping") -> TokenSet:
        if not isinstance(raw, Mapping):
            raise TokenFileError(f"{source}: expected a JSON object mapping tokens to their details")
        if not raw:
            raise TokenFileError(f"{source}: contains no tokens")
        tokens: dict[str, TokenInfo] = {}
        for token, details in raw.items():
            checked = _check_token(token, source)
            tokens[checked] = _parse_details(checked, details, source)
        _check_companies(tokens, source)
        return cls(tokens)


_ALLOWED_KEYS = {"type", "locationId", "companyId", "scopes", "timezone"}


def _check_token(token: object, source: str) -> str:
    if not isinstance(token, str) or not token or token != token.strip() or any(c.isspace() for c in token):
        raise TokenFileError(f"{source}: token {token!r} must be a non-empty string without whitespace")
    if not token.startswith(PIT_PREFIX) and not is_jwt_shaped(token):
        raise TokenFileError(
            f"{source}: token {token[:24]!r}... is neither a private integration token (prefix 'pit-') "
            "nor JWT-shaped (three base64url segments), so no request could ever use it"
        )
    return token


def _id_field(details: Mapping[str, object], key: str, where: str) -> str:
    value = details.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TokenFileError(f"{where}: '{key}' must be a non-empty string")
    return value


def _parse_details(token: str, details: object, source: str) -> TokenInfo:
    where = f"{source}: token {token[:24]!r}"
    if not isinstance(details, Mapping):
        raise TokenFileError(f"{where}: details must be an object with type, companyId, scopes (and locationId)")
    unknown = sorted(str(k) for k in details if k not in _ALLOWED_KEYS)
    if unknown:
        raise TokenFileError(
            f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_ALLOWED_KEYS))}"
        )
    token_type = details.get("type")
    if token_type not in ("location", "agency"):
        raise TokenFileError(f'{where}: \'type\' must be "location" or "agency", not {token_type!r}')
    company_id = _id_field(details, "companyId", where)
    location_id: str | None
    if token_type == "location":
        location_id = _id_field(details, "locationId", where)
    elif "locationId" in details:
        raise TokenFileError(f"{where}: an agency token has no locationId")
    else:
        location_id = None
    scopes = details.get("scopes")
    if not isinstance(scopes, list) or not all(isinstance(s, str) and s for s in scopes):
        raise TokenFileError(f"{where}: 'scopes' must be a list of scope names, e.g. [\"{SCOPE_READ}\"]")
    return TokenInfo(
        token_type="location" if token_type == "location" else "agency",
        company_id=company_id,
        location_id=location_id,
        scopes=frozenset(scopes),
        timezone=_timezone(details, token_type, where),
    )


def _timezone(details: Mapping[str, object], token_type: object, where: str) -> str | None:
    if "timezone" not in details:
        return None
    if token_type != "location":
        raise TokenFileError(f"{where}: an agency token has no timezone (give it to the location tokens)")
    zone = details["timezone"]
    try:
        if not isinstance(zone, str) or not zone:
            raise ValueError(zone)
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise TokenFileError(
            f"{where}: 'timezone' must be an IANA time zone name such as \"America/Denver\", not {zone!r}"
        ) from None
    return zone


def _check_companies(tokens: Mapping[str, TokenInfo], source: str) -> None:
    company_of: dict[str, str] = {}
    zone_of: dict[str, str] = {}
    for info in tokens.values():
        if info.location_id is None:
            continue
        known = company_of.setdefault(info.location_id, info.company_id)
        if known != info.company_id:
            raise TokenFileError(
                f"{source}: location {info.location_id} is given two companies ({known} and {info.company_id})"
            )
        if info.timezone is not None:
            zone = zone_of.setdefault(info.location_id, info.timezone)
            if zone != info.timezone:
                raise TokenFileError(
                    f"{source}: location {info.location_id} is given two time zones ({zone} and {info.timezone})"
                )


def load_token_file(path: str | PathLike[str]) -> TokenSet:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TokenFileError(f"token file {file}: no such file") from None
    except IsADirectoryError:
        raise TokenFileError(f"token file {file}: is a directory, not a JSON file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TokenFileError(f"token file {file}: cannot be read ({exc})") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TokenFileError(
            f"token file {file}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    return TokenSet.from_mapping(raw, source=f"token file {file}")


def load_tokens(tokens: Mapping[str, Mapping[str, object]] | str | PathLike[str] | TokenSet | None) -> TokenSet:
    """The token set for `create_app`: a mapping shaped like a token file, a path to one, or the default set."""
    if tokens is None:
        return TokenSet.from_mapping(DEFAULT_TOKENS, source="default tokens")
    if isinstance(tokens, TokenSet):
        return tokens
    if isinstance(tokens, str | PathLike):
        return load_token_file(tokens)
    return TokenSet.from_mapping(tokens)
