"""What the endpoints do once a request is authorised and valid: numbers, invoice documents, answers.

The invoice's status moves as `lifecycle.py` says (send, payments, void); list filters and pages as
`listing.py` says.

The stored document has the shape of the live invoice recorded in the corpus (contract_tests/corpus/): the
request's parts as sent, dates as the start and end of the day in the location's zone, the undocumented fields
the live service adds (`companyId`, `invoiceTotal`, `attachments`, `syncDetails`, `tipsReceived`,
`externalTransactions`, `automaticTaxesCalculated`) and no optional part the request left out.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from highlevel_invoices_emulator import lifecycle
from highlevel_invoices_emulator.billing import compute_totals, money_json, round_money, to_float
from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dates import day_end, day_start
from highlevel_invoices_emulator.errors import HttpError, internal_error, nest_error
from highlevel_invoices_emulator.ids import ObjectIdFactory, iso_millis, short_code
from highlevel_invoices_emulator.listing import list_request
from highlevel_invoices_emulator.ratelimit import Clock
from highlevel_invoices_emulator.store import (
    DuplicateInvoiceNumberError,
    Invoice,
    InvoiceNotDraftError,
    InvoiceNotFoundError,
    InvoiceStore,
)
from highlevel_invoices_emulator.validation import parse_ymd

PAYMENTS_DOMAIN = "link.fastpaydirect.com"
DEFAULT_PREFIX = "INV-"
DEFAULT_TITLE = "INVOICE"
# The vendor's documented 400 answers of its invoice endpoints (vendor OpenAPI, delete-invoice).
UNKNOWN_INVOICE = "Unable to find an invoice with the given invoice id"
NOT_A_DRAFT = "Invoice status need to be draft to delete an invoice"
TOTAL_OUT_OF_RANGE = "Invoice total is out of range"

# Optional request parts the stored invoice keeps exactly when the request sent them.
_ECHOED_WHEN_SENT = (
    "title",
    "termsNotes",
    "includeTermsNote",
    "automaticTaxesEnabled",
    "paymentSchedule",
    "lateFeesConfiguration",
    "tipsConfiguration",
    "paymentMethods",
    "miscellaneousCharges",
    "description",
    "xeroDetails",
)
# What PUT /invoices/{invoiceId} replaces: its DTO's optional parts (absent ones are cleared or kept per the
# `update_absent_fields` choice). The contact, sentTo, late fees and everything the DTO cannot carry stay.
_UPDATE_OPTIONAL = (
    "title",
    "description",
    "businessDetails",
    "termsNotes",
    "discount",
    "automaticTaxesEnabled",
    "paymentSchedule",
    "tipsConfiguration",
    "xeroDetails",
    "invoiceNumberPrefix",
    "paymentMethods",
    "attachments",
    "miscellaneousCharges",
)
_KEPT_BY_UPDATE = ("sentTo", "lateFeesConfiguration", "includeTermsNote")

ZoneOf = Callable[[str], ZoneInfo]


@dataclass(frozen=True)
class InvoiceService:
    store: InvoiceStore
    choices: Choices
    ids: ObjectIdFactory
    clock: Clock
    zone_of: ZoneOf  # a location's time zone

    # --- generate-invoice-number ----------------------------------------------------------------------

    def next_number(self, location: str) -> dict[str, object]:
        if self.choices.invoice_number_generation == "reserve":
            number = self.store.reserve_number(location)
        else:
            number = self.store.peek_number(location)
        return {"invoiceNumber": number if self.choices.invoice_number_type == "number" else str(number)}

    # --- text2pay -------------------------------------------------------------------------------------

    def text2pay(self, body: Mapping[str, object], company_id: str | None) -> dict[str, object]:
        self._check_total(body)
        invoice_id = body.get("id")
        if isinstance(invoice_id, str):
            try:
                invoice = self._replace(
                    str(body["altId"]),
                    invoice_id,
                    body.get("invoiceNumber"),
                    lambda current: self._checked_update(current, body, company_id),
                )
                return {"invoice": self.render(invoice), "invoiceUrl": self._url(str(invoice["_id"]))}
            except _UnknownInvoice:
                if self.choices.unknown_invoice_id != "create":
                    raise self._unknown() from None
        invoice = self._create(body, company_id)
        return {"invoice": self.render(invoice), "invoiceUrl": self._url(str(invoice["_id"]))}

    def _checked_update(
        self, current: Invoice, body: Mapping[str, object], company_id: str | None
    ) -> Callable[[str], Invoice]:
        lifecycle.check_updatable(current, self.choices)
        return lambda number: self._document(body, company_id, number, current)

    # --- create, get, list ------------------------------------------------------------------------------

    def create(self, body: Mapping[str, object], company_id: str | None) -> dict[str, object]:
        """POST /invoices/: a draft, answered as the flat invoice document."""
        self._check_total(body)
        return self.render(self._create(body, company_id))

    def _create(self, body: Mapping[str, object], company_id: str | None) -> Invoice:
        requested = body.get("invoiceNumber")
        try:
            return self.store.create(
                str(body["altId"]),
                requested if isinstance(requested, str) else None,
                allow_duplicates=self.choices.duplicate_invoice_number == "allow",
                build=lambda number: self._document(body, company_id, number, None),
            )
        except DuplicateInvoiceNumberError:
            raise nest_error(400, "Invoice number already exists") from None

    def get(self, location: str, invoice_id: str) -> dict[str, object]:
        invoice = self.store.get(location, invoice_id)
        if invoice is None:
            raise self._unknown()
        return self.render(invoice, summary=True)

    def list(self, location: str, query: Mapping[str, object]) -> dict[str, object]:
        """GET /invoices/: `{invoices, total}`, `total` counting every invoice the filters keep."""
        request = list_request(query, self.zone_of(location), self.choices, self.choices.validation_status)
        page, total = self.store.page(
            location,
            keep=request.keep,
            sort_key=request.sort_key,
            descending=request.descending,
            offset=request.offset,
            limit=request.limit,
        )
        return {"invoices": [self.render(invoice, summary=True) for invoice in page], "total": total}

    # --- update, send, record-payment, void -----------------------------------------------------------------

    def update(self, body: Mapping[str, object], invoice_id: str, company_id: str | None) -> dict[str, object]:
        """PUT /invoices/{invoiceId}: the invoice replaced by the body, in the states `update_allowed` admits."""

        def build(current: Invoice) -> Callable[[str], Invoice]:
            lifecycle.check_updatable(current, self.choices)
            merged = self._update_body(current, body)
            self._check_total(merged)
            return lambda number: self._document(merged, company_id, number, current)

        try:
            invoice = self._replace(str(body["altId"]), invoice_id, body.get("invoiceNumber"), build)
        except _UnknownInvoice:
            raise self._unknown() from None
        return self.render(invoice)

    def _update_body(self, current: Invoice, body: Mapping[str, object]) -> dict[str, object]:
        """The update as a create-shaped body: `invoiceItems` as `items`, what the DTO cannot carry kept."""
        merged = {key: value for key, value in body.items() if key not in ("invoiceItems", "contactId")}
        merged["items"] = body["invoiceItems"]
        for key in _KEPT_BY_UPDATE:
            if key in current:
                merged[key] = current[key]
        if self.choices.update_absent_fields == "kept":
            for key in _UPDATE_OPTIONAL:
                if body.get(key) is None and key in current:
                    merged[key] = current[key]
        if body.get("liveMode") is None:
            merged["liveMode"] = current.get("liveMode", False)
        contact = body.get("contactDetails")
        contact = dict(contact) if isinstance(contact, Mapping) else _mapping(current.get("contactDetails")) or {}
        if isinstance(body.get("contactId"), str):
            contact["id"] = body["contactId"]
        merged["contactDetails"] = contact
        return merged

    def send(self, body: Mapping[str, object], invoice_id: str) -> dict[str, object]:
        """POST /invoices/{invoiceId}/send: `{invoice, smsData, emailData}`; `send_manually` notifies nobody."""
        timestamp = iso_millis(self.clock())
        auto_payment = body.get("autoPayment")

        def build(current: Invoice) -> Callable[[str], Invoice]:
            invoice = lifecycle.send(current, live_mode=body["liveMode"], choices=self.choices, timestamp=timestamp)
            if isinstance(auto_payment, Mapping):
                invoice["autoPayment"] = dict(auto_payment)
                if lifecycle.charges_on_send(auto_payment, self.choices) and lifecycle.amount_due(invoice) > 0:
                    charge = {"mode": "card", "notes": "auto-payment"}
                    lifecycle.record_payment(invoice, charge, choices=self.choices, timestamp=timestamp, provider=True)
            return lambda number: invoice

        invoice = self._existing(str(body["altId"]), invoice_id, build)
        sms, email = _notifications(str(body["action"]), invoice, body.get("sentFrom"))
        return {"invoice": self.render(invoice), "smsData": sms, "emailData": email}

    def record_payment(self, body: Mapping[str, object], invoice_id: str) -> dict[str, object]:
        """POST /invoices/{invoiceId}/record-payment: `{success, invoice}`."""
        timestamp = iso_millis(self.clock())

        def build(current: Invoice) -> Callable[[str], Invoice]:
            invoice = lifecycle.record_payment(current, body, choices=self.choices, timestamp=timestamp)
            return lambda number: invoice

        invoice = self._existing(str(body["altId"]), invoice_id, build)
        return {"success": True, "invoice": self.render(invoice)}

    def void(self, location: str, invoice_id: str) -> dict[str, object]:
        """POST /invoices/{invoiceId}/void: the voided invoice."""
        timestamp = iso_millis(self.clock())

        def build(current: Invoice) -> Callable[[str], Invoice]:
            invoice = lifecycle.void(current, choices=self.choices, timestamp=timestamp)
            return lambda number: invoice

        return self.render(self._existing(location, invoice_id, build))

    # --- the store's atomic replace ----------------------------------------------------------------------

    def _replace(
        self,
        location: str,
        invoice_id: str,
        requested: object,
        prepare: Callable[[Invoice], Callable[[str], Invoice]],
    ) -> Invoice:
        """Replace an invoice atomically: `prepare(current)` checks it and returns `build(number)`.

        Raises `_UnknownInvoice` for an id the location does not have, the vendor's 400s from `prepare`.
        """
        try:
            return self.store.update(
                location,
                invoice_id,
                requested if isinstance(requested, str) else None,
                allow_duplicates=self.choices.duplicate_invoice_number == "allow",
                build=lambda current, number: prepare(current)(number),
            )
        except InvoiceNotFoundError:
            raise _UnknownInvoice from None
        except DuplicateInvoiceNumberError:
            raise nest_error(400, "Invoice number already exists") from None

    def _existing(
        self, location: str, invoice_id: str, prepare: Callable[[Invoice], Callable[[str], Invoice]]
    ) -> Invoice:
        try:
            return self._replace(location, invoice_id, None, prepare)
        except _UnknownInvoice:
            raise self._unknown() from None

    def _unknown(self) -> HttpError:
        if self.choices.unknown_invoice_id == "not-found":
            return nest_error(404, "Invoice not found")
        return _bad_request(UNKNOWN_INVOICE)

    # --- delete ----------------------------------------------------------------------------------------

    def delete(self, location: str, invoice_id: str) -> dict[str, object]:
        """The deleted draft, flagged `deleted: true` as the live sibling (estimates) answers its deletes."""
        try:
            invoice = self.store.delete(location, invoice_id)
        except InvoiceNotFoundError:
            raise self._unknown() from None
        except InvoiceNotDraftError:
            raise _bad_request(NOT_A_DRAFT) from None
        rendered = self.render(invoice)
        rendered["deleted"] = True
        return rendered

    # --- documents ---------------------------------------------------------------------------------------

    def _check_total(self, body: Mapping[str, object]) -> None:
        items = [item for item in _list(body.get("items")) if isinstance(item, Mapping)]
        totals = compute_totals(items, _mapping(body.get("discount")), tax_base=self.choices.tax_base)
        figures = (totals.sub_total, totals.discount, totals.tax, totals.total)
        if all(math.isfinite(figure) for figure in figures):
            return
        if self.choices.overflowing_total == "server-error":
            raise internal_error()
        raise _bad_request(TOTAL_OUT_OF_RANGE)

    def _dates(self, body: Mapping[str, object]) -> tuple[str, str]:
        zone = self.zone_of(str(body["altId"]))
        issued_on = _as_day(str(body["issueDate"]))
        due_raw = body.get("dueDate")
        due_on = _as_day(due_raw) if isinstance(due_raw, str) else None
        if due_on is None and issued_on is not None:
            due_on = issued_on
            if self.choices.due_date_default == "issue-plus-30":
                try:
                    due_on = issued_on + timedelta(days=30)
                except OverflowError:  # past 9999-12-31
                    due_on = issued_on
        issue = day_start(issued_on, zone) if issued_on is not None else str(body["issueDate"])
        due = day_end(due_on, zone) if due_on is not None else issue
        return issue, due

    def _document(
        self, body: Mapping[str, object], company_id: str | None, number: str, current: Invoice | None
    ) -> Invoice:
        now = self.clock()
        timestamp = iso_millis(now)
        items = [item for item in _list(body.get("items")) if isinstance(item, Mapping)]
        discount = _mapping(body.get("discount"))
        totals = compute_totals(items, discount, tax_base=self.choices.tax_base)
        issue, due = self._dates(body)
        status = str(current["status"]) if current else "draft"
        if body.get("action") == "send" and status == "draft":
            status = "sent"
        paid = to_float(current.get("amountPaid")) if current else 0.0
        total = money_json(totals.total)
        document: Invoice = {
            "_id": current["_id"] if current else self.ids.new(now),
            "status": status,
            "liveMode": body["liveMode"],
            "amountPaid": money_json(paid),
            "altId": body["altId"],
            "altType": body["altType"],
            "name": body["name"],
            "businessDetails": _mapping(body.get("businessDetails")) or {},
            "invoiceNumber": number,
            "invoiceNumberPrefix": body.get("invoiceNumberPrefix") or DEFAULT_PREFIX,
            "currency": body["currency"],
            "contactDetails": _mapping(body.get("contactDetails")) or {},
            "sentTo": body.get("sentTo") or {},
            "issueDate": issue,
            "dueDate": due,
            "discount": discount if discount is not None else {"type": "percentage", "value": 0},
            "invoiceItems": [self._item(item, now) for item in items],
            "total": total,
            "invoiceTotal": total,
            "amountDue": money_json(round_money(totals.total - paid)),
            "automaticTaxesCalculated": False,
            "attachments": _list(body.get("attachments")),
            "syncDetails": [],
            "tipsReceived": [],
            "externalTransactions": [],
            "createdAt": current["createdAt"] if current else timestamp,
            "updatedAt": timestamp,
        }
        if company_id is not None:
            document["companyId"] = company_id
        if current is not None and lifecycle.PAYMENTS_KEY in current:
            document[lifecycle.PAYMENTS_KEY] = current[lifecycle.PAYMENTS_KEY]
        for optional in _ECHOED_WHEN_SENT:
            value = body.get(optional)
            if value is not None:
                document[optional] = value
        if "title" not in document and self.choices.title_when_missing == "INVOICE":
            document["title"] = DEFAULT_TITLE
        return document

    def _item(self, item: Mapping[str, object], now: float) -> dict[str, object]:
        line: dict[str, object] = {
            "taxes": [dict(tax) for tax in _list(item.get("taxes")) if isinstance(tax, Mapping)],
            "taxInclusive": item.get("taxInclusive") is True,
            "_id": self.ids.new(now),
            "name": item["name"],
        }
        for key in ("description", "productId", "priceId"):
            if item.get(key) is not None:
                line[key] = item[key]
        line.update(currency=item["currency"], amount=item["amount"], qty=item["qty"])
        for key in ("automaticTaxCategoryId", "isSetupFeeItem", "type"):
            if item.get(key) is not None:
                line[key] = item[key]
        return line

    def render(self, invoice: Invoice, *, summary: bool = False) -> dict[str, object]:
        """The stored document as an answer shows it (the number's wire type; simulated drift).

        `summary`: an answer documented with `totalSummary` (get, list), added per the `total_summary` choice.
        """
        rendered = lifecycle.public(invoice)
        if summary and self.choices.total_summary == "present":
            rendered["totalSummary"] = self._summary(invoice)
        if self.choices.invoice_number_type == "number":
            number = str(invoice["invoiceNumber"])
            if number.isascii() and number.isdigit() and len(number) <= 15:
                rendered["invoiceNumber"] = int(number)
        if self.choices.drift_total_as_string:
            rendered["total"] = _js_string(rendered["total"])
        if self.choices.drift_amount_due_key != "amountDue":
            rendered[self.choices.drift_amount_due_key] = rendered.pop("amountDue")
        return rendered

    def _summary(self, invoice: Invoice) -> dict[str, object]:
        items = [item for item in _list(invoice.get("invoiceItems")) if isinstance(item, Mapping)]
        totals = compute_totals(items, _mapping(invoice.get("discount")), tax_base=self.choices.tax_base)
        return {
            "subTotal": money_json(totals.sub_total),
            "discount": money_json(totals.discount),
            "tax": money_json(totals.tax),
        }

    def _url(self, invoice_id: str) -> str:
        if self.choices.invoice_url == "direct":
            return f"https://{PAYMENTS_DOMAIN}/invoice/{invoice_id}"
        return f"https://{PAYMENTS_DOMAIN}/l/{short_code(invoice_id)}"


class _UnknownInvoice(Exception):
    """The location has no invoice of that id (answered per the `unknown_invoice_id` choice)."""


_bad_request = lifecycle.bad_request


def _notifications(action: str, invoice: Invoice, sent_from: object) -> tuple[dict[str, object], dict[str, object]]:
    """What a send tells the customer: `smsData` and `emailData`, empty for a channel not used.

    The vendor documents both as free objects; their keys here are the emulator's (unobserved).
    """
    sent_to = _mapping(invoice.get("sentTo")) or {}
    sms: dict[str, object] = {}
    email: dict[str, object] = {}
    if action in ("sms", "sms_and_email"):
        sms = {"to": _list(sent_to.get("phoneNo"))}
    if action in ("email", "sms_and_email"):
        email = {
            "to": _list(sent_to.get("email")),
            "cc": _list(sent_to.get("emailCc")),
            "bcc": _list(sent_to.get("emailBcc")),
        }
        sender = _mapping(sent_from) or {}
        email.update({key: sender[key] for key in ("fromName", "fromEmail") if isinstance(sender.get(key), str)})
    return sms, email


def _as_day(value: str) -> date | None:
    """The calendar day of an accepted date string (a full ISO 8601 timestamp keeps only its date)."""
    return parse_ymd(value[:10])


def _mapping(value: object) -> dict[str, object] | None:
    return dict(value) if isinstance(value, Mapping) else None


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _js_string(value: object) -> str:
    """String(value) in JavaScript, for the figures the emulator emits."""
    if value is None:
        return "null"
    return str(value)
