"""The two spec variants (curated, as documented) as Schemathesis schemas configured for this suite.

Determinism follows the active Hypothesis profile (`contract_tests/conftest.py`): a derandomized profile gets a
fixed Schemathesis seed and `deterministic` generation, `nightly` a fresh seed. Schemathesis overrides the
profile's `derandomize` with its own `generation.deterministic`, so both are set from the profile here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

import hypothesis
import schemathesis
from schemathesis import Config
from schemathesis.schemas import BaseSchema

from contract_tests.record import as_documented, curated_without_records, load_spec
from contract_tests.suite.check_selection import checks_config
from contract_tests.suite.settings import SpecVariant
from contract_tests.suite.tolerated import failure_filter

FIXED_SEED = 20210728
STATEFUL_MAX_STEPS = 6
ASGI_BASE_URL = "http://testserver"


@cache
def _raw_curated() -> dict[str, Any]:
    return load_spec()


def spec_document(variant: SpecVariant, *, only: frozenset[str] | None = None) -> dict[str, Any]:
    """A fresh copy of the curated spec, or of its as-documented variant (all or `only` some patches applied)."""
    raw = _raw_curated()
    if variant == "curated":
        return curated_without_records(raw)
    return as_documented(raw, only=only)


def raw_curated() -> dict[str, Any]:
    return _raw_curated()


def active_profile() -> hypothesis.settings:
    current = hypothesis.settings.default
    return current if current is not None else hypothesis.settings()


def profile_is_deterministic() -> bool:
    return bool(active_profile().derandomize)


def display_base_url(base_url: str | None) -> str:
    """The base URL Schemathesis shows in reproduction commands (and the recording): the target's own when it has
    no path (the forwarder appends the request path to it), else the in-process placeholder."""
    if base_url and urlsplit(base_url).path in ("", "/"):
        return base_url.rstrip("/")
    return ASGI_BASE_URL


def suite_config(
    *,
    max_examples: int | None = None,
    checks: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int | None = None,
    base_url: str | None = None,
) -> Config:
    """`seed` applies to randomized profiles only (derandomized ones always use FIXED_SEED)."""
    deterministic = profile_is_deterministic()
    data: dict[str, Any] = {
        "base-url": display_base_url(base_url),
        "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
        "generation": {
            "mode": "all",
            "max-examples": max_examples or active_profile().max_examples,
            "deterministic": deterministic,
            "database": "none",
        },
        # No requests with methods the spec does not declare: their check (`unsupported_method`) is excluded, and
        # against the live API the guard refuses them (a PUT or DELETE on /invoices/text2pay names an invoice).
        "phases": {"stateful": {"max-steps": STATEFUL_MAX_STEPS}, "coverage": {"unexpected-methods": []}},
        "checks": dict(checks) if checks is not None else checks_config(),
    }
    if deterministic:
        data["seed"] = FIXED_SEED
    elif seed is not None:
        data["seed"] = seed
    return Config.from_dict(data)


AfterValidate = Callable[..., None]


@runtime_checkable
class BoundedCalls(Protocol):
    """An app that says how long one call through it may take at most (`targets.BackoffMiddleware`)."""

    @property
    def call_timeout(self) -> float: ...


def build_schema(
    document: dict[str, Any], app: Any, *, config: Config, after_validate: AfterValidate | None = None
) -> BaseSchema:
    """A schema calling `app`. In front of a server (`BoundedCalls`: `targets.BackoffMiddleware`) its request timeout
    covers every wait one call may make (throttle, the server's burst window, 429 backoff), so waiting never counts
    as a slow answer: the forwarder judges each attempt by its own read timeout."""
    schema = schemathesis.openapi.from_dict(document, config=config)
    schema.app = app
    if isinstance(app, BoundedCalls):
        schema.config.request_timeout = app.call_timeout
    keep = failure_filter(document)

    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        return keep(context, failure, case, response)

    schema.hook("filter_failure")(filter_failure)
    if after_validate is not None:
        callback = after_validate

        def forward(context: Any, case: Any, response: Any, results: Any) -> None:
            callback(context, case, response, results)

        schema.hook("after_validate")(forward)
    return schema
