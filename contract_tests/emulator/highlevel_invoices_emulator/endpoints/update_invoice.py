"""PUT /invoices/{invoiceId}: replaces an invoice with the body (the vendor's UpdateInvoiceDto).

Its lines are `invoiceItems` (not create's `items`), both dates are required, and it takes `contactId`,
`description` and `xeroDetails`; it has no sentTo, late fees or `action`. Which states may be updated and what
happens to optional parts the body leaves out are the `update_allowed` and `update_absent_fields` choices.
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import (
    ATTACHMENT,
    CONTACT_DETAILS,
    ITEM,
    PAYMENT_METHODS,
    alt_type,
    business_details,
    date,
    discount,
    misc_charges,
    nested_list,
    optional_nested,
    optional_object,
    optional_string,
    payment_schedule,
    required_string,
    tips,
)
from highlevel_invoices_emulator.endpoints.support import (
    company_for,
    success,
    validated_body,
)
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import IsBoolean, IsObject, Prop, Schema


@cache
def body_dto(choices: Choices) -> Schema:
    iso8601 = choices.date_format == "iso8601"
    return Schema(
        "UpdateInvoiceDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            required_string("name", not_empty=True),
            optional_string("title"),
            required_string("currency", not_empty=True),
            optional_string("description"),
            optional_nested("businessDetails", business_details(choices)),
            optional_string("invoiceNumber"),
            optional_string("contactId"),
            optional_nested("contactDetails", CONTACT_DETAILS),
            optional_string("termsNotes"),
            optional_nested("discount", discount(choices)),
            nested_list("invoiceItems", ITEM, optional=False),
            Prop("automaticTaxesEnabled", (IsBoolean(),), optional=True),
            Prop("liveMode", (IsBoolean(),), optional=True),
            date("issueDate", iso8601=iso8601, optional=False),
            date("dueDate", iso8601=iso8601, optional=False),
            optional_nested("paymentSchedule", payment_schedule(choices)),
            optional_nested("tipsConfiguration", tips(choices)),
            Prop("xeroDetails", (IsObject(),), optional=True),
            optional_string("invoiceNumberPrefix"),
            optional_object("paymentMethods", PAYMENT_METHODS),
            nested_list("attachments", ATTACHMENT, optional=True),
            optional_nested("miscellaneousCharges", misc_charges(choices)),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    entity = validated_body(call, body_dto(state.choices))
    company = company_for(call, str(entity["altId"]))
    return success(call, 200, state.service.update(entity, call.path_params["invoiceId"], company))


ENDPOINT = Endpoint("PUT", "/invoices/:invoiceId", SCOPE_WRITE, agency_tokens=True, handle=handle)
