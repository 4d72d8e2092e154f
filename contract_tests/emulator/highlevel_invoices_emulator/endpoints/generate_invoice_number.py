"""GET /invoices/generate-invoice-number: the next invoice number of a location."""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.dtos import alt_type, required_string
from highlevel_invoices_emulator.endpoints.support import as_dto_object, query_forbids_unknown, success, validate_dto
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_READ
from highlevel_invoices_emulator.validation import MISSING, Schema


@cache
def query_dto() -> Schema:
    return Schema("GenerateInvoiceNumberQueryDto", (required_string("altId", not_empty=True), alt_type()))


def handle(call: Call) -> Answer:
    state = call.state
    query = as_dto_object(call.query)
    check_location(call.token, query.get("altId", MISSING), state.tokens, state.choices)
    validate_dto(call, query, query_dto(), forbid_unknown=query_forbids_unknown(call))
    return success(call, 200, state.service.next_number(str(query["altId"])))


ENDPOINT = Endpoint("GET", "/invoices/generate-invoice-number", SCOPE_READ, agency_tokens=True, handle=handle)
