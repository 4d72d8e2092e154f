"""POST /invoices/{invoiceId}/record-payment: a manual payment; answers `{success, invoice}`.

The vendor's RecordPaymentDto marks `card`, `cheque` and `notes` required for every mode and `amount` optional;
whether the live API holds a cash payment to that is the `payment_card_cheque` choice (default: card only for
mode card, cheque only for mode cheque), and what a payment without an amount records is the
`payment_without_amount` choice. The state machine (`lifecycle.py`) refuses an amount over what is due.
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dtos import CARD, alt_type, optional_string, required_string
from highlevel_invoices_emulator.endpoints.support import as_dto_object, success, validate_dto
from highlevel_invoices_emulator.guards import check_location
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import (
    MISSING,
    IsArray,
    IsDateString,
    IsEnum,
    IsNumber,
    IsObject,
    IsPositive,
    IsString,
    Prop,
    Schema,
)

PAYMENT_MODES = ("cash", "card", "cheque", "bank_transfer", "other")
CHEQUE = Schema("ChequeDto", (required_string("number"),))


@cache
def body_dto(choices: Choices, mode: str | None) -> Schema:
    """The DTO for a payment of `mode`: with the `per-mode` choice, `card` and `cheque` are @ValidateIf(mode)."""
    documented = choices.payment_card_cheque == "as-documented"
    card = Prop("card", (IsObject(),), nested=CARD, optional=not (documented or mode == "card"))
    cheque = Prop("cheque", (IsObject(),), nested=CHEQUE, optional=not (documented or mode == "cheque"))
    notes = required_string("notes") if documented else optional_string("notes")
    amount_rules = (IsNumber(), IsPositive())
    amount = Prop("amount", amount_rules, optional=choices.payment_without_amount == "amount-due")
    return Schema(
        "RecordPaymentDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            Prop("mode", (IsEnum(PAYMENT_MODES),)),
            card,
            cheque,
            notes,
            amount,
            Prop("meta", (IsObject(),), optional=True),
            Prop("paymentScheduleIds", (IsArray(), IsString(each=True)), optional=True),
            Prop("fulfilledAt", (IsDateString(iso8601=True),), optional=True),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    body = as_dto_object(call.body.dto_value)
    check_location(call.token, body.get("altId", MISSING), state.tokens, state.choices)
    mode = body.get("mode")
    validate_dto(call, body, body_dto(state.choices, mode if mode in ("card", "cheque") else None), forbid_unknown=True)
    return success(call, 200, state.service.record_payment(body, call.path_params["invoiceId"]))


ENDPOINT = Endpoint("POST", "/invoices/:invoiceId/record-payment", SCOPE_WRITE, agency_tokens=True, handle=handle)
