"""The preflight: one read-only call (the preflight card's, generate-invoice-number) before any case, to learn
whether the target accepts the run's Version header, token, scope and location.

A refusal is a setup error, named by its cause (an expired or invalid token, a missing scope, a wrong location, a
refused Version), never a verdict about the vendor: the run stops before any case with exit status 2. The messages
are the vendor's observed ones (VENDOR_FACTS "OBSERVED order of checks and answers"). The call cannot show the
write scope text2pay needs; a token lacking it is stopped by the ledger after its first refusals.
"""

from __future__ import annotations

import textwrap

from schemathesis import Response

from contract_tests.operations import registry
from contract_tests.suite.results import Preflight
from contract_tests.suite.scenarios import VERSION, ScenarioContext

MESSAGE_SHOWN = 500
# (substring of the vendor's message, cause, what to tell the user); the first that matches wins.
REFUSALS: tuple[tuple[str, str, str], ...] = (
    ("version header", "version", "the target refused the Version header {version!r} the suite sends"),
    ("no authorization header", "no-token", "the request carried no token; set HIGHLEVEL_TOKEN"),
    (
        "invalid jwt",
        "expired-or-invalid-token",
        "HIGHLEVEL_TOKEN was refused as an invalid or expired token (OAuth access tokens last one day; a private "
        "integration token, `pit-...`, does not expire): renew it and run again",
    ),
    (
        "invalid private integration token",
        "expired-or-invalid-token",
        "HIGHLEVEL_TOKEN was refused as a private integration token that is mistyped or revoked: copy it again "
        "from the sub-account's settings",
    ),
    (
        "not authorized for this scope",
        "missing-scope",
        "HIGHLEVEL_TOKEN lacks the scope invoices.readonly (a live run needs invoices.readonly and "
        "invoices.write): grant both to the app or integration and issue a new token",
    ),
    (
        "does not have access to this location",
        "wrong-location",
        "HIGHLEVEL_TOKEN has no access to location {location}: HIGHLEVEL_LOCATION_ID must name the token's own "
        "location (sub-account)",
    ),
)


def _message(response: Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return _shown(response.text)
    message = body.get("message") if isinstance(body, dict) else None
    if isinstance(message, list):
        return _shown("; ".join(str(m) for m in message))
    return _shown(str(message)) if message is not None else ""


def _shown(text: str) -> str:
    """The target's message as the cause quotes it: whole, or cut at a word boundary when it is huge."""
    return textwrap.shorten(text, MESSAGE_SHOWN, placeholder=" [...]")


def judge(response: Response, location_id: str) -> Preflight:
    """The preflight verdict for the answer to generate-invoice-number."""
    status, message = response.status_code, _message(response)
    if 200 <= status < 300:
        return Preflight("passed", f"generate-invoice-number answered {status}: Version, token, scope and location")
    said = f"{status} {message!r}" if message else str(status)
    if status in (400, 401, 403):
        lowered = message.lower()
        for marker, cause, advice in REFUSALS:
            if marker in lowered:
                text = advice.format(version=VERSION, location=location_id)
                return Preflight("failed", f"{text} (the target answered {said})", cause)
        if status == 401:
            return Preflight("failed", f"HIGHLEVEL_TOKEN was refused (the target answered {said})", "invalid-token")
        if status == 403:
            return Preflight("failed", f"the token may not act here (the target answered {said})", "forbidden")
    if status == 429:
        return Preflight("failed", f"the target is rate limiting this token ({said}); try again later", "rate-limited")
    if status >= 500:
        return Preflight("failed", f"the target failed the preflight call ({said}); try again later", "server-error")
    return Preflight("failed", f"generate-invoice-number answered {said}, not 2xx", "unexpected")


def run_preflight(ctx: ScenarioContext) -> Preflight:
    """Send the preflight call through the run's guarded target (it is counted and recorded like any request)."""
    try:
        response = ctx.send(registry.preflight().valid_request(ctx))
    except Exception as error:  # the forwarder's connection errors, the guard's refusals: all stop the run
        return Preflight("failed", f"the preflight call could not be sent: {type(error).__name__}: {error}", "error")
    return judge(response, ctx.identity.location_id)
