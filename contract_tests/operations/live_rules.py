"""The live rules a card may set: what a live run may send to the operation, checked by the live-safety guard.

A card without a live rule is never called in live mode. Setting one is a decision about a real billing account,
so it is a person's, made in the card, never derived from the spec.
"""

from __future__ import annotations

from collections.abc import Callable

from contract_tests.operations.card import LiveCall


def reads_only(call: LiveCall, owns: Callable[[str], bool]) -> str | None:
    """Admit every call: the operation reads, and changes nothing in the account."""
    return None


def own_invoices_only(call: LiveCall, owns: Callable[[str], bool]) -> str | None:
    """Admit a call only where the invoice it names is one this run created. A string names an invoice; an object
    or array could become a database query (`{"$ne": null}`); a number, boolean or null names none (an ObjectId is
    24 hex digits) and only tests validation."""
    names, invoice = call.named_invoice()
    if not names:
        return None
    if isinstance(invoice, (dict, list)) or (isinstance(invoice, str) and not owns(invoice)):
        return f"{call.card.label} naming invoice {invoice!r}, which this run did not create"
    return None
