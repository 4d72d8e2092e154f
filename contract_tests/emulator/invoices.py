"""What the two endpoints do once a request is authorised and valid: numbers, invoice documents, answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from .billing import Totals, compute_totals, money_json, round_money
from .choices import Choices
from .errors import nest_error
from .ids import ObjectIdFactory, iso_millis, short_code
from .ratelimit import Clock
from .store import DuplicateInvoiceNumberError, Invoice, InvoiceNotFoundError, InvoiceStore
from .validation import parse_ymd

PAYMENTS_DOMAIN = "link.fastpaydirect.com"
DEFAULT_PREFIX = "INV-"
DEFAULT_TITLE = "INVOICE"


@dataclass(frozen=True)
class InvoiceService:
    store: InvoiceStore
    choices: Choices
    ids: ObjectIdFactory
    clock: Clock

    # --- generate-invoice-number ----------------------------------------------------------------------

    def next_number(self, location: str) -> dict[str, object]:
        if self.choices.invoice_number_generation == "reserve":
            number = self.store.reserve_number(location)
        else:
            number = self.store.peek_number(location)
        return {"invoiceNumber": number if self.choices.invoice_number_type == "number" else str(number)}

    # --- text2pay -------------------------------------------------------------------------------------

    def text2pay(self, body: Mapping[str, object], company_id: str | None) -> dict[str, object]:
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
                    return self._answer(invoice)
                except InvoiceNotFoundError:
                    if self.choices.unknown_invoice_id == "not-found":
                        raise nest_error(404, "Invoice not found") from None
                    if self.choices.unknown_invoice_id == "bad-request":
                        raise nest_error(400, "Invalid invoice id") from None
            invoice = self.store.create(
                location,
                requested_number,
                allow_duplicates=allow_duplicates,
                build=lambda number: self._document(body, company_id, number, None),
            )
        except DuplicateInvoiceNumberError:
            raise nest_error(400, "Invoice number already exists") from None
        return self._answer(invoice)

    def _dates(self, body: Mapping[str, object]) -> tuple[str, str]:
        issue = _as_date(str(body["issueDate"]))
        due_raw = body.get("dueDate")
        if isinstance(due_raw, str):
            return issue, _as_date(due_raw)
        issued_on = parse_ymd(issue)
        if self.choices.due_date_default == "issue-plus-30" and issued_on is not None:
            try:
                return issue, (issued_on + timedelta(days=30)).isoformat()
            except OverflowError:  # past 9999-12-31
                return issue, issue
        return issue, issue

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
        document: Invoice = {
            "_id": current["_id"] if current else self.ids.new(now),
            "status": "sent" if sending or already_sent else "draft",
            "liveMode": body["liveMode"],
            "amountPaid": 0,
            "altId": body["altId"],
            "altType": body["altType"],
            "companyId": company_id,
            "name": body["name"],
            "title": body.get("title") or DEFAULT_TITLE,
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
            "taxes": _tax_lines(totals),
            "totalSummary": {
                "subTotal": money_json(totals.sub_total),
                "discount": money_json(totals.discount),
                "tax": money_json(totals.tax),
            },
            "total": money_json(totals.total),
            "amountDue": money_json(round_money(totals.total - 0)),
            "termsNotes": body.get("termsNotes") or "",
            "includeTermsNote": body.get("includeTermsNote") is True,
            "automaticTaxesEnabled": body.get("automaticTaxesEnabled") is True,
            "automaticTaxesCalculated": False,
            "paymentSchedule": _mapping(body.get("paymentSchedule")) or {},
            "attachments": _list(body.get("attachments")),
            "updatedBy": body["userId"],
            "createdAt": current["createdAt"] if current else timestamp,
            "updatedAt": timestamp,
            "deleted": False,
            "__v": 0,
        }
        for optional in ("lateFeesConfiguration", "tipsConfiguration", "paymentMethods", "miscellaneousCharges"):
            value = body.get(optional)
            if value is not None:
                document[optional] = value
        if sending and not already_sent:
            document["sentAt"] = timestamp
        elif current is not None and "sentAt" in current:
            document["sentAt"] = current["sentAt"]
        return document

    def _item(self, item: Mapping[str, object], now: float) -> dict[str, object]:
        line: dict[str, object] = {"_id": self.ids.new(now), "name": item["name"]}
        for key in ("description", "productId", "priceId"):
            if item.get(key) is not None:
                line[key] = item[key]
        line.update(currency=item["currency"], amount=item["amount"], qty=item["qty"])
        line["taxes"] = [dict(tax) for tax in _list(item.get("taxes")) if isinstance(tax, Mapping)]
        for key in ("automaticTaxCategoryId", "isSetupFeeItem"):
            if item.get(key) is not None:
                line[key] = item[key]
        line["type"] = item.get("type") or "one_time"
        line["taxInclusive"] = item.get("taxInclusive") is True
        return line

    def _answer(self, invoice: Invoice) -> dict[str, object]:
        rendered = dict(invoice)
        if self.choices.invoice_number_type == "number":
            number = str(invoice["invoiceNumber"])
            if number.isascii() and number.isdigit() and len(number) <= 15:
                rendered["invoiceNumber"] = int(number)
        if self.choices.drift_total_as_string:
            rendered["total"] = _js_string(rendered["total"])
        if self.choices.drift_amount_due_key != "amountDue":
            rendered[self.choices.drift_amount_due_key] = rendered.pop("amountDue")
        return {"invoice": rendered, "invoiceUrl": self._url(str(invoice["_id"]))}

    def _url(self, invoice_id: str) -> str:
        if self.choices.invoice_url == "direct":
            return f"https://{PAYMENTS_DOMAIN}/invoice/{invoice_id}"
        return f"https://{PAYMENTS_DOMAIN}/l/{short_code(invoice_id)}"


def _as_date(value: str) -> str:
    """`YYYY-MM-DD` for any accepted date string (a full ISO 8601 timestamp keeps only its date)."""
    return value[:10] if parse_ymd(value[:10]) is not None else value


def _mapping(value: object) -> dict[str, object] | None:
    return dict(value) if isinstance(value, Mapping) else None


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _tax_lines(totals: Totals) -> list[dict[str, object]]:
    return [
        {
            "_id": line.tax_id,
            "name": line.name,
            "rate": money_json(line.rate),
            "calculation": line.calculation,
            "amount": money_json(line.amount),
        }
        for line in totals.taxes
    ]


def _js_string(value: object) -> str:
    """String(value) in JavaScript, for the figures the emulator emits."""
    if value is None:
        return "null"
    return str(value)
