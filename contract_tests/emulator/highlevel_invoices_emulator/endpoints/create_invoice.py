"""POST /invoices/ (create): a draft invoice, answered as the flat invoice document (no `invoice` wrapper).

The DTO is the vendor's CreateInvoiceDto: businessDetails, discount and contactDetails are required here (unlike
text2pay), and there is no `action`, `userId`, `id` or `includeTermsNote`, so sending one is refused as an
unknown property. The status is the `create_status` choice (200 as documented, or 201).
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import (
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
from highlevel_invoices_emulator.validation import MISSING, IsBoolean, Prop, Schema, apply_defaults


@cache
def body_dto(choices: Choices) -> Schema:
    iso8601 = choices.date_format == "iso8601"
    return Schema(
        "CreateInvoiceDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            required_string("name", not_empty=True),
            required_nested("businessDetails", business_details(choices)),
            required_string("currency", not_empty=True),
            nested_list("items", ITEM, optional=False),
            required_nested("discount", discount(choices)),
            optional_string("termsNotes"),
            optional_string("title"),
            required_nested("contactDetails", CONTACT_DETAILS),
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
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    body = as_dto_object(call.body.dto_value)
    check_location(call.token, body.get("altId", MISSING), state.tokens, state.choices)
    schema = body_dto(state.choices)
    entity = apply_defaults(body, schema)
    validate_dto(call, entity, schema, forbid_unknown=True)
    invoice = state.service.create(entity, company_for(call, str(entity["altId"])))
    return success(call, state.choices.create_status, invoice)


ENDPOINT = Endpoint("POST", "/invoices", SCOPE_WRITE, agency_tokens=True, handle=handle)
