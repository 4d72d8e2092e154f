"""The registry of vendor operations: everything the suite knows about an operation is in its entry here.

An entry names the operation (operationId, method, path), its JSON request body schema and the example the
discrepancy proofs start from, how generated cases are pinned to the run's ids and what a successful answer
teaches the run (`pinning.py`), what one example costs in requests (`budget.py`), and which of the suite's own
checks apply to it (`checks.py`). Adding an operation means: the spec, one entry here, one emulator handler.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from schemathesis import Case

from contract_tests.suite import checks, pinning
from contract_tests.suite.checks import CheckFunction
from contract_tests.suite.pinning import Pins

Pin = Callable[[Case[Any], Pins], None]
Observe = Callable[[Pins, Mapping[str, Any]], None]


def _nothing_to_pin(case: Case[Any], pins: Pins) -> None:
    return None


def _nothing_to_observe(pins: Pins, answer: Mapping[str, Any]) -> None:
    return None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    body_schema: str | None = None  # the name under components/schemas of its JSON request body
    example: str | None = None  # the named request-body example the proofs build their bodies from
    pin: Pin = _nothing_to_pin
    observe: Observe = _nothing_to_observe  # called with the JSON object of every 2xx answer
    # Budget model (budget.py): requests of the coverage phase, and per generated example (cases plus the probes
    # that checks send), measured against the emulator.
    coverage_requests: int = 0
    requests_per_example: int = 2
    checks: tuple[CheckFunction, ...] = (checks.rate_limit_headers_present,)
    generated_live: bool = True  # whether generated cases of it may go to the live API
    # How the proofs' scenarios build a request of it (scenarios.operation_request): where the location travels
    # (`query`, `body`, or both), whether the path names an invoice, and whether any request of it may go to the
    # live API at all (request_policy._live_rules admits it; else its proofs are unproven in live mode).
    location_in: tuple[str, ...] = ("query",)
    query: tuple[tuple[str, str], ...] = ()  # the other query parameters a valid request carries
    names_invoice: bool = False
    live_admitted: bool = True

    @property
    def label(self) -> str:
        """Schemathesis' name of the operation, e.g. `GET /invoices/generate-invoice-number`."""
        return f"{self.method} {self.path}"

    @property
    def pointer(self) -> str:
        """The JSON pointer of the operation object in the spec."""
        return "/paths/" + self.path.replace("~", "~0").replace("/", "~1") + "/" + self.method.lower()

    @property
    def examples_pointer(self) -> str:
        return self.pointer + "/requestBody/content/application~1json/examples"

    @property
    def example_pointer(self) -> str:
        if self.example is None:
            raise LookupError(f"{self.operation_id} names no request-body example")
        return f"{self.examples_pointer}/{self.example}/value"


# The checks of operations that answer with an invoice.
INVOICE_CHECKS: tuple[CheckFunction, ...] = (
    checks.rate_limit_headers_present,
    checks.amount_due_is_total_minus_paid,
    checks.draft_stays_unsent,
    checks.invoice_belongs_to_requested_location,
)

GENERATE_INVOICE_NUMBER = Operation(
    "generateInvoiceNumber",
    "GET",
    "/invoices/generate-invoice-number",
    pin=pinning.pin_generate_number,
    observe=pinning.observe_generated_number,
    coverage_requests=55,
    requests_per_example=2,
)
TEXT2PAY = Operation(
    "createAndSendInvoice",
    "POST",
    "/invoices/text2pay",
    body_schema="Text2PayInvoiceRequest",
    example="draftInvoice",
    pin=pinning.pin_text2pay,
    observe=pinning.observe_text2pay,
    coverage_requests=1_400,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    location_in=("body",),
)

DELETE_INVOICE = Operation(
    "deleteInvoice",
    "DELETE",
    "/invoices/{invoiceId}",
    body_schema="DeleteInvoiceRequest",
    pin=pinning.pin_own_invoice,
    # A live run deletes only its own drafts, at cleanup (and in the proofs); generated deletes run elsewhere.
    generated_live=False,
    coverage_requests=40,
    requests_per_example=1,
    checks=INVOICE_CHECKS,
    location_in=("query", "body"),
    names_invoice=True,
)

