"""POST /invoices/ (create): a draft invoice, answered as the flat invoice document (no `invoice` wrapper).

The DTO is the vendor's CreateInvoiceDto: businessDetails, discount and contactDetails are required here (unlike
text2pay), and there is no `action`, `userId`, `id` or `includeTermsNote`, so sending one is refused as an
unknown property. The status is the `create_status` choice (200 as documented, or 201).
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import (
    CONTACT_DETAILS,
    ITEM,
    alt_type,
    business_details,
    discount,
    invoice_document_fields,
    nested_list,
    optional_string,
    required_nested,
    required_string,
)
from highlevel_invoices_emulator.endpoints.support import (
    company_for,
    success,
    validated_body,
)
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import Schema


@cache
def body_dto(choices: Choices) -> Schema:
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
            *invoice_document_fields(choices),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    entity = validated_body(call, body_dto(state.choices))
    invoice = state.service.create(entity, company_for(call, str(entity["altId"])))
    return success(call, state.choices.create_status, invoice)


ENDPOINT = Endpoint("POST", "/invoices", SCOPE_WRITE, agency_tokens=True, handle=handle)
