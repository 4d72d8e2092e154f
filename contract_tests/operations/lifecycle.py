"""What the cards of the invoice's lifecycle share: pinning a create or update body, and the refusals the vendor
documents on its invoice endpoints.

No card of the lifecycle sets a live rule yet: a live run never calls them until a person decides what each may
touch (issue 18's live rules), and their proofs are unproven in live mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schemathesis import Case

from contract_tests.operations.card import UNKNOWN_INVOICE_ID, Refusal, RunIds, put_if_string
from contract_tests.operations.drafts import BillingRule, force_billing

# VENDOR_FACTS "Deleting and voiding": an id that names no invoice of the location is a 400 with this message on
# the vendor's invoice endpoints (documented for delete and void; inferred for the others).
UNKNOWN_INVOICE = Refusal(400, "Unable to find an invoice with the given invoice id", gone=True)


def claim_number(body: dict[str, Any], ids: RunIds, *, updating: bool) -> None:
    """A number no other invoice has (a taken one is a 400); none for an update against the live API."""
    number = body.get("invoiceNumber")
    if isinstance(number, str):
        claimed = None if updating and ids.numbers.strict else ids.numbers.claim(number)
        if claimed is None:
            del body["invoiceNumber"]
        else:
            body["invoiceNumber"] = claimed


def pin_invoice_body(body: Any, ids: RunIds, rule: BillingRule, *, updating: bool) -> None:
    """A create or update body: the run's contact, a free number, test mode."""
    if isinstance(body, dict):
        put_if_string(body.get("contactDetails"), "id", ids.contact_id)
        claim_number(body, ids, updating=updating)
    force_billing(body, rule)


def name_no_runs_invoice(case: Case[Any], ids: RunIds) -> None:
    """A generated send, payment or void names an invoice no run creates: each makes an invoice undeletable (a
    sent, paid or void invoice cannot be deleted, and the cleanup only deletes), so until the cleanup voids what
    it cannot delete their generated cases test validation, auth and the documented unknown-invoice 400; the
    success answers are checked by `contract_tests/tests/suite/test_lifecycle_answers.py`."""
    put_if_string(case.path_parameters, "invoiceId", UNKNOWN_INVOICE_ID)


def observe_flat_invoice(ids: RunIds, answer: Mapping[str, Any]) -> None:
    """The number a flat invoice answer (a create) carries is used."""
    if "invoiceNumber" in answer:
        ids.numbers.observe_used(answer["invoiceNumber"])
