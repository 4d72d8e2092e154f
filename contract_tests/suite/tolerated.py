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
- A delete of an invoice that is gone or no draft. The vendor documents 400 with `Unable to find an invoice with
  the given invoice id` or `Invoice status need to be draft to delete an invoice` (not 404); a schema cannot say
  which ids exist, so a schema-valid delete of a draft the run already deleted is refused with one of exactly
  these two answers, and `positive_data_acceptance` findings of that shape are dropped.
- A send, payment or void of the invoice no run creates (`pinning.NO_RUNS_INVOICE`, which their generated cases
  name so that the run's drafts stay deletable): the vendor's documented 400 `Unable to find an invoice with the
  given invoice id`, to exactly that id, is their expected answer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from schemathesis import Case, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.openapi.checks import JsonSchemaError, RejectedPositiveData

from contract_tests.suite.operations import OPERATIONS
from contract_tests.suite.pinning import NO_RUNS_INVOICE
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
    """Whether the figures of a text2pay, create or update body (`items` or `invoiceItems`) can make the invoice
    total, or a step on the way to it, overflow a double. Factors below 1 count as 1 and a rate is not divided by
    100 first, so the bound holds whatever order the server multiplies in (a line amount times a huge tax rate
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
    field = path[-1] if path and (len(path) == 1 or path[:-1] == ["invoice"]) else None
    return field in COMPUTED_AMOUNTS and len(path) <= 2 and amounts_overflow(case.body)


OVERFLOW_REFUSED_REASON = "a total beyond the double range cannot be stored; refusing it with 400 loses nothing"

DELETE_REFUSED_REASON = "the vendor documents 400 for deleting an unknown (already deleted) or non-draft invoice"
DOCUMENTED_DELETE_REFUSALS = frozenset(
    {"Unable to find an invoice with the given invoice id", "Invoice status need to be draft to delete an invoice"}
)


def _message(response: Response) -> object:
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("message") if isinstance(body, dict) else None


def is_documented_delete_refusal(case: Case[Any], response: Response) -> bool:
    """A 400 to a DELETE whose message is one of the two the vendor documents for it."""
    if case.method.upper() != "DELETE" or response.status_code != 400:
        return False
    return _message(response) in DOCUMENTED_DELETE_REFUSALS


UNKNOWN_INVOICE_REASON = (
    "generated sends, payments and voids name an invoice no run creates, so the run's drafts stay deletable; the "
    "vendor documents 400 for an unknown invoice id"
)
UNKNOWN_INVOICE_MESSAGE = "Unable to find an invoice with the given invoice id"


def is_unknown_invoice_refusal(case: Case[Any], response: Response) -> bool:
    """The documented 400 to a request naming exactly `pinning.NO_RUNS_INVOICE`."""
    named = (case.path_parameters or {}).get("invoiceId")
    return named == NO_RUNS_INVOICE and response.status_code == 400 and _message(response) == UNKNOWN_INVOICE_MESSAGE


TOLERATED: Mapping[str, str] = {
    "negative_data_rejection: null in an optional body property": NULL_OPTIONAL_REASON,
    "response_schema_conformance: null total/amountDue for overflowing amounts": OVERFLOW_REASON,
    "positive_data_acceptance: 400 for overflowing amounts": OVERFLOW_REFUSED_REASON,
    "positive_data_acceptance: the documented 400 to a delete of a gone or sent invoice": DELETE_REFUSED_REASON,
    "positive_data_acceptance: the documented 400 to a send, payment or void of no run's invoice": (
        UNKNOWN_INVOICE_REASON
    ),
}

FailureFilter = Callable[[Any, Failure, Case[Any], Response], bool]


def failure_filter(document: Mapping[str, Any]) -> FailureFilter:
    """A `filter_failure` hook: False drops a tolerated finding (see above), True keeps everything else."""
    validators = {op.label: body_validator(document, op.body_schema) for op in OPERATIONS if op.body_schema}

    def keep(context: Any, failure: Failure, case: Case[Any], response: Response) -> bool:
        if isinstance(failure, RejectedPositiveData) and is_documented_delete_refusal(case, response):
            return False
        if isinstance(failure, RejectedPositiveData) and is_unknown_invoice_refusal(case, response):
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
