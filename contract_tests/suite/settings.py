"""What a contract run targets and how hard it may push, read from the environment.

| variable | meaning |
|---|---|
| `HIGHLEVEL_TOKEN`, `HIGHLEVEL_LOCATION_ID` | both set: live mode (the vendor's API, or `CONTRACT_BASE_URL` if given) |
| `HIGHLEVEL_TEST_LOCATION_ID` | live mode: the same location id again, declaring it a test sub-account (required) |
| `HIGHLEVEL_USER_ID`, `HIGHLEVEL_CONTACT_ID` | ids pinned into every generated text2pay body (live mode) |
| `HIGHLEVEL_COMPANY_ID` | the agency's company id, for the `company-alt-id` probe (live mode) |
| `HIGHLEVEL_AGENCY_TOKEN`, `HIGHLEVEL_PIT_TOKEN` | extra credentials for the auth probes (live mode, optional) |
| `CONTRACT_BASE_URL` | run against this server: a loopback one may take its token alone (`HIGHLEVEL_TOKEN`) |
| | any other host is live mode, with every live setting and protection |
| `CONTRACT_RATE_LIMIT` | requests per second (default 5 in live mode, unlimited otherwise) |
| `CONTRACT_MAX_REQUESTS` | total request budget; the run aborts beyond it (default 3000 live, unlimited otherwise) |
| `CONTRACT_READ_TIMEOUT` | seconds a server may take to answer one attempt (default 30; waiting never counts) |
| | an answer not in time stops the run (exit 3): whether the request took effect is unknown |
| `CONTRACT_EMULATOR_PROFILE` | emulator profile for in-process runs (default `default`) |
| `CONTRACT_SPEC` | `curated` (default) or `as-documented` |
| `CONTRACT_MAX_CREATES` | drafts a run may create, then updates of its own (default 20 live, unlimited otherwise) |
| `CONTRACT_MAX_EXAMPLES` | examples per operation (default: the profile's; capped to the budget, `budget.py`) |
| `CONTRACT_SEED` | seed of a randomized (`nightly`) run, to reproduce one; `scripts/contract.py` picks and prints one |
| `CONTRACT_REPORTS_DIR` | where reports go (default `reports/`) |
| `CONTRACT_REQUIRE_LIVE` | `1`: refuse to run unless live mode is configured (the nightly sets it for a live night) |

Every problem is a `SettingsError` whose message names the variable, so scripts print it without a traceback.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from highlevel_invoices_emulator import tokens as emulator_tokens
from highlevel_invoices_emulator.serving import is_loopback

VENDOR_BASE_URL = "https://services.leadconnectorhq.com"
LIVE_DEFAULT_RATE = 5.0
LIVE_DEFAULT_BUDGET = 3000
LIVE_DEFAULT_CREATES = 20
DEFAULT_READ_TIMEOUT = 30.0
LIVE_VARIABLES = (
    "HIGHLEVEL_TOKEN",
    "HIGHLEVEL_LOCATION_ID",
    "HIGHLEVEL_TEST_LOCATION_ID",
    "HIGHLEVEL_USER_ID",
    "HIGHLEVEL_CONTACT_ID",
)
VENDOR_BURST_PER_SECOND = 10.0  # 100 requests per 10 s
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REPORTS_DIR = REPO_ROOT / "reports"

TargetKind = Literal["emulator", "url", "live"]
SpecVariant = Literal["curated", "as-documented"]

# Ids the emulator's default token set ties together (generated cases are pinned to them in emulator runs).
EMULATOR_USER_ID = "hUm4SmFjEfHyjzTtQxXy"
EMULATOR_CONTACT_ID = "c6tZZU0rJBf30ZXx9Gli"


class SettingsError(ValueError):
    """A bad environment value; the message says which variable and what to do."""


@dataclass(frozen=True)
class Identity:
    """The credentials and ids a run acts with; `token` is a secret and never printed."""

    token: str = field(repr=False)
    location_id: str
    user_id: str
    contact_id: str
    company_id: str | None = None
    agency_token: str | None = field(default=None, repr=False)
    pit_token: str | None = field(default=None, repr=False)
    other_location_token: str | None = field(default=None, repr=False)

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.token, self.agency_token, self.pit_token, self.other_location_token) if s)


@dataclass(frozen=True)
class RunSettings:
    target: TargetKind
    base_url: str | None
    identity: Identity
    rate_limit: float | None
    max_requests: int | None
    emulator_profile: str
    spec: SpecVariant
    max_examples: int | None
    reports_dir: Path
    seed: int | None = None
    max_creates: int | None = None
    read_timeout: float = DEFAULT_READ_TIMEOUT

    @property
    def is_live(self) -> bool:
        return self.target == "live"

    def describe(self) -> str:
        if self.target == "emulator":
            return f"in-process emulator (profile {self.emulator_profile})"
        label = "live API" if self.is_live else "server"
        return f"{label} at {self.base_url}"


def emulator_identity() -> Identity:
    return Identity(
        token=emulator_tokens.LOCATION_TOKEN,
        location_id=emulator_tokens.MAIN_LOCATION_ID,
        user_id=EMULATOR_USER_ID,
        contact_id=EMULATOR_CONTACT_ID,
        company_id=emulator_tokens.MAIN_COMPANY_ID,
        agency_token=emulator_tokens.AGENCY_TOKEN,
        pit_token=emulator_tokens.PRIVATE_INTEGRATION_TOKEN,
        other_location_token=emulator_tokens.OTHER_LOCATION_TOKEN,
    )


def _text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def _positive_number(env: Mapping[str, str], name: str, *, integer: bool) -> float | None:
    raw = _text(env, name)
    if raw is None:
        return None
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise SettingsError(f"{name}={raw!r} is not {kind}") from None
    if not math.isfinite(value):  # nan compares false with everything, so it would slip through every bound
        raise SettingsError(f"{name}={raw!r} must be a finite number")
    if value <= 0:
        raise SettingsError(f"{name}={raw!r} must be greater than 0")
    return value


def _base_url(env: Mapping[str, str]) -> str | None:
    raw = _text(env, "CONTRACT_BASE_URL")
    if raw is None:
        return None
    try:
        parts = urlsplit(raw)
        _ = parts.port  # raises for a port that is not a number in 0-65535
    except ValueError as error:
        raise SettingsError(f"CONTRACT_BASE_URL={raw!r} is not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"CONTRACT_BASE_URL={raw!r} is not an http(s) URL such as http://127.0.0.1:8765")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SettingsError(
            f"CONTRACT_BASE_URL={raw!r}: plain http is only for loopback servers (127.0.0.1, ::1, localhost); "
            "anything else must be https, so tokens never cross a network in clear text"
        )
    if parts.query or parts.fragment:
        raise SettingsError(f"CONTRACT_BASE_URL={raw!r} must not carry a query or fragment")
    return raw.rstrip("/")


TEST_LOCATION_VARIABLE = "HIGHLEVEL_TEST_LOCATION_ID"
REQUIRE_LIVE_VARIABLE = "CONTRACT_REQUIRE_LIVE"


def _refuse_unless_live(env: Mapping[str, str]) -> None:
    """A run that must be live (the nightly's live night) never falls back to the emulator: that would pass green
    while nothing of the vendor was checked."""
    raw = _text(env, REQUIRE_LIVE_VARIABLE)
    if raw is None or raw.lower() in ("0", "false", "no"):
        return
    if raw.lower() not in ("1", "true", "yes"):
        raise SettingsError(f"{REQUIRE_LIVE_VARIABLE}={raw!r} must be 1 or 0")
    missing = [name for name in ("HIGHLEVEL_TOKEN", "HIGHLEVEL_LOCATION_ID") if not _text(env, name)]
    raise SettingsError(
        f"a live run is required ({REQUIRE_LIVE_VARIABLE}={raw}) but {' and '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} not set: the secrets are missing, or not available to this job "
        "(environment secrets need a public repository, or GitHub Pro, Team or Enterprise for a private one; "
        "README: 'The nightly job'); nothing was run against the emulator instead"
    )


def _declared_test_location(env: Mapping[str, str], location_id: str) -> None:
    """Live mode runs only in a location its user declared a test sub-account, by naming it a second time."""
    declared = _text(env, TEST_LOCATION_VARIABLE)
    if declared == location_id:
        return
    why = (
        "a live run creates drafts, consumes invoice numbers and fills the location with fuzzed test data, so it "
        "must run in a sub-account kept for testing, never in one that bills customers (README: 'A test "
        "sub-account for live runs')"
    )
    if declared is None:
        raise SettingsError(
            f"live mode refuses to start: {TEST_LOCATION_VARIABLE} is not set. If location {location_id} is a test "
            f"sub-account, declare it with {TEST_LOCATION_VARIABLE}={location_id}; {why}"
        )
    raise SettingsError(
        f"live mode refuses to start: {TEST_LOCATION_VARIABLE}={declared!r} declares another location than "
        f"HIGHLEVEL_LOCATION_ID={location_id!r}; {why}"
    )


def _live_identity(env: Mapping[str, str], token: str, location_id: str) -> Identity:
    if any(c.isspace() for c in token):
        raise SettingsError("HIGHLEVEL_TOKEN contains whitespace; paste the bare token, without 'Bearer '")
    user_id = _text(env, "HIGHLEVEL_USER_ID")
    contact_id = _text(env, "HIGHLEVEL_CONTACT_ID")
    missing = [
        name for name, value in (("HIGHLEVEL_USER_ID", user_id), ("HIGHLEVEL_CONTACT_ID", contact_id)) if not value
    ]
    if missing:
        raise SettingsError(
            f"live mode needs {' and '.join(missing)} (a user and a contact of location {location_id}); "
            "text2pay cases are pinned to them"
        )
    assert user_id is not None
    assert contact_id is not None
    _declared_test_location(env, location_id)
    return Identity(
        token=token,
        location_id=location_id,
        user_id=user_id,
        contact_id=contact_id,
        company_id=_text(env, "HIGHLEVEL_COMPANY_ID"),
        agency_token=_text(env, "HIGHLEVEL_AGENCY_TOKEN"),
        pit_token=_text(env, "HIGHLEVEL_PIT_TOKEN"),
    )


def _remote_is_live(base_url: str | None, token: str | None, location_id: str | None) -> None:
    """Only a loopback server may be run against without live mode: any other host may be a real account."""
    if base_url is None or is_loopback(urlsplit(base_url).hostname or ""):
        return
    if token is not None and location_id is not None:
        return
    raise SettingsError(
        f"CONTRACT_BASE_URL={base_url!r} is not a loopback server, so a run against it is live mode, with every "
        f"protection (rate, request and create budgets, ownership, the test-location declaration) and every "
        f"live setting: {', '.join(LIVE_VARIABLES)}. Only 127.0.0.1, ::1 and localhost may run with "
        "HIGHLEVEL_TOKEN alone or without a token"
    )


def load_settings(env: Mapping[str, str] | None = None) -> RunSettings:
    env = os.environ if env is None else env
    token = _text(env, "HIGHLEVEL_TOKEN")
    location_id = _text(env, "HIGHLEVEL_LOCATION_ID")
    base_url = _base_url(env)
    _remote_is_live(base_url, token, location_id)
    if base_url is not None and token is not None and location_id is None:
        # URL mode with the server's own token (with HIGHLEVEL_LOCATION_ID too, it is live mode at that URL).
        identity = _url_identity(token)
        token = None
    elif (token is None) != (location_id is None):
        given, needed = (
            ("HIGHLEVEL_TOKEN", "HIGHLEVEL_LOCATION_ID") if token else ("HIGHLEVEL_LOCATION_ID", "HIGHLEVEL_TOKEN")
        )
        raise SettingsError(
            f"{given} is set but {needed} is not; live mode needs both (unset both for the emulator, or set "
            "CONTRACT_BASE_URL to run against a server with HIGHLEVEL_TOKEN alone)"
        )
    else:
        identity = emulator_identity()
    target: TargetKind
    if token is not None and location_id is not None:
        target, identity = "live", _live_identity(env, token, location_id)
        base_url = base_url or VENDOR_BASE_URL
    else:
        target = "url" if base_url else "emulator"
        _refuse_unless_live(env)
    rate = _positive_number(env, "CONTRACT_RATE_LIMIT", integer=False)
    budget = _positive_number(env, "CONTRACT_MAX_REQUESTS", integer=True)
    if target == "live":
        rate = LIVE_DEFAULT_RATE if rate is None else rate
        if rate >= VENDOR_BURST_PER_SECOND:
            raise SettingsError(
                f"CONTRACT_RATE_LIMIT={rate:g} would reach the vendor's burst limit (100 requests per 10 s); "
                f"use less than {VENDOR_BURST_PER_SECOND:g}"
            )
        budget = LIVE_DEFAULT_BUDGET if budget is None else budget
    creates = _positive_number(env, "CONTRACT_MAX_CREATES", integer=True)
    if target == "live" and creates is None:
        creates = LIVE_DEFAULT_CREATES
    spec = _text(env, "CONTRACT_SPEC") or "curated"
    if spec not in ("curated", "as-documented"):
        raise SettingsError(f"CONTRACT_SPEC={spec!r} must be 'curated' or 'as-documented'")
    examples = _positive_number(env, "CONTRACT_MAX_EXAMPLES", integer=True)
    reports = _text(env, "CONTRACT_REPORTS_DIR")
    seed = _seed(env)
    read_timeout = _positive_number(env, "CONTRACT_READ_TIMEOUT", integer=False)
    return RunSettings(
        target=target,
        base_url=base_url,
        identity=identity,
        rate_limit=rate,
        max_requests=int(budget) if budget is not None else None,
        emulator_profile=_emulator_profile(env),
        spec="as-documented" if spec == "as-documented" else "curated",
        max_examples=int(examples) if examples is not None else None,
        reports_dir=Path(reports) if reports else DEFAULT_REPORTS_DIR,
        seed=seed,
        max_creates=int(creates) if creates is not None else None,
        read_timeout=read_timeout if read_timeout is not None else DEFAULT_READ_TIMEOUT,
    )


def _url_identity(token: str) -> Identity:
    """The emulator's ids with the server's own token (URL mode given HIGHLEVEL_TOKEN alone)."""
    if any(c.isspace() for c in token):
        raise SettingsError("HIGHLEVEL_TOKEN contains whitespace; paste the bare token, without 'Bearer '")
    default = emulator_identity()
    return Identity(
        token=token,
        location_id=default.location_id,
        user_id=default.user_id,
        contact_id=default.contact_id,
        company_id=default.company_id,
        other_location_token=default.other_location_token,
    )


def _seed(env: Mapping[str, str]) -> int | None:
    raw = _text(env, "CONTRACT_SEED")
    if raw is None:
        return None
    if not raw.isdigit():
        raise SettingsError(f"CONTRACT_SEED={raw!r} is not a whole number >= 0")
    return int(raw)


def _emulator_profile(env: Mapping[str, str]) -> str:
    from highlevel_invoices_emulator.choices import UnknownProfileError, resolve_profile

    profile = _text(env, "CONTRACT_EMULATOR_PROFILE") or "default"
    try:
        resolve_profile(profile)
    except UnknownProfileError as error:
        raise SettingsError(f"CONTRACT_EMULATOR_PROFILE: {error}") from None
    return profile
