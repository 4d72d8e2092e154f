"""POST /invoices/{invoiceId}/send: a draft becomes sent; answers `{invoice, smsData, emailData}`.

`action` picks the channels: `send_manually` marks the invoice sent and notifies nobody (both data objects
empty), `email`, `sms` and `sms_and_email` say whom they told. `sentFrom` names the sender of an email;
`autoPayment` (a saved card or bank account) may charge the invoice, per the `auto_payment_on_send` choice.
"""

from __future__ import annotations

from functools import cache

from highlevel_invoices_emulator.dtos import CARD, alt_type, optional_nested, optional_string, required_string
from highlevel_invoices_emulator.endpoints.support import success, validated_body
from highlevel_invoices_emulator.routing import Answer, Call, Endpoint
from highlevel_invoices_emulator.tokens import SCOPE_WRITE
from highlevel_invoices_emulator.validation import IsBoolean, IsEnum, Prop, Schema

SEND_ACTIONS = ("sms_and_email", "send_manually", "email", "sms")

SENDER = Schema("InvoiceSettingsSenderConfigurationDto", (optional_string("fromName"), optional_string("fromEmail")))
US_BANK_ACCOUNT = Schema("USBankAccountDto", (required_string("bank_name"), required_string("last4")))
SEPA_DEBIT = Schema(
    "SepaDirectDebitDTO", (required_string("bank_code"), required_string("last4"), required_string("branch_code"))
)
BACS_DEBIT = Schema("BacsDirectDebitDTO", (required_string("sort_code"), required_string("last4")))
BECS_DEBIT = Schema("BecsDirectDebitDTO", (required_string("bsb_number"), required_string("last4")))
AUTO_PAYMENT = Schema(
    "AutoPaymentDetailsDto",
    (
        Prop("enable", (IsBoolean(),)),
        optional_string("type"),
        optional_string("paymentMethodId"),
        optional_string("customerId"),
        optional_nested("card", CARD),
        optional_nested("usBankAccount", US_BANK_ACCOUNT),
        optional_nested("sepaDirectDebit", SEPA_DEBIT),
        optional_nested("bacsDirectDebit", BACS_DEBIT),
        optional_nested("becsDirectDebit", BECS_DEBIT),
        optional_string("cardId"),
    ),
)


@cache
def body_dto() -> Schema:
    return Schema(
        "SendInvoiceDto",
        (
            required_string("altId", not_empty=True),
            alt_type(),
            required_string("userId", not_empty=True),
            Prop("action", (IsEnum(SEND_ACTIONS),)),
            Prop("liveMode", (IsBoolean(),)),
            optional_nested("sentFrom", SENDER),
            optional_nested("autoPayment", AUTO_PAYMENT),
        ),
    )


def handle(call: Call) -> Answer:
    state = call.state
    body = validated_body(call, body_dto())
    return success(call, 200, state.service.send(body, call.path_params["invoiceId"]))


ENDPOINT = Endpoint("POST", "/invoices/:invoiceId/send", SCOPE_WRITE, agency_tokens=True, handle=handle)
