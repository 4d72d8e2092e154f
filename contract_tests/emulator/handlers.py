"""One handler per endpoint: the location check, the validation and the answer particular to each.

The checks every endpoint shares (body parsing, Version, Authorization, rate limit, scope) run before in
`app.py`; `ENDPOINTS` lists the endpoints in the order Express would try their routes.
"""

from __future__ import annotations

import uuid

from . import dtos
from .errors import validation_failed
from .guards import check_location
from .routing import Answer, Call, Endpoint
from .tokens import SCOPE_READ, SCOPE_WRITE
from .validation import MISSING, Schema, apply_defaults, strip_proto_keys, validate


def as_dto_object(value: object) -> dict[str, object]:
    """What a DTO class sees: Nest validates an array body as the DTO itself, so its indices become properties."""
    value = strip_proto_keys(value)
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return dict(value) if isinstance(value, dict) else {}


def _validate(call: Call, value: dict[str, object], schema: Schema, *, forbid_unknown: bool) -> None:
    messages = validate(value, schema, forbid_unknown=forbid_unknown)
    if messages:
        raise validation_failed(call.state.choices.validation_status, messages)


def _success(call: Call, status: int, body: dict[str, object]) -> Answer:
    if call.state.choices.trace_id_on_success:
        body = {**body, "traceId": str(uuid.uuid4())}
    return Answer(status, body)


def _company_for(call: Call, location: str) -> str | None:
    token = call.token
    return token.company_id if token.location_id is not None else call.state.tokens.company_of(location)


def generate_invoice_number(call: Call) -> Answer:
    state = call.state
    query = as_dto_object(call.query)
    check_location(call.token, query.get("altId", MISSING), state.tokens, state.choices)
    forbid = state.choices.query_unknown_properties == "forbidden"
    _validate(call, query, dtos.generate_number_query(), forbid_unknown=forbid)
    return _success(call, 200, state.service.next_number(str(query["altId"])))


def text2pay(call: Call) -> Answer:
    state = call.state
    body = as_dto_object(call.body.dto_value)
    check_location(call.token, body.get("altId", MISSING), state.tokens, state.choices)
    schema = dtos.text2pay_body(state.choices)
    entity = apply_defaults(body, schema)
    _validate(call, entity, schema, forbid_unknown=True)
    answer = state.service.text2pay(entity, _company_for(call, str(entity["altId"])))
    return _success(call, state.choices.text2pay_status, answer)


def delete_invoice(call: Call) -> Answer:
    """Where `altId`/`altType` are read from is the `delete_alt_location` choice (body, query, or either)."""
    state = call.state
    where = state.choices.delete_alt_location
    body, query = as_dto_object(call.body.dto_value), as_dto_object(call.query)
    in_body = where == "body" or (where == "either" and ("altId" in body or "altType" in body))
    source = body if in_body else query
    check_location(call.token, source.get("altId", MISSING), state.tokens, state.choices)
    forbid = True if in_body else state.choices.query_unknown_properties == "forbidden"
    _validate(call, source, dtos.delete_invoice_location(), forbid_unknown=forbid)
    deleted = state.service.delete(str(source["altId"]), call.path_params["invoiceId"])
    return _success(call, 200, deleted)


GENERATE_INVOICE_NUMBER = Endpoint(
    "GET", "/invoices/generate-invoice-number", SCOPE_READ, agency_tokens=True, handle=generate_invoice_number
)
TEXT2PAY = Endpoint("POST", "/invoices/text2pay", SCOPE_WRITE, agency_tokens=False, handle=text2pay)
DELETE_INVOICE = Endpoint("DELETE", "/invoices/:invoiceId", SCOPE_WRITE, agency_tokens=True, handle=delete_invoice)
ENDPOINTS = (GENERATE_INVOICE_NUMBER, TEXT2PAY, DELETE_INVOICE)
