"""GET /invoices/{invoiceId}/contract-probe: a throwaway read of one invoice (test_new_operation.py)."""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.dtos import alt_type, required_string
from highlevel_invoices_emulator.endpoints.support import as_dto_object, query_forbids_unknown, success, validate_dto
from highlevel_invoices_emulator.errors import nest_error
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.invoices import UNKNOWN_INVOICE
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_READ
from highlevel_invoices_emulator.validation import MISSING, Schema


@cache
def query_dto() -> Schema:
    return Schema("ProbeInvoiceQueryDto", (required_string("altId", not_empty=True), alt_type()))


def handle(call: Call) -> Answer:
    state = call.state
    query = as_dto_object(call.query)
    check_location(call.token, query.get("altId", MISSING), state.tokens, state.choices)
    validate_dto(call, query, query_dto(), forbid_unknown=query_forbids_unknown(call))
    invoice = state.service.store.get(str(query["altId"]), call.path_params["invoiceId"])
    if invoice is None:
        raise nest_error(400, UNKNOWN_INVOICE)
    return success(call, 200, state.service.render(invoice))


ENDPOINT = Endpoint("GET", "/invoices/:invoiceId/contract-probe", SCOPE_READ, agency_tokens=False, handle=handle)
