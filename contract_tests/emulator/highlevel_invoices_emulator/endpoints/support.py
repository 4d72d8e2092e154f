"""What the endpoint handlers share: the DTO view of a request, validation, success answers and the company."""

from __future__ import annotations

import uuid

from highlevel_invoices_emulator.errors import validation_failed
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call
from highlevel_invoices_emulator.validation import MISSING, Schema, apply_defaults, strip_proto_keys, validate


def as_dto_object(value: object) -> dict[str, object]:
    """What a DTO class sees: Nest validates an array body as the DTO itself, so its indices become properties."""
    value = strip_proto_keys(value)
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return dict(value) if isinstance(value, dict) else {}


def validate_dto(call: Call, value: dict[str, object], schema: Schema, *, forbid_unknown: bool) -> None:
    """Raise the vendor's validation error (422 or the labelled status) when `value` breaks `schema`."""
    messages = validate(value, schema, forbid_unknown=forbid_unknown)
    if messages:
        raise validation_failed(call.state.choices.validation_status, messages)


def validated_body(call: Call, schema: Schema) -> dict[str, object]:
    """The JSON body as the DTO sees it, after the location check, with the DTO's defaults filled in and validated
    (unknown properties refused): what every handler of a body-carrying endpoint does first, in NestJS's order."""
    body = as_dto_object(call.body.dto_value)
    check_location(call.token, body.get("altId", MISSING), call.state.tokens, call.state.choices)
    entity = apply_defaults(body, schema)
    validate_dto(call, entity, schema, forbid_unknown=True)
    return entity


def query_forbids_unknown(call: Call) -> bool:
    """Whether unknown query parameters are refused (the `query_unknown_properties` choice)."""
    return call.state.choices.query_unknown_properties == "forbidden"


def success(call: Call, status: int, body: dict[str, object]) -> Answer:
    """A success answer, with a top-level `traceId` when the `trace_id_on_success` choice says so."""
    if call.state.choices.trace_id_on_success:
        body = {**body, "traceId": str(uuid.uuid4())}
    return Answer(status, body)


def company_for(call: Call, location: str) -> str | None:
    """The company (agency) the location belongs to, as the invoice document records it."""
    token = call.token
    return token.company_id if token.location_id is not None else call.state.tokens.company_of(location)
