"""The suite's own checks, in Schemathesis' style: each a small named function with Schemathesis' check signature.

They are passed as `additional_checks` (which ones apply to an operation its card says, by name: `checks_for`), so
they are
not registered globally and do not leak into other Schemathesis runs in the same process. Each returns `SKIPPED`
when the exchange gives it nothing to judge, None when it passed, and raises `ContractViolation` when it failed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from schemathesis import Case, CheckContext, Response
from schemathesis.core.failures import Failure

from contract_tests.operations import registry
from contract_tests.operations.card import RATE_LIMIT_CHECKS

CheckFunction = Callable[[CheckContext, Response, Case[Any]], bool | None]

RATE_LIMIT_HEADERS = (
    "X-RateLimit-Limit-Daily",
    "X-RateLimit-Daily-Remaining",
    "X-RateLimit-Interval-Milliseconds",
    "X-RateLimit-Max",
    "X-RateLimit-Remaining",
)
MONEY_TOLERANCE = 0.005


class ContractViolation(Failure):
    """A failure of one of the suite's own checks."""

    code = "ST990"
    kind_title = "Contract check failed"


# Schemathesis' check protocol: a check returns True when it does not apply (counted as skipped), None when it ran
# and passed, and raises on failure.
SKIPPED = True


def _fail(case: Case[Any], title: str, message: str) -> None:
    raise ContractViolation(operation=case.operation.label, title=title, message=message)


def _json_object(response: Response) -> Mapping[str, Any] | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _success(response: Response) -> bool:
    return 200 <= response.status_code < 300


def _returned_invoice(response: Response, case: Case[Any]) -> Mapping[str, Any] | None:
    """The invoice a successful answer returns where the operation's card says it is (text2pay's `invoice`, a
    delete's whole answer), or None where there is none to judge (a missing or malformed invoice is
    response_schema_conformance's finding)."""
    card = registry.by_label(case.operation.label)
    if card is None or not _success(response):
        return None
    return card.invoice_in_answer(_json_object(response))


def rate_limit_headers_present(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every successful answer carries the vendor's five rate-limit headers (VENDOR_FACTS "Rate limits")."""
    if not _success(response):
        return SKIPPED
    missing = [name for name in RATE_LIMIT_HEADERS if name.lower() not in {k.lower() for k in response.headers}]
    if missing:
        _fail(case, "Missing rate-limit headers", f"The {response.status_code} answer lacks {', '.join(missing)}")
    return None


def amount_due_is_total_minus_paid(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A returned invoice's `amountDue` equals `total - amountPaid` (VENDOR_FACTS "Data shapes")."""
    invoice = _returned_invoice(response, case)
    if invoice is None:
        return SKIPPED
    total, paid, due = invoice.get("total"), invoice.get("amountPaid"), invoice.get("amountDue")
    numbers = [v for v in (total, paid, due) if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) < 3:
        return SKIPPED  # a missing or mistyped amount is response_schema_conformance's finding
    assert isinstance(total, int | float)
    assert isinstance(paid, int | float)
    assert isinstance(due, int | float)
    if not math.isclose(due, total - paid, abs_tol=MONEY_TOLERANCE):
        _fail(case, "amountDue is not total - amountPaid", f"total={total}, amountPaid={paid}, amountDue={due}")
    return None


def draft_stays_unsent(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An accepted draft in test mode comes back as a draft with `liveMode: false`: nothing was billed or sent."""
    invoice = _returned_invoice(response, case)
    asked_for_draft = isinstance(case.body, dict) and case.body.get("action") == "draft"
    if invoice is None or not asked_for_draft:
        return SKIPPED
    if invoice.get("liveMode") is not False or invoice.get("status") != "draft":
        _fail(
            case,
            "A draft request produced a live or sent invoice",
            f"status={invoice.get('status')!r}, liveMode={invoice.get('liveMode')!r}",
        )
    return None


def invoice_belongs_to_requested_location(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """The returned invoice is stored under the `altId` the request named, read where the operation's card says the
    location travels (the query, the body)."""
    invoice = _returned_invoice(response, case)
    card = registry.by_label(case.operation.label)
    requested = card.requested_location(case.query, case.body) if card is not None else None
    if invoice is None or "altId" not in invoice or requested is None:
        return SKIPPED
    if invoice["altId"] != requested:
        _fail(case, "Invoice stored under another location", f"sent {requested!r}, got {invoice['altId']!r}")
    return None


# Every custom check, by name (classify.py and replay look them up); each card names the ones that apply to it.
CUSTOM_CHECKS: tuple[CheckFunction, ...] = (
    rate_limit_headers_present,
    amount_due_is_total_minus_paid,
    draft_stays_unsent,
    invoice_belongs_to_requested_location,
)
BY_NAME: Mapping[str, CheckFunction] = {check.__name__: check for check in CUSTOM_CHECKS}


def checks_for(label: str) -> list[CheckFunction]:
    """The suite's own checks that apply to the operation, as its card names them (the rate-limit headers for an
    operation without a card)."""
    card = registry.by_label(label)
    return [BY_NAME[name] for name in (card.checks if card is not None else RATE_LIMIT_CHECKS)]
