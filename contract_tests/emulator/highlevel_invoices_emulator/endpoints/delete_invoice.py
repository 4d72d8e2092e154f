"""DELETE /invoices/{invoiceId}: deletes a draft and answers with it."""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.dtos import alt_type, required_string
from highlevel_invoices_emulator.endpoints.support import as_dto_object, query_forbids_unknown, success, validate_dto
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import MISSING, Schema


@cache
def location_dto() -> Schema:
    """Where the delete reads the location (body or query, per the `delete_alt_location` choice)."""
    return Schema("DeleteInvoiceDto", (required_string("altId", not_empty=True), alt_type()))


def handle(call: Call) -> Answer:
    """Where `altId`/`altType` are read from is the `delete_alt_location` choice (body, query, or either)."""
    state = call.state
    where = state.choices.delete_alt_location
    body, query = as_dto_object(call.body.dto_value), as_dto_object(call.query)
    in_body = where == "body" or (where == "either" and ("altId" in body or "altType" in body))
    source = body if in_body else query
    check_location(call.token, source.get("altId", MISSING), state.tokens, state.choices)
    forbid = True if in_body else query_forbids_unknown(call)
    validate_dto(call, source, location_dto(), forbid_unknown=forbid)
    deleted = state.service.delete(str(source["altId"]), call.path_params["invoiceId"])
    return success(call, 200, deleted)


ENDPOINT = Endpoint("DELETE", "/invoices/:invoiceId", SCOPE_WRITE, agency_tokens=True, handle=handle)
