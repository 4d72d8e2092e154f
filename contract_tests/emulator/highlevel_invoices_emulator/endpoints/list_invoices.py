"""GET /invoices/ (list): a location's invoices, filtered, ordered and paged (see `listing.py`).

Everything travels in the query, so every value is a string: `limit` and `offset` are required digit strings
(`@IsNumberString({ no_symbols: true })`: `limit must be a number string`), the dates are YYYY-MM-DD (as the
`date_format` choice says for request dates), `paymentMode`, `sortField` and `sortOrder` are enums.
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import alt_type, date, optional_string, required_string
from highlevel_invoices_emulator.endpoints.support import as_dto_object, query_forbids_unknown, success, validate_dto
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_READ
from highlevel_invoices_emulator.validation import MISSING, IsEnum, IsNotEmpty, IsNumberString, Prop, Schema

PAYMENT_MODES = ("default", "live", "test")
SORT_FIELDS = ("issueDate",)
SORT_ORDERS = ("ascend", "descend")


@cache
def query_dto(choices: Choices) -> Schema:
    iso8601 = choices.date_format == "iso8601"
    return Schema(
        "ListInvoicesQueryDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            optional_string("status"),
            date("startAt", iso8601=iso8601, optional=True),
            date("endAt", iso8601=iso8601, optional=True),
            optional_string("search"),
            Prop("paymentMode", (IsEnum(PAYMENT_MODES),), optional=True),
            optional_string("contactId"),
            Prop("limit", (IsNumberString(), IsNotEmpty())),
            Prop("offset", (IsNumberString(), IsNotEmpty())),
            Prop("sortField", (IsEnum(SORT_FIELDS),), optional=True),
            Prop("sortOrder", (IsEnum(SORT_ORDERS),), optional=True),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    query = as_dto_object(call.query)
    check_location(call.token, query.get("altId", MISSING), state.tokens, state.choices)
    validate_dto(call, query, query_dto(state.choices), forbid_unknown=query_forbids_unknown(call))
    return success(call, 200, state.service.list(str(query["altId"]), query))


ENDPOINT = Endpoint("GET", "/invoices", SCOPE_READ, agency_tokens=True, handle=handle)
