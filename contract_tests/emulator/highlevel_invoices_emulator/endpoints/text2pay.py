"""POST /invoices/text2pay ("Create & Send"): creates an invoice, or updates the one its `id` names."""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import (
    ACTIONS,
    CONTACT_DETAILS,
    ITEM,
    alt_type,
    business_details,
    discount,
    invoice_document_fields,
    nested_list,
    optional_nested,
    optional_string,
    required_string,
)
from highlevel_invoices_emulator.endpoints.support import (
    company_for,
    success,
    validated_body,
)
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import IsBoolean, IsEnum, Prop, Schema


@cache
def body_dto(choices: Choices) -> Schema:
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
            *invoice_document_fields(choices),
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
    entity = validated_body(call, body_dto(state.choices))
    answer = state.service.text2pay(entity, company_for(call, str(entity["altId"])))
    return success(call, state.choices.text2pay_status, answer)


ENDPOINT = Endpoint("POST", "/invoices/text2pay", SCOPE_WRITE, agency_tokens=False, handle=handle)
