"""The card of "Create & Send" (text2pay): creates a draft, or updates the run's own one its `id` names.

Its body carries the billing fields, so it goes out only as a test-mode draft. In a run with a create budget
(`CONTRACT_MAX_CREATES`, always in live mode) a case that would create a draft beyond the budget becomes an update
(`id`) of a draft this run created and has not deleted, so the body schema is still exercised without consuming an
invoice number. Against the live API a create carries no `invoiceNumber` but the one generate-invoice-number has
just returned (else none, and the vendor takes the next), and an update none at all: the location's number
sequence moves by exactly the run's creates. Every draft's name carries the run's id (`stamp_name`), so a draft
whose create's answer was lost is found by the list's `search` and deleted all the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schemathesis import Case

from contract_tests.operations.card import INVOICE_CHECKS, Card, Effect, InvoiceRef, RunIds, put_if_string
from contract_tests.operations.drafts import DRAFT, force_draft
from contract_tests.operations.live_rules import own_invoices_only


def stamp_name(body: dict[str, Any], ids: RunIds) -> None:
    """Put the run's id into the draft's name: appended to a string name; against the live API (strict numbers)
    the name of a create is always a stamped string, so no draft of a live run can hide from the search."""
    name = body.get("name")
    if isinstance(name, str):
        if ids.run_id not in name:
            body["name"] = f"{name} {ids.run_id}".lstrip()
    elif ids.numbers.strict and not isinstance(body.get("id"), str):
        body["name"] = ids.run_id


def pin_generated_body(body: Any, ids: RunIds) -> None:
    """Pin a generated body in place: the run's ids, a number it may use, draft and test mode, and an update of its
    own draft where an update was asked for or the create budget is spent."""
    if isinstance(body, dict):
        put_if_string(body, "userId", ids.user_id)
        put_if_string(body.get("contactDetails"), "id", ids.contact_id)
        if isinstance(body.get("id"), (dict, list)):
            # An object or array `id` could become a database query on the vendor's side (`{"$ne": null}`): the
            # live guard refuses it, so it is not sent at all; numbers, booleans and null still test validation.
            del body["id"]
        own = ids.invoices.latest()
        if isinstance(body.get("id"), str):
            if own is None:
                del body["id"]
            else:
                body["id"] = own
        if not isinstance(body.get("id"), str) and not ids.cases_may_create() and own is not None:
            body["id"] = own  # an `id` of another type may make a draft too: once the budget is spent, none may
        updating = isinstance(body.get("id"), str)
        stamp_name(body, ids)
        number = body.get("invoiceNumber")
        if isinstance(number, str):
            claimed = None if updating and ids.numbers.strict else ids.numbers.claim(number)
            if claimed is None:
                del body["invoiceNumber"]
            else:
                body["invoiceNumber"] = claimed
    force_draft(body)


def pin(case: Case[Any], ids: RunIds) -> None:
    pin_generated_body(case.body, ids)


def pin_example(body: Any, ids: RunIds, create: bool) -> None:
    """Pin a body built from a documented or curated example (the proofs'): the run's ids whatever the example
    holds, an update of the run's own latest draft where the example names another invoice or the create budget
    is spent (unless `create`: the budget's reserved share), a number it may use, draft and test mode."""
    if not isinstance(body, dict):
        return
    body["altId"] = ids.location_id
    body["userId"] = ids.user_id
    if isinstance(body.get("contactDetails"), dict):
        body["contactDetails"]["id"] = ids.contact_id
    if "id" in body and not ids.invoices.owns(body["id"]):
        # A documented example's update id (the vendor's `"string"` placeholder) names no invoice of this run.
        own = ids.invoices.latest()
        if own is None:
            del body["id"]
        else:
            body["id"] = own
    if not isinstance(body.get("id"), str) and not create and not ids.cases_may_create():
        own = ids.invoices.latest()
        if own is not None:
            body["id"] = own
    stamp_name(body, ids)
    if isinstance(body.get("invoiceNumber"), str):
        number = ids.numbers.claim(body["invoiceNumber"])
        if number is None or (isinstance(body.get("id"), str) and ids.numbers.strict):
            del body["invoiceNumber"]
        else:
            body["invoiceNumber"] = number
    force_draft(body)


def observe(ids: RunIds, answer: Mapping[str, Any]) -> None:
    """The number the invoice took is used."""
    invoice = answer.get("invoice")
    if isinstance(invoice, dict) and "invoiceNumber" in invoice:
        ids.numbers.observe_used(invoice["invoiceNumber"])


CARD = Card(
    "createAndSendInvoice",
    effect=Effect.CREATE,
    location_in=("body",),
    invoice=InvoiceRef("body", "id", required=False),
    answer_invoice="/invoice",
    body_schema="Text2PayInvoiceRequest",
    example="draftInvoice",
    pin=pin,
    observe=observe,
    pin_body=pin_example,
    coverage_requests=1_400,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    live_rule=own_invoices_only,
    billing=DRAFT,
    fresh_drafts=True,
)
