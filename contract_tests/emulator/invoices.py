"""What the endpoints do once a request is authorised and valid: numbers, invoice documents, answers.

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

from .billing import compute_totals, money_json, round_money
from .choices import Choices
from .dates import day_end, day_start
from .errors import HttpError, internal_error, nest_error
from .ids import ObjectIdFactory, iso_millis, short_code
from .ratelimit import Clock
from .store import DuplicateInvoiceNumberError, Invoice, InvoiceNotDraftError, InvoiceNotFoundError, InvoiceStore
from .validation import parse_ymd

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
)

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
        location = str(body["altId"])
        requested = body.get("invoiceNumber")
        requested_number = requested if isinstance(requested, str) else None
        allow_duplicates = self.choices.duplicate_invoice_number == "allow"
        invoice_id = body.get("id")
        try:
            if isinstance(invoice_id, str):
                try:
                    invoice = self.store.update(
                        location,
                        invoice_id,
                        requested_number,
                        allow_duplicates=allow_duplicates,
                        build=lambda current, number: self._document(body, company_id, number, current),
                    )
                    return {"invoice": self.render(invoice), "invoiceUrl": self._url(str(invoice["_id"]))}
                except InvoiceNotFoundError:
                    if self.choices.unknown_invoice_id == "not-found":
                        raise nest_error(404, "Invoice not found") from None
                    if self.choices.unknown_invoice_id == "bad-request":
                        raise _bad_request(UNKNOWN_INVOICE) from None
            invoice = self.store.create(
                location,
                requested_number,
                allow_duplicates=allow_duplicates,
                build=lambda number: self._document(body, company_id, number, None),
            )
        except DuplicateInvoiceNumberError:
            raise nest_error(400, "Invoice number already exists") from None
        return {"invoice": self.render(invoice), "invoiceUrl": self._url(str(invoice["_id"]))}

    # --- delete ----------------------------------------------------------------------------------------

    def delete(self, location: str, invoice_id: str) -> dict[str, object]:
        """The deleted draft, flagged `deleted: true` as the live sibling (estimates) answers its deletes."""
        try:
            invoice = self.store.delete(location, invoice_id)
        except InvoiceNotFoundError:
            if self.choices.unknown_invoice_id == "not-found":
                raise nest_error(404, "Invoice not found") from None
            raise _bad_request(UNKNOWN_INVOICE) from None
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
        sending = body.get("action") == "send"
        already_sent = current is not None and current.get("status") == "sent"
        total = money_json(totals.total)
        document: Invoice = {
            "_id": current["_id"] if current else self.ids.new(now),
            "status": "sent" if sending or already_sent else "draft",
            "liveMode": body["liveMode"],
            "amountPaid": 0,
            "altId": body["altId"],
            "altType": body["altType"],
            "name": body["name"],
            "businessDetails": _mapping(body.get("businessDetails")) or {},
            "invoiceNumber": number,
            "invoiceNumberPrefix": body.get("invoiceNumberPrefix") or DEFAULT_PREFIX,
            "currency": body["currency"],
            "contactDetails": _mapping(body.get("contactDetails")) or {},
            "sentTo": body["sentTo"],
            "issueDate": issue,
            "dueDate": due,
            "discount": discount if discount is not None else {"type": "percentage", "value": 0},
            "invoiceItems": [self._item(item, now) for item in items],
            "total": total,
            "invoiceTotal": total,
            "amountDue": money_json(round_money(totals.total - 0)),
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

    def render(self, invoice: Invoice) -> dict[str, object]:
        """The stored document as an answer shows it (the number's wire type; simulated drift)."""
        rendered = dict(invoice)
        if self.choices.invoice_number_type == "number":
            number = str(invoice["invoiceNumber"])
            if number.isascii() and number.isdigit() and len(number) <= 15:
                rendered["invoiceNumber"] = int(number)
        if self.choices.drift_total_as_string:
            rendered["total"] = _js_string(rendered["total"])
        if self.choices.drift_amount_due_key != "amountDue":
            rendered[self.choices.drift_amount_due_key] = rendered.pop("amountDue")
        return rendered

    def _url(self, invoice_id: str) -> str:
        if self.choices.invoice_url == "direct":
            return f"https://{PAYMENTS_DOMAIN}/invoice/{invoice_id}"
        return f"https://{PAYMENTS_DOMAIN}/l/{short_code(invoice_id)}"


def _bad_request(message: str) -> HttpError:
    """The vendor's documented 400 body: `{"statusCode", "message"}`."""
    return HttpError(400, {"statusCode": 400, "message": message})


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
