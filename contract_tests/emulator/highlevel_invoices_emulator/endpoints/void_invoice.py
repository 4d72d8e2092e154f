"""POST /invoices/{invoiceId}/void: voids an invoice that is not a draft (a draft is deleted instead).

The vendor documents the location in the JSON body (VoidInvoiceDto: altId, altType). The page's description
says "API to delete invoice by invoice id"; it voids. Refusals: `lifecycle.py`.
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.dtos import alt_type, required_string
from highlevel_invoices_emulator.endpoints.support import success, validated_body
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import Schema


@cache
def body_dto() -> Schema:
    return Schema("VoidInvoiceDto", (required_string("altId", not_empty=True), alt_type()))


def handle(call: Call) -> Answer:
    state = call.state
    body = validated_body(call, body_dto())
    return success(call, 200, state.service.void(str(body["altId"]), call.path_params["invoiceId"]))


ENDPOINT = Endpoint("POST", "/invoices/:invoiceId/void", SCOPE_WRITE, agency_tokens=True, handle=handle)
