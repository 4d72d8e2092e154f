"""The suite's Schemathesis hooks: `before_call` pins every generated case through its operation's card.

The hook is registered globally (Schemathesis runs `before_call` only from the global dispatcher), but acts only
on schemas marked here, so plain Schemathesis runs in the same process (the benchmark) are untouched.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, HookContext, Response
from schemathesis.schemas import BaseSchema

from contract_tests.operations import registry
from contract_tests.suite.pinning import Pins
from contract_tests.suite.request_policy import MALFORMED_PROBES, RefusedRequestError, is_malformed_probe, parse_json

# Schemathesis clones schemas (e.g. per test), so the mark lives in the raw document, which clones share: the
# spec variant, and a key of its own per marked document (two runs in one process never share pins).
MARK = "x-contract-suite"
_MARKED: dict[str, Pins] = {}


def mark_document(document: dict[str, Any], spec: str, pins: Pins) -> None:
    """Mark a spec document (before it becomes a schema) as this suite's `spec` variant, pinned to `pins`."""
    key = f"{spec}#{len(_MARKED)}"
    document[MARK] = key
    _MARKED[key] = pins


def pins_of(schema: BaseSchema) -> Pins | None:
    key = schema.raw_schema.get(MARK)
    return _MARKED.get(key) if isinstance(key, str) else None


def spec_of(schema: BaseSchema) -> str | None:
    """The spec variant a marked schema was built from (`curated`, `as-documented`), else None."""
    key = schema.raw_schema.get(MARK)
    return key.split("#", 1)[0] if isinstance(key, str) else None


# What a generated raw body the guard cannot vouch for becomes: its known malformed probe, cut before any key.
SAFE_MALFORMED_BODY = b"{"
assert SAFE_MALFORMED_BODY in MALFORMED_PROBES


def vouchable(body: bytes) -> bool:
    """Whether the guard forwards these raw bytes: JSON it can check, or junk it knows carries no object."""
    try:
        parse_json(body)
    except RefusedRequestError:
        return is_malformed_probe(body)
    return True


def pin_case(case: Case[Any], pins: Pins) -> None:
    """Pin a generated case to the run's ids, per its operation's card (operations without one are left alone), and
    drop a generated Authorization header (the run's own replaces it).
    A raw body of random bytes the guard could not vouch for (NUL bytes next to a `{`, which Schemathesis' fuzzing
    sends now and then) would abort the run; it goes out as the guard's known malformed probe instead, which tests
    the same thing: an unreadable body."""
    if isinstance(case.body, bytes) and not vouchable(case.body):
        case.body = SAFE_MALFORMED_BODY
    # The run always sends its own token (`Run.call_kwargs`): a generated Authorization header never goes out, so
    # it is dropped here, where Schemathesis sees the change and does not judge the case by a mutation of it.
    if case.headers and any(name.lower() == "authorization" for name in case.headers):
        case.headers = type(case.headers)({k: v for k, v in case.headers.items() if k.lower() != "authorization"})
    card = registry.by_label(case.operation.label)
    if card is not None:
        card.pin_case(case, pins)


def observe_answer(pins: Pins, label: str, response: Response) -> None:
    """Let the operation's card learn from a successful answer (invoice numbers handed out and used)."""
    card = registry.by_label(label)
    if card is None or not 200 <= response.status_code < 300:
        return
    try:
        body = response.json()
    except ValueError:
        return
    if isinstance(body, dict):
        card.observe(pins, body)


@schemathesis.hook("before_call")
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    pins = pins_of(case.operation.schema)
    if pins is not None:
        pin_case(case, pins)
