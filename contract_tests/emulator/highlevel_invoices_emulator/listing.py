"""GET /invoices/'s filters, order and page, from its validated query.

Filters (each ignored when empty, as `if (status)` would): `status` (the exact status), `startAt`/`endAt` (whole
days in the location's time zone, both included, bounding the date the `list_date_field` choice names),
`search` (a case-insensitive substring of the invoice's id or name, or its contact's name, email or phone, as
documented: "by id / name / email / phoneNo"), `paymentMode` (`live` or `test` liveMode; `default` all), and
`contactId` (the contact's id). Order: `sortField: issueDate` or, without it, the creation order, newest first
by default (the `list_default_order` choice); `sortOrder` sets the direction. Ties keep creation order, so
consecutive pages never overlap nor skip. Page: `offset` invoices skipped, at most `limit` returned, `limit`
cut to (or refused above) the `list_max_limit` choice; `limit: "0"` asks for the largest page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.dates import day_end, day_start
from highlevel_invoices_emulator.errors import validation_failed
from highlevel_invoices_emulator.store import Invoice
from highlevel_invoices_emulator.validation import parse_ymd

Predicate = Callable[[Invoice], bool]
SortKey = Callable[[Invoice], str]

_HUGE = 10**15  # past any store: an offset or limit this long is simply "everything"


@dataclass(frozen=True)
class ListRequest:
    """What a list request asks for, read from its validated query."""

    keep: Predicate | None  # None: every invoice of the location
    sort_key: SortKey | None  # None: creation order
    descending: bool
    offset: int
    limit: int


def _text(query: Mapping[str, object], name: str) -> str | None:
    value = query.get(name)
    return value if isinstance(value, str) and value else None


def _count(text: str) -> int:
    """A validated digit string as a count (Number() then Mongo's skip/limit: long ones mean "all")."""
    return int(text) if len(text) <= 15 else _HUGE


def _bound(text: str | None, zone: ZoneInfo, *, end: bool) -> str | None:
    day = parse_ymd(text[:10]) if text is not None else None
    if day is None:
        return None
    return day_end(day, zone) if end else day_start(day, zone)


def _searched(invoice: Invoice, needle: str) -> bool:
    contact = invoice.get("contactDetails")
    fields = [invoice.get("_id"), invoice.get("name")]
    if isinstance(contact, Mapping):
        fields += [contact.get("name"), contact.get("email"), contact.get("phoneNo")]
    return any(isinstance(value, str) and needle in value.casefold() for value in fields)


def _predicate(query: Mapping[str, object], zone: ZoneInfo, choices: Choices) -> Predicate | None:
    tests: list[Predicate] = []
    status = _text(query, "status")
    if status is not None:
        tests.append(lambda invoice: invoice.get("status") == status)
    field = choices.list_date_field
    start, end = _bound(_text(query, "startAt"), zone, end=False), _bound(_text(query, "endAt"), zone, end=True)
    if start is not None:
        tests.append(lambda invoice: str(invoice.get(field, "")) >= start)
    if end is not None:
        tests.append(lambda invoice: str(invoice.get(field, "")) <= end)
    search = _text(query, "search")
    if search is not None:
        needle = search.casefold()
        tests.append(lambda invoice: _searched(invoice, needle))
    mode = _text(query, "paymentMode")
    if mode in ("live", "test"):
        live = mode == "live"
        tests.append(lambda invoice: (invoice.get("liveMode") is True) == live)
    contact_id = _text(query, "contactId")
    if contact_id is not None:
        tests.append(lambda invoice: _contact_id(invoice) == contact_id)
    if not tests:
        return None
    return lambda invoice: all(test(invoice) for test in tests)


def _contact_id(invoice: Invoice) -> object:
    contact = invoice.get("contactDetails")
    return contact.get("id") if isinstance(contact, Mapping) else None


def list_request(query: Mapping[str, object], zone: ZoneInfo, choices: Choices, validation_status: int) -> ListRequest:
    """The list request a validated query stands for; a limit above the cap is cut or refused (a choice)."""
    cap = choices.list_max_limit
    limit = _count(str(query["limit"]))
    if limit > cap and choices.list_over_max_limit == "reject-422":
        raise validation_failed(validation_status, [f"limit must not be greater than {cap}"])
    limit = cap if limit == 0 or limit > cap else limit
    order = _text(query, "sortOrder")
    descending = choices.list_default_order == "newest-first" if order is None else order == "descend"
    by_issue_date = _text(query, "sortField") == "issueDate"
    return ListRequest(
        keep=_predicate(query, zone, choices),
        sort_key=(lambda invoice: str(invoice.get("issueDate", ""))) if by_issue_date else None,
        descending=descending,
        offset=_count(str(query["offset"])),
        limit=limit,
    )
