"""The invoice's state machine: which operation may change an invoice in which status, and what it changes.

    draft --send--> sent --payment--> partially_paid --payment--> paid
      |               \\______________________________________________/
    delete                          |  void (not a draft)
                                   void

Known from the vendor: a draft is deleted, never voided (`Can not void draft invoice. You can delete draft
invoice!`); anything else is voided, never deleted (`Invoice status need to be draft to delete an invoice`); a
payment received through the payment provider must be refunded before a void; `amountDue = total - amountPaid`.
Everything else is a labelled choice (`choices.py`): which states may be updated or sent, payments of drafts and
without an amount, voiding a paid invoice or a void one, and when an auto-payment charges. The refusals'
wordings, other than the two quoted, are unobserved.

Each function takes a private copy of the stored document and returns it changed, or raises the vendor's 400.
Payments are kept in the document under a private key that answers never show (`render` strips it).
"""

from __future__ import annotations

from collections.abc import Mapping

from highlevel_invoices_emulator.billing import money_json, round_money, to_float
from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.errors import HttpError
from highlevel_invoices_emulator.store import Invoice

PAYMENTS_KEY = "__emulatorPayments"  # the recorded payments; never rendered
PRIVATE_PREFIX = "__emulator"

VOID_DRAFT = "Can not void draft invoice. You can delete draft invoice!"
VOID_PROVIDER_PAYMENT = (
    "To void an invoice which has received payment through the payment provider, "
    "the corresponding transaction needs to be refunded first"
)
VOID_PAID = "Can not void paid invoice"
ALREADY_VOID = "Invoice is already void"
DRAFT_CANNOT_BE_PAID = "Draft invoice cannot be paid"
ALREADY_PAID = "Invoice is already paid"
VOID_CANNOT_BE_PAID = "Can not record payment for void invoice"
AMOUNT_OVER_DUE = "Amount to be paid can not be more than the amount due"
AMOUNT_BELOW_A_CENT = "Amount to be paid must be at least 0.01"

UPDATABLE = {"draft-and-sent": frozenset({"draft", "sent"}), "draft-only": frozenset({"draft"})}
CLOSED = frozenset({"paid", "void"})
PAID = frozenset({"paid", "partially_paid"})


def bad_request(message: str) -> HttpError:
    """The vendor's documented 400 body: `{"statusCode", "message"}`."""
    return HttpError(400, {"statusCode": 400, "message": message})


def amount_due(invoice: Mapping[str, object]) -> float:
    return round_money(to_float(invoice.get("total")) - to_float(invoice.get("amountPaid")))


def check_updatable(invoice: Mapping[str, object], choices: Choices) -> None:
    status = str(invoice.get("status"))
    if status not in UPDATABLE[choices.update_allowed]:
        raise bad_request(f"Can not update {status} invoice")


def send(invoice: Invoice, *, live_mode: object, choices: Choices, timestamp: str) -> Invoice:
    """A draft becomes sent; a sent or partially paid invoice is sent again (a reminder) and keeps its status."""
    status = str(invoice.get("status"))
    if status in CLOSED and choices.send_closed_invoice == "refused":
        raise bad_request(f"Can not send {status} invoice")
    if status == "draft":
        invoice["status"] = "sent"
    invoice["liveMode"] = live_mode
    invoice["updatedAt"] = timestamp
    return invoice


def record_payment(
    invoice: Invoice, payment: Mapping[str, object], *, choices: Choices, timestamp: str, provider: bool = False
) -> Invoice:
    """Add a payment: `amountPaid` grows, `amountDue` shrinks, the status becomes partially_paid or paid.

    `payment` is the validated request (mode, amount, notes, ...); without `amount` the whole amount due is paid
    (or the request refused, per the `payment_without_amount` choice, which the DTO applies). An amount over what
    is due is refused.
    """
    status = str(invoice.get("status"))
    if status == "void":
        raise bad_request(VOID_CANNOT_BE_PAID)
    if status == "draft" and choices.payment_on_draft == "refused":
        raise bad_request(DRAFT_CANNOT_BE_PAID)
    if status == "paid":
        raise bad_request(ALREADY_PAID)
    due = amount_due(invoice)
    requested = payment.get("amount")
    amount = round_money(to_float(requested)) if requested is not None else max(due, 0.0)
    if amount > due:
        raise bad_request(AMOUNT_OVER_DUE)
    if requested is not None and amount <= 0:  # positive, but less than a cent
        raise bad_request(AMOUNT_BELOW_A_CENT)
    paid = round_money(to_float(invoice.get("amountPaid")) + amount)
    remaining = round_money(to_float(invoice.get("total")) - paid)
    invoice["amountPaid"] = money_json(paid)
    invoice["amountDue"] = money_json(remaining)
    invoice["status"] = "paid" if remaining <= 0 else "partially_paid"
    invoice["updatedAt"] = timestamp
    recorded = {key: value for key, value in payment.items() if key not in ("altId", "altType")}
    payments = _payments(invoice)
    payments.append({**recorded, "amount": money_json(amount), "provider": provider, "recordedAt": timestamp})
    invoice[PAYMENTS_KEY] = payments
    return invoice


def void(invoice: Invoice, *, choices: Choices, timestamp: str) -> Invoice:
    status = str(invoice.get("status"))
    if status == "draft":
        raise bad_request(VOID_DRAFT)
    if status == "void":
        if choices.void_twice == "refused":
            raise bad_request(ALREADY_VOID)
        return invoice
    if any(payment.get("provider") is True for payment in _payments(invoice)):
        raise bad_request(VOID_PROVIDER_PAYMENT)
    if status in PAID and choices.void_paid_invoice == "refused":
        raise bad_request(VOID_PAID)
    invoice["status"] = "void"
    invoice["updatedAt"] = timestamp
    return invoice


def charges_on_send(auto_payment: object, choices: Choices) -> bool:
    """Whether a send's `autoPayment` charges the invoice now (the `auto_payment_on_send` choice)."""
    if choices.auto_payment_on_send != "charges-now" or not isinstance(auto_payment, Mapping):
        return False
    method = any(isinstance(auto_payment.get(key), str) and auto_payment[key] for key in ("paymentMethodId", "cardId"))
    return auto_payment.get("enable") is True and (method or isinstance(auto_payment.get("card"), Mapping))


def public(invoice: Mapping[str, object]) -> dict[str, object]:
    """The document without the emulator's private bookkeeping."""
    return {key: value for key, value in invoice.items() if not key.startswith(PRIVATE_PREFIX)}


def _payments(invoice: Mapping[str, object]) -> list[dict[str, object]]:
    payments = invoice.get(PAYMENTS_KEY)
    return [dict(p) for p in payments if isinstance(p, Mapping)] if isinstance(payments, list) else []
