"""POST /invoices/text2pay ("Create & Send"): creates an invoice, or updates the one its `id` names."""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import (
    ACTIONS,
    ATTACHMENT,
    CONTACT_DETAILS,
    ITEM,
    PAYMENT_METHODS,
    SENT_TO,
    alt_type,
    business_details,
    date,
    discount,
    late_fees,
    misc_charges,
    nested_list,
    optional_nested,
    optional_object,
    optional_string,
    payment_schedule,
    required_nested,
    required_string,
    tips,
)
from highlevel_invoices_emulator.endpoints.support import as_dto_object, company_for, success, validate_dto
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import MISSING, IsBoolean, IsEnum, Prop, Schema, apply_defaults


@cache
def body_dto(choices: Choices) -> Schema:
    iso8601 = choices.date_format == "iso8601"
    return Schema(
        "Text2PayDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            required_string("name", not_empty=True),
            required_string("currency", not_empty=True),
            nested_list("items", ITEM, optional=False),
            optional_string("termsNotes"),
            optional_string("title"),
            optional_nested("contactDetails", CONTACT_DETAILS),
            optional_string("invoiceNumber"),
            date("issueDate", iso8601=iso8601, optional=False),
            date("dueDate", iso8601=iso8601, optional=True),
            required_nested("sentTo", SENT_TO),
            Prop("liveMode", (IsBoolean(),)),
            Prop("automaticTaxesEnabled", (IsBoolean(),), optional=True),
            optional_nested("paymentSchedule", payment_schedule(choices)),
            optional_nested("lateFeesConfiguration", late_fees(choices)),
            optional_nested("tipsConfiguration", tips(choices)),
            optional_string("invoiceNumberPrefix"),
            optional_object("paymentMethods", PAYMENT_METHODS),
            nested_list("attachments", ATTACHMENT, optional=True),
            optional_nested("miscellaneousCharges", misc_charges(choices)),
            optional_string("id"),
            Prop("includeTermsNote", (IsBoolean(),), optional=True),
            Prop("action", (IsEnum(ACTIONS),)),
            required_string("userId", not_empty=True),
            optional_nested("discount", discount(choices)),
            optional_nested("businessDetails", business_details(choices)),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    body = as_dto_object(call.body.dto_value)
    check_location(call.token, body.get("altId", MISSING), state.tokens, state.choices)
    schema = body_dto(state.choices)
    entity = apply_defaults(body, schema)
    validate_dto(call, entity, schema, forbid_unknown=True)
    answer = state.service.text2pay(entity, company_for(call, str(entity["altId"])))
    return success(call, state.choices.text2pay_status, answer)


ENDPOINT = Endpoint("POST", "/invoices/text2pay", SCOPE_WRITE, agency_tokens=False, handle=handle)