# The lifecycle operations. No live rule admits them yet (request_policy._live_rules): their generated cases and
# proofs stay off the live API until one does.
CREATE_INVOICE = Operation(
    "createInvoice",
    "POST",
    "/invoices/",
    body_schema="CreateInvoiceRequest",
    example="draftInvoice",
    pin=pinning.pin_create,
    observe=pinning.observe_invoice,
    coverage_requests=1_200,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    generated_live=False,
    location_in=("body",),
    live_admitted=False,
)
GET_INVOICE = Operation(
    "getInvoice",
    "GET",
    "/invoices/{invoiceId}",
    pin=pinning.pin_own_invoice,
    coverage_requests=40,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    names_invoice=True,
    live_admitted=False,
)
LIST_INVOICES = Operation(
    "listInvoices",
    "GET",
    "/invoices/",
    pin=pinning.pin_location,
    query=(("limit", "100"), ("offset", "0")),
    coverage_requests=200,
    requests_per_example=2,
    generated_live=False,
    live_admitted=False,
)
UPDATE_INVOICE = Operation(
    "updateInvoice",
    "PUT",
    "/invoices/{invoiceId}",
    body_schema="UpdateInvoiceRequest",
    example="replaceContents",
    pin=pinning.pin_update,
    coverage_requests=1_100,
    requests_per_example=3,
    checks=INVOICE_CHECKS,
    generated_live=False,
    location_in=("body",),
    names_invoice=True,
    live_admitted=False,
)
SEND_INVOICE = Operation(
    "sendInvoice",
    "POST",
    "/invoices/{invoiceId}/send",
    body_schema="SendInvoiceRequest",
    example="sendManually",
    pin=pinning.pin_send,
    coverage_requests=250,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    location_in=("body",),
    names_invoice=True,
    live_admitted=False,
)
RECORD_INVOICE_PAYMENT = Operation(
    "recordInvoicePayment",
    "POST",
    "/invoices/{invoiceId}/record-payment",
    body_schema="RecordPaymentRequest",
    example="cashPayment",
    pin=pinning.pin_unowned_invoice,
    coverage_requests=150,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    location_in=("body",),
    names_invoice=True,
    live_admitted=False,
)
VOID_INVOICE = Operation(
    "voidInvoice",
    "POST",
    "/invoices/{invoiceId}/void",
    body_schema="VoidInvoiceRequest",
    pin=pinning.pin_unowned_invoice,
    coverage_requests=40,
    requests_per_example=2,
    checks=INVOICE_CHECKS,
    generated_live=False,
    location_in=("body",),
    names_invoice=True,
    live_admitted=False,
)

OPERATIONS: tuple[Operation, ...] = (
    GENERATE_INVOICE_NUMBER,
    TEXT2PAY,
    DELETE_INVOICE,
    CREATE_INVOICE,
    GET_INVOICE,
    LIST_INVOICES,
    UPDATE_INVOICE,
    SEND_INVOICE,
    RECORD_INVOICE_PAYMENT,
    VOID_INVOICE,
)
_BY_LABEL = {op.label: op for op in OPERATIONS}
_BY_ID = {op.operation_id: op for op in OPERATIONS}


def by_label(label: str) -> Operation | None:
    """The entry for a Schemathesis operation label, or None for an operation the registry does not know."""
    return _BY_LABEL.get(label)


def by_id(operation_id: str) -> Operation:
    """The entry for an operationId; KeyError names the known ones."""
    try:
        return _BY_ID[operation_id]
    except KeyError:
        raise KeyError(f"unknown operation {operation_id!r}; known: {', '.join(_BY_ID)}") from None


def checks_for(label: str) -> list[CheckFunction]:
    """The suite's own checks that apply to the operation (the rate-limit headers for an unknown one)."""
    operation = by_label(label)
    return list(operation.checks if operation is not None else (checks.rate_limit_headers_present,))
