"""Which checks the suite runs: every built-in Schemathesis check except the ones listed in `EXCLUDED_CHECKS`
(each with the reason it cannot hold against a vendor-like API), plus the suite's own checks below.

The custom checks are plain functions with Schemathesis' check signature, passed as `additional_checks`, so they
are not registered globally and do not leak into other Schemathesis runs in the same process.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis import Case, CheckContext, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.openapi.checks import JsonSchemaError

CheckFunction = Callable[[CheckContext, Response, Case[Any]], bool | None]

EXCLUDED_CHECKS: Mapping[str, str] = {
    "unsupported_method": (
        "expects 405 for a method the spec does not list; the vendor is a NestJS/Express app whose router answers "
        "404 `Cannot DELETE /invoices/text2pay` for any unrouted method (the emulator does the same), which is "
        "correct HTTP for a server that routes by method and path"
    ),
    "allow_header_conformance": (
        "checks the Allow header of 405 answers; the vendor never answers 405 (see unsupported_method), so the "
        "check has nothing to look at and its probes only cost requests against the live budget"
    ),
}
# Built-in checks that are off unless given a value; left off on purpose.
UNCONFIGURED_CHECKS: Mapping[str, str] = {
    "max_response_time": "needs a latency budget the vendor does not publish; response times are recorded, not judged",
}

RATE_LIMIT_HEADERS = (
    "X-RateLimit-Limit-Daily",
    "X-RateLimit-Daily-Remaining",
    "X-RateLimit-Interval-Milliseconds",
    "X-RateLimit-Max",
    "X-RateLimit-Remaining",
)
TEXT2PAY = "POST /invoices/text2pay"
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
    """The invoice a successful text2pay answer returns, or None where there is none to judge (a missing or
    malformed invoice is response_schema_conformance's finding)."""
    if case.operation.label != TEXT2PAY or not _success(response):
        return None
    body = _json_object(response)
    invoice = body.get("invoice") if body else None
    return invoice if isinstance(invoice, dict) else None


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
    if invoice is None:
        return SKIPPED
    if invoice.get("liveMode") is not False or invoice.get("status") != "draft":
        _fail(
            case,
            "A draft request produced a live or sent invoice",
            f"status={invoice.get('status')!r}, liveMode={invoice.get('liveMode')!r}",
        )
    return None


def invoice_belongs_to_requested_location(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """The created invoice is stored under the `altId` the request named."""
    invoice = _returned_invoice(response, case)
    if invoice is None or "altId" not in invoice or not isinstance(case.body, dict):
        return SKIPPED
    if invoice["altId"] != case.body.get("altId"):
        _fail(
            case, "Invoice stored under another location", f"sent {case.body.get('altId')!r}, got {invoice['altId']!r}"
        )
    return None


CUSTOM_CHECKS: tuple[CheckFunction, ...] = (
    rate_limit_headers_present,
    amount_due_is_total_minus_paid,
    draft_stays_unsent,
    invoice_belongs_to_requested_location,
)


def checks_config() -> dict[str, dict[str, bool]]:
    """The `[checks]` table: everything on, the excluded ones off."""
    return {name: {"enabled": False} for name in EXCLUDED_CHECKS}


# --- Tolerated findings ---------------------------------------------------------------------------------------
# The vendor validates bodies with class-validator, whose @IsOptional skips every rule for `null` as for a missing
# property. A negative case whose only flaw is `null` in an optional property is therefore accepted by a
# vendor-like server; that leniency is not a contract break (a client sending valid data is unaffected), so
# `negative_data_rejection` findings of exactly that shape are dropped (`filter_failure` hook), nothing else.

NULL_OPTIONAL_REASON = "class-validator's @IsOptional accepts null for an optional property"


def without_nulls(value: object) -> object:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def body_validator(document: Mapping[str, Any], schema_name: str) -> Draft202012Validator:
    resource: Resource[Any] = Resource.from_contents(dict(document), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:contract-spec", resource)
    return Draft202012Validator(
        {"$ref": f"urn:contract-spec#/components/schemas/{schema_name}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def is_null_optional_only(validator: Draft202012Validator, body: object) -> bool:
    """The body breaks the schema, but only through nulls that class-validator reads as absent properties."""
    return not validator.is_valid(body) and validator.is_valid(without_nulls(body))


# Second tolerated shape: amounts so large that the invoice total overflows a double. The vendor computes totals in
# JavaScript, where such a total is Infinity and JSON.stringify writes it as null; the spec states amounts as
# numbers and does not bound the inputs, so a null `total`/`amountDue` is accepted exactly when the request's own
# figures overflow (nothing a real invoice can reach).

OVERFLOW_REASON = "a total beyond the double range is Infinity in JavaScript, which JSON.stringify writes as null"
COMPUTED_AMOUNTS = frozenset({"total", "amountDue"})


def _magnitude(value: object) -> float:
    return abs(float(value)) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def amounts_overflow(body: object) -> bool:
    """Whether the figures of a text2pay body can make the invoice total overflow a double."""
    if not isinstance(body, dict) or not isinstance(body.get("items"), list):
        return False
    total = 0.0
    for item in body["items"]:
        if not isinstance(item, dict):
            continue
        taxes = item.get("taxes")
        rates = sum(_magnitude(t.get("rate")) for t in taxes if isinstance(t, dict)) if isinstance(taxes, list) else 0.0
        total += _magnitude(item.get("amount")) * _magnitude(item.get("qty")) * (1 + rates / 100)
    discount = body.get("discount")
    total += _magnitude(discount.get("value")) if isinstance(discount, dict) else 0.0
    return not math.isfinite(total)


def is_overflow_null(failure: Failure, case: Case[Any]) -> bool:
    if not isinstance(failure, JsonSchemaError) or failure.instance is not None:
        return False
    path = list(failure.instance_path)
    return len(path) == 2 and path[0] == "invoice" and path[1] in COMPUTED_AMOUNTS and amounts_overflow(case.body)


TOLERATED: Mapping[str, str] = {
    "negative_data_rejection: null in an optional body property": NULL_OPTIONAL_REASON,
    "response_schema_conformance: null total/amountDue for overflowing amounts": OVERFLOW_REASON,
}

FailureFilter = Callable[[Any, Failure, Case[Any], Response], bool]


def failure_filter(document: Mapping[str, Any]) -> FailureFilter:
    """A `filter_failure` hook: False drops a tolerated finding (see above), True keeps everything else."""
    validator = body_validator(document, "Text2PayInvoiceRequest")

    def keep(context: Any, failure: Failure, case: Case[Any], response: Response) -> bool:
        if case.operation.label != TEXT2PAY:
            return True
        if isinstance(failure, AcceptedNegativeData) and is_null_optional_only(validator, case.body):
            return False
        return not is_overflow_null(failure, case)

    return keep


# --- Which built-in checks had something to judge --------------------------------------------------------------
# Built-in checks return None (a pass) on cases they have nothing to say about, e.g. `negative_data_rejection` on a
# positive case; only a check returning True counts as skipped. The per-check table counts a pass only when the
# check applied, per these predicates (checks not listed always apply once Schemathesis runs them).


def _mode_is(case: Case[Any], negative: bool) -> bool:
    meta = case.meta
    return meta is not None and (meta.generation.mode.is_negative if negative else meta.generation.mode.is_positive)


def _missing_header_case(case: Case[Any]) -> bool:
    from schemathesis.core.parameters import ParameterLocation
    from schemathesis.generation.meta import CoveragePhaseData, CoverageScenario
    from schemathesis.specs.openapi.checks import is_unexpected_http_status_case

    data = case.meta.phase.data if case.meta is not None else None
    return (
        isinstance(data, CoveragePhaseData)
        and not is_unexpected_http_status_case(case)
        and bool(data.parameter)
        and data.parameter_location == ParameterLocation.HEADER
        and data.scenario == CoverageScenario.MISSING_PARAMETER
    )


def _has_delete(case: Case[Any]) -> bool:
    paths = case.operation.schema.raw_schema.get("paths", {})
    return any(isinstance(item, dict) and "delete" in item for item in paths.values())


def _stateful(case: Case[Any]) -> bool:
    return case.meta is not None and str(case.meta.phase.name) == "stateful"


APPLICABLE: Mapping[str, Callable[[Case[Any], Response], bool]] = {
    "negative_data_rejection": lambda case, response: _mode_is(case, negative=True),
    "positive_data_acceptance": lambda case, response: _mode_is(case, negative=False),
    "missing_required_header": lambda case, response: _missing_header_case(case),
    # judges authentication only when the answer is a success (then it probes without credentials)
    "ignored_auth": lambda case, response: _success(response),
    # needs a DELETE operation whose deleted resource is read afterwards; the two operations here have none
    "use_after_free": lambda case, response: _has_delete(case) and 200 <= response.status_code < 400,
    # needs a 404 to a request built from a POST's answer (a stateful link)
    "ensure_resource_availability": lambda case, response: response.status_code == 404 and _stateful(case),
    # replays a GET as a second identity; the suite configures no second identity (Schemathesis auth peers)
    "object_level_authorization": lambda case, response: False,
}


def applies(name: str, case: Case[Any], response: Response) -> bool:
    """Whether a passing check had something to judge in this exchange."""
    predicate = APPLICABLE.get(name)
    return predicate is None or predicate(case, response)
