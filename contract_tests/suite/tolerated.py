"""Findings the suite tolerates, each a narrow shape with its reason (`TOLERATED`), dropped by the
`filter_failure` hook that `failure_filter` builds; every other finding is kept.

- Null in an optional body property. The vendor validates bodies with class-validator, whose @IsOptional skips
  every rule for `null` as for a missing property. A negative case whose only flaw is `null` in an optional
  property is therefore accepted by a vendor-like server; that leniency is not a contract break (a client sending
  valid data is unaffected), so `negative_data_rejection` findings of exactly that shape are dropped.
- Amounts so large that the invoice total overflows a double. The vendor computes totals in JavaScript, where such
  a total is Infinity and JSON.stringify writes it as null; the spec states amounts as numbers and does not bound
  the inputs, so exactly when the request's own figures overflow (nothing a real invoice can reach) a null
  `total`/`amountDue` is accepted, and so is a 400 refusing the schema-valid request (the emulator's choice,
  `Invoice total is out of range`).
- A documented refusal of a schema-valid request. A schema cannot say which invoices exist or what state they are
  in, so a schema-valid request can get a refusal the vendor documents for the operation (its card's
  `refusals`: a delete of a draft the run already deleted is refused 400 `Unable to find an invoice with the
  given invoice id`, of a sent invoice `Invoice status need to be draft to delete an invoice`, not 404);
  `positive_data_acceptance` findings that are exactly such an answer are dropped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from schemathesis import Case, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.openapi.checks import JsonSchemaError, RejectedPositiveData

from contract_tests.operations import registry
from contract_tests.suite.validators import body_validator

NULL_OPTIONAL_REASON = "class-validator's @IsOptional accepts null for an optional property"


def without_nulls(value: object) -> object:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def is_null_optional_only(validator: Draft202012Validator, body: object) -> bool:
    """The body breaks the schema, but only through nulls that class-validator reads as absent properties."""
    return not validator.is_valid(body) and validator.is_valid(without_nulls(body))


OVERFLOW_REASON = "a total beyond the double range is Infinity in JavaScript, which JSON.stringify writes as null"
COMPUTED_AMOUNTS = frozenset({"total", "amountDue"})


def _magnitude(value: object) -> float:
    return abs(float(value)) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def amounts_overflow(body: object) -> bool:
    """Whether the figures of a text2pay, create or update body (`items`, `invoiceItems`) can make the invoice total,
    or a step on the way to it, overflow a double. Factors below 1 count as 1 and a rate is not divided by 100
    first, so the bound holds whatever order the server multiplies in (a line amount times a huge tax rate
    overflows before the division by 100)."""
    items = body.get("items", body.get("invoiceItems")) if isinstance(body, dict) else None
    if not isinstance(body, dict) or not isinstance(items, list):
        return False
    total = 0.0
    for item in items:
        if not isinstance(item, dict):
            continue
        taxes = item.get("taxes")
        rates = sum(_magnitude(t.get("rate")) for t in taxes if isinstance(t, dict)) if isinstance(taxes, list) else 0.0
        amount, qty = max(1.0, _magnitude(item.get("amount"))), max(1.0, _magnitude(item.get("qty")))
        total += amount * qty * (1 + rates)
    discount = body.get("discount")
    total += _magnitude(discount.get("value")) if isinstance(discount, dict) else 0.0
    return not math.isfinite(total)


def is_overflow_null(failure: Failure, case: Case[Any]) -> bool:
    if not isinstance(failure, JsonSchemaError) or failure.instance is not None:
        return False
    path = list(failure.instance_path)
    flat = len(path) == 1 or (len(path) == 2 and path[0] == "invoice")  # the flat answer of a create or an update
    return flat and path[-1] in COMPUTED_AMOUNTS and amounts_overflow(case.body)


OVERFLOW_REFUSED_REASON = "a total beyond the double range cannot be stored; refusing it with 400 loses nothing"

REFUSED_REASON = "the vendor documents this refusal; a schema cannot say which invoices exist or what state they are in"


def is_documented_refusal(case: Case[Any], response: Response) -> bool:
    """An answer whose status and message are a refusal the operation's card documents."""
    card = registry.by_label(case.operation.label)
    if card is None or not card.refusals:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and card.refusal(response.status_code, body.get("message")) is not None


TOLERATED: Mapping[str, str] = {
    "negative_data_rejection: null in an optional body property": NULL_OPTIONAL_REASON,
    "response_schema_conformance: null total/amountDue for overflowing amounts": OVERFLOW_REASON,
    "positive_data_acceptance: 400 for overflowing amounts": OVERFLOW_REFUSED_REASON,
    "positive_data_acceptance: a refusal the operation's card documents": REFUSED_REASON,
}

FailureFilter = Callable[[Any, Failure, Case[Any], Response], bool]


def failure_filter(document: Mapping[str, Any]) -> FailureFilter:
    """A `filter_failure` hook: False drops a tolerated finding (see above), True keeps everything else."""
    validators = {card.label: body_validator(document, card.body_schema) for card in registry.CARDS if card.body_schema}

    def keep(context: Any, failure: Failure, case: Case[Any], response: Response) -> bool:
        if isinstance(failure, RejectedPositiveData) and is_documented_refusal(case, response):
            return False
        validator = validators.get(case.operation.label)
        if validator is None:
            return True
        if isinstance(failure, AcceptedNegativeData) and is_null_optional_only(validator, case.body):
            return False
        if isinstance(failure, RejectedPositiveData) and response.status_code == 400 and amounts_overflow(case.body):
            return False
        return not is_overflow_null(failure, case)

    return keep
