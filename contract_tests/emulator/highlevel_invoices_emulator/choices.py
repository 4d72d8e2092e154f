"""Every guess the emulator makes about the live vendor, in one place.

Each field of `Choices` is one behaviour the vendor's pages and the observations in VENDOR_FACTS.md do not settle.
A field carries its evidence and its alternatives; each alternative names the profile that switches to it, so a
nightly run against the live API can confirm or refute a guess by comparing the profiles' answers.

Fields of kind "drift" are not guesses: they simulate the vendor changing its response, so the contract suite
can prove that it notices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

T = TypeVar("T")

Kind = Literal["guess", "drift"]


def choice(default: T, *, evidence: str, alternatives: Mapping[str, T], kind: Kind = "guess", open_: bool = False) -> T:
    """A `Choices` field: `alternatives` maps a profile name to the value that profile selects.

    `open_` fields accept any value of the default's type (e.g. a byte limit), not only the listed ones.
    """
    return field(
        default=default,
        metadata={"evidence": evidence, "alternatives": dict(alternatives), "kind": kind, "open": open_},
    )


@dataclass(frozen=True)
class Choices:
    # --- Guards -------------------------------------------------------------------------------------------
    invalid_version_status: int = choice(
        401,
        evidence="VENDOR_FACTS: an unknown Version value was observed to give 401 `version header is invalid`; "
        "one report saw 400 with the same message.",
        alternatives={"version-invalid-400": 400},
    )
    agency_token_on_text2pay: Literal["unauthorized-scope", "forbidden-location", "allowed"] = choice(
        "unauthorized-scope",
        evidence="The text2pay page lists only `Sub-Account Token`; the live answer to an agency token is "
        "unobserved. Assumed: the IAM check treats the token class as part of the scope (401 scope message).",
        alternatives={"agency-text2pay-403": "forbidden-location", "agency-text2pay-allowed": "allowed"},
    )
    legacy_version: Literal["refused", "accepted"] = choice(
        "refused",
        evidence="The vendor's versioning page lists `legacy` beside the dated versions, but only `2021-07-28`, "
        "`2021-04-15`, `2023-02-21` and `v3` were observed accepted on these paths. Decision: `legacy` gets the "
        "invalid-version answer; the alternative accepts it.",
        alternatives={"version-legacy-accepted": "accepted"},
    )
    location_check_order: Literal["guard-first", "validation-first"] = choice(
        "validation-first",
        evidence="Observed on a sibling (2026-08, DELETE /invoices/estimate/{id} with altId/altType only in the "
        "ignored query): a missing altId got 422 `altId must be a string`, `altId should not be empty`, ... rather "
        "than a 403 from a location guard. Decision: a missing or non-string altId goes on to validation; a "
        "string altId of another location is refused with 403. The alternative: the guard refuses both with 403 "
        "(NestJS runs guards before pipes).",
        alternatives={"guard-first": "guard-first"},
    )
    # --- Validation ---------------------------------------------------------------------------------------
    validation_status: int = choice(
        422,
        evidence="Observed on this API family: 422 with `error: Unprocessable Entity` and a traceId. Both pages "
        "list 400 and 422; Nest's stock ValidationPipe answers 400 `Bad Request`.",
        alternatives={"validation-400": 400},
    )
    query_unknown_properties: Literal["forbidden", "allowed"] = choice(
        "forbidden",
        evidence="Observed: unknown body properties are rejected (`property foo should not exist`), i.e. a global "
        "ValidationPipe with forbidNonWhitelisted, which applies to @Query DTOs too. Unobserved for queries.",
        alternatives={"query-extra-allowed": "allowed"},
    )
    date_format: Literal["date-only", "iso8601"] = choice(
        "date-only",
        evidence="Both pages say issueDate/dueDate are `YYYY-MM-DD`; class-validator's @IsDateString would also "
        "accept full ISO 8601 timestamps. Unobserved which the DTO uses.",
        alternatives={"dates-any-iso8601": "iso8601"},
    )
    discount_type_when_missing: Literal["percentage", "required"] = choice(
        "required",
        evidence="The page marks discount.type required yet gives `Default value: percentage`. Decision: required, "
        "as the page's required flag says; the alternative follows the default (a Swagger default often mirrors "
        "a class-property initializer, which class-transformer applies before validation).",
        alternatives={"discount-type-defaults-to-percentage": "percentage"},
    )
    business_address: Literal["object", "object-or-string"] = choice(
        "object",
        evidence="Contradiction: the schema types businessDetails.address as an object with address lines (as is "
        "contactDetails.address and the response example) while the page's curl example sends the string "
        "`9931 Beechwood, TX`. Decision: object; a string is rejected as a non-nested value.",
        alternatives={"business-address-string": "object-or-string", "doc-example-shapes": "object-or-string"},
    )
    valid_on_product_ids: Literal["array", "string-or-array"] = choice(
        "array",
        evidence="Contradiction: typed string[] with example `[ '6579751d56f60276e5bd4154' ]`, but the curl example "
        "sends that text as one string. Decision: @IsArray + @IsString({each}). The alternative drops @IsArray "
        "(class-validator then accepts one string) and matches product ids by substring, as JS `includes` would.",
        alternatives={"product-ids-string": "string-or-array", "doc-example-shapes": "string-or-array"},
    )
    max_late_fees_value: Literal["number", "not-empty-only"] = choice(
        "number",
        evidence="Contradiction: maxLateFees.value is typed number but its description (`10`) and example (`Max late "
        "fees to pay`) are swapped on the page, so the curl example sends a string. Decision: number.",
        alternatives={"max-late-fees-unchecked": "not-empty-only", "doc-example-shapes": "not-empty-only"},
    )
    tips_percentage_items: Literal["number", "string"] = choice(
        "number",
        evidence="Contradiction: tipsPercentage is typed string[] but the example is `[5,10,15]`. The pages' "
        "`string[]` is unreliable (the response's invoiceItems is typed string[] and holds objects) and "
        "percentages are numbers. Decision: numbers.",
        alternatives={"tips-percentage-strings": "string"},
    )
    misc_charges_items: Literal["any", "objects"] = choice(
        "any",
        evidence="miscellaneousCharges.charges is typed `array[]` (no element type) and the example is `[[null]]`, "
        "the doc generator's placeholder for an untyped array. Decision: any array is accepted.",
        alternatives={"misc-charges-objects": "objects"},
    )
    payment_schedule_items: Literal["any", "string"] = choice(
        "string",
        evidence="paymentSchedule.schedules is typed string[] (`payment schedule item`). Decision: strings, as "
        "typed; the alternative accepts any elements, in case the element type is an object the doc generator "
        "flattened (as it did for the response's invoiceItems).",
        alternatives={"payment-schedules-any": "any"},
    )
    non_json_content_type: Literal["ignored", "reject-415"] = choice(
        "ignored",
        evidence="Unobserved on the live API, but the vendor runs Express, whose body parsers read only JSON and "
        "urlencoded bodies and leave any other body (or one without a Content-Type) unread: the DTO sees `{}` and "
        "the request fails later (403 from the location guard, or 422 listing every field). Decision: that "
        "faithful answer; the alternative answers a friendly 415 naming the content type.",
        alternatives={"non-json-body-415": "reject-415"},
    )
    body_limit_bytes: int = choice(
        102_400,
        evidence="Nest's body-parser default limit is 100kb (102400 bytes) with a 413 `request entity too large`. "
        "The vendor's real limit is unobserved.",
        alternatives={"body-limit-1mb": 1_048_576},
        open_=True,
    )
    # --- Behaviour ----------------------------------------------------------------------------------------
    invoice_number_type: Literal["string", "number"] = choice(
        "string",
        evidence="Both pages' schemas say number but every example says `\"19\"`; requests and the vendor's invoice "
        "webhooks carry it as a string; the TypeScript SDK types it number. Decision: string.",
        alternatives={"invoice-number-as-number": "number"},
    )
    invoice_number_generation: Literal["peek", "reserve"] = choice(
        "peek",
        evidence="The page says it `gets the next invoice number`; VENDOR_FACTS rates a peek more likely than a "
        "reservation. Unobserved.",
        alternatives={"reserve-invoice-number": "reserve"},
    )
    first_invoice_number: int = choice(
        1,
        evidence="The number a fresh location starts from is unobserved; the vendor examples show 19 and 1001.",
        alternatives={"first-invoice-number-1001": 1001},
        open_=True,
    )
    duplicate_invoice_number: Literal["reject", "allow"] = choice(
        "reject",
        evidence="Unobserved. Assumed: invoice numbers are unique per location, so a given invoiceNumber that is "
        "already in use answers 400 `Invoice number already exists`.",
        alternatives={"duplicate-invoice-number-allowed": "allow"},
    )
    unknown_invoice_id: Literal["not-found", "bad-request", "create"] = choice(
        "bad-request",
        evidence="The vendor documents 400 `Unable to find an invoice with the given invoice id` for an unknown id "
        "on its invoice endpoints (delete, void); text2pay's answer to an unknown `id` is unobserved and inferred "
        "to be the same. Alternatives: Nest's usual 404 `Invoice not found`, or a create.",
        alternatives={"unknown-id-404": "not-found", "unknown-id-creates": "create"},
    )
    delete_alt_location: Literal["body", "query", "either"] = choice(
        "body",
        evidence="The vendor documents `altId`/`altType` of the invoice delete as query parameters; its "
        "sibling DELETE /invoices/estimate/{id} was seen live ignoring the query (422 `altId must be a string`, ...) "
        "and reading them from the JSON body. Decision: the body, as the live sibling; alternatives: the query, as "
        "documented, or either place.",
        alternatives={"delete-alt-in-query": "query", "delete-alt-anywhere": "either"},
    )
    default_timezone: str = choice(
        "America/Los_Angeles",
        evidence="Response dates are the start and end of the day in the location's time zone (live: a UTC-7 "
        "location in May 2025, a UTC-6 one in 2026). A location without a `timezone` in the token file gets this "
        "zone: the UTC-7 of the recorded invoice, so a client that reads dates as UTC calendar days is caught.",
        alternatives={"timezone-utc": "UTC", "timezone-costa-rica": "America/Costa_Rica"},
        open_=True,
    )
    trace_id_on_success: bool = choice(
        True,
        evidence="Live success answers of the invoices service (and of products) carry a top-level `traceId`; "
        "unobserved on generate-invoice-number and text2pay themselves. The alternative leaves it out.",
        alternatives={"no-success-trace-id": False},
    )
    title_when_missing: Literal["absent", "INVOICE"] = choice(
        "absent",
        evidence="A live invoice created without a title came back without `title`; the docs' response schema marks "
        "it required and its example shows `INVOICE`. The alternative fills in `INVOICE`.",
        alternatives={"title-defaults-to-invoice": "INVOICE"},
    )
    overflowing_total: Literal["reject-400", "server-error"] = choice(
        "reject-400",
        evidence="Unobserved. Amounts so large that the total overflows a double make JavaScript's total Infinity, "
        "which JSON.stringify writes as null: a 200 whose money cannot be read. The emulator never answers that; "
        "by default it refuses with 400 `Invoice total is out of range`, the alternative with a 500.",
        alternatives={"overflow-500": "server-error"},
    )
    text2pay_status: int = choice(
        200,
        evidence="The page documents 200; a Nest @Post answers 201 unless decorated with @HttpCode(200).",
        alternatives={"created-201": 201},
    )
    create_status: int = choice(
        200,
        evidence="The invoice create is documented 200. The recorded live create (2025-05) printed no status (axios "
        "resolved: a 2xx). The sibling estimate create answers 201 live and is documented 201, so the doc generator "
        "tells the two apart; a Nest @Post answers 201 unless decorated with @HttpCode(200). Decision: 200, as "
        "documented; the alternative answers 201.",
        alternatives={"created-201": 201},
    )
    total_summary: Literal["absent", "present"] = choice(
        "absent",
        evidence="The get-invoice response schema (and so each listed invoice) requires `totalSummary` "
        "(subTotal, discount, tax); no recorded invoice document carries it (the live create did not). Decision: "
        "absent, as on the wire so far; the alternative adds it to get and list answers.",
        alternatives={"total-summary": "present"},
    )
    list_max_limit: int = choice(
        100,
        evidence="Unobserved: list-invoices documents `limit` as a required string (example 10), and none of the "
        "five list endpoints in the vendor's file states a maximum. Decision: 100, a round cap that a 10,000-invoice "
        "location needs 100 pages for; the alternative allows 1000.",
        alternatives={"list-max-limit-1000": 1000},
        open_=True,
    )
    list_over_max_limit: Literal["clamp", "reject-422"] = choice(
        "clamp",
        evidence="Unobserved. Decision: a `limit` above `list_max_limit` is quietly cut to it (so a client must page "
        "by `total` and the invoices it got, never by the limit it asked for); the alternative refuses it with 422 "
        "`limit must not be greater than N`.",
        alternatives={"list-limit-over-max-422": "reject-422"},
    )
    list_default_order: Literal["newest-first", "oldest-first"] = choice(
        "newest-first",
        evidence="Unobserved: the order of list-invoices without `sortField`. Decision: newest created first (as the "
        "vendor's invoice list screen shows them); `sortOrder` alone reverses it. Ties (and `sortField: issueDate` "
        "ties) keep creation order, so pages never overlap. The alternative lists oldest first.",
        alternatives={"list-oldest-first": "oldest-first"},
    )
    list_date_field: Literal["issueDate", "createdAt"] = choice(
        "issueDate",
        evidence="list-invoices documents `startAt`/`endAt` (YYYY-MM-DD) without saying which date they bound. "
        "Decision: the issue date, whole days in the location's time zone, both ends included; the alternative "
        "bounds the creation time.",
        alternatives={"list-dates-bound-created-at": "createdAt"},
    )
    update_allowed: Literal["draft-and-sent", "draft-only"] = choice(
        "draft-and-sent",
        evidence="Unobserved: the vendor documents no refusal of the invoice update (PUT). Decision: a draft and a "
        "sent invoice (no payment yet) may be updated; partially paid, paid and void ones are refused with 400 "
        "`Can not update <status> invoice` (wording a guess, after the void's `Can not void draft invoice`). The "
        "same rule holds for text2pay's update by `id`. The alternative allows drafts only.",
        alternatives={"update-draft-only": "draft-only"},
    )
    update_absent_fields: Literal["cleared", "kept"] = choice(
        "cleared",
        evidence="The invoice update (PUT) requires a whole invoice (name, currency, invoiceItems, both dates): a "
        "full replacement. Unobserved what happens to optional fields the body leaves out. Decision: they are "
        "cleared, except the contact (which `contactId` names) and what the update DTO cannot carry (sentTo, late "
        "fees, liveMode when absent, status, payments); the alternative keeps the invoice's current values.",
        alternatives={"update-keeps-absent-fields": "kept"},
    )
    send_closed_invoice: Literal["refused", "allowed"] = choice(
        "refused",
        evidence="Unobserved. Sending a sent or partially paid invoice again is a reminder and keeps its status; "
        "sending a paid or void one is refused with 400 `Can not send <status> invoice` (wording a guess). The "
        "alternative sends them too, status unchanged.",
        alternatives={"send-paid-and-void": "allowed"},
    )
    auto_payment_on_send: Literal["charges-now", "stored-only"] = choice(
        "charges-now",
        evidence="SendInvoiceDto's `autoPayment` (enable, a saved card or bank account) is an auto-payment "
        "configuration; when the vendor charges is unobserved. Decision: `enable: true` with a payment method "
        "(paymentMethodId, cardId or card) charges the amount due through the payment provider at once (status "
        "paid), which a later void then refuses until refunded; the alternative only stores the configuration.",
        alternatives={"auto-payment-stored-only": "stored-only"},
    )
    payment_card_cheque: Literal["per-mode", "as-documented"] = choice(
        "per-mode",
        evidence="The vendor file marks `card`, `cheque` and `notes` required for every record-payment, so a cash "
        "payment would have to carry a card and a cheque; unobserved live. A Swagger `required` flag comes from "
        "@ApiProperty even on a property validated conditionally (@ValidateIf). Decision: `card` (brand, last4) is "
        "required for mode card, `cheque` (number) for mode cheque, `notes` is optional; the alternative enforces "
        "the documented required flags.",
        alternatives={"record-payment-as-documented": "as-documented"},
    )
    payment_without_amount: Literal["amount-due", "required"] = choice(
        "amount-due",
        evidence="record-payment documents `amount` as optional (`Amount to be paid against the invoice`). "
        "Unobserved what a payment without one records. Decision: the whole amount due (the invoice is paid); the "
        "alternative refuses it with 422 as if the DTO required it.",
        alternatives={"payment-amount-required": "required"},
    )
    payment_on_draft: Literal["refused", "allowed"] = choice(
        "refused",
        evidence="A draft's hosted payment page reads `Draft invoice cannot be paid` (VENDOR_FACTS); whether a manual "
        "payment of a draft is recorded is unobserved. Decision: refused with 400 `Draft invoice cannot be paid`; "
        "the alternative records it.",
        alternatives={"payment-on-draft-allowed": "allowed"},
    )
    void_paid_invoice: Literal["allowed", "refused"] = choice(
        "allowed",
        evidence="The void's documented refusals are a draft and a payment received through the payment provider "
        "(`... needs to be refunded first`); nothing says manual payments block a void. Decision: an invoice paid "
        "(wholly or partly) by recorded payments can be voided; the alternative refuses with 400 "
        "`Can not void paid invoice` (wording a guess), which leaves a paid invoice no way out.",
        alternatives={"void-paid-refused": "refused"},
    )
    void_twice: Literal["unchanged", "refused"] = choice(
        "unchanged",
        evidence="Unobserved. Decision: voiding a void invoice answers 200 with it unchanged (a resent void changes "
        "nothing); the alternative refuses with 400 `Invoice is already void` (wording a guess).",
        alternatives={"void-twice-refused": "refused"},
    )
    due_date_default: Literal["issue-date", "issue-plus-30"] = choice(
        "issue-date",
        evidence="dueDate is optional in requests but required in responses; the response example has "
        "dueDate == issueDate (due on receipt). Unobserved.",
        alternatives={"due-date-net-30": "issue-plus-30"},
    )
    invoice_url: Literal["short-link", "direct"] = choice(
        "short-link",
        evidence="Observed: invoiceUrl is a short link redirecting to https://link.fastpaydirect.com/invoice/{id}. "
        "The short path (`/l/<8 base62 chars>`) is a guess; the alternative returns the target URL itself.",
        alternatives={"invoice-url-direct": "direct"},
    )
    tax_base: Literal["after-discount", "before-discount"] = choice(
        "after-discount",
        evidence="Observed live on the service's totals engine (estimates): a percentage discount applies to every "
        "line, tax is levied on the discounted amount, decimals are kept (15500 x 24 -5% +13% = 399342, "
        "333 x 1.13 = 376.29). The alternative taxes the amount before the discount.",
        alternatives={"tax-before-discount": "before-discount"},
    )
    # --- Rate limiting ------------------------------------------------------------------------------------
    rate_limit_body: Literal["vendor", "throttler"] = choice(
        "vendor",
        evidence="The 429 body is unobserved. Assumed: the vendor's usual `{statusCode, message}` with "
        "`Too Many Requests`; the alternative is @nestjs/throttler's `ThrottlerException: Too Many Requests`.",
        alternatives={"throttler-429-body": "throttler"},
    )
    retry_after: bool = choice(
        False,
        evidence="Whether a 429 carries Retry-After is unobserved; the documented rate-limit headers include no "
        "reset header.",
        alternatives={"retry-after": True},
    )
    over_capacity: Literal["rate-limit-429", "bare-429"] = choice(
        "rate-limit-429",
        evidence="Unobserved: how the vendor answers when its servers, rather than a token's quota, are saturated "
        "(the emulator: more requests at once than its capacity, or more connections than it may hold). The "
        "emulator never answers load with plain text or a 5xx. Decision: the vendor's documented 429, with the "
        "`rate_limit_body` message, the token's X-RateLimit-* headers (not counting the refused request) and "
        "Retry-After: 1 when `retry_after` is on; the alternative is a bare `{statusCode: 429, message}` without "
        "rate-limit headers, as a load shedder in front of the service would send.",
        alternatives={"over-capacity-bare-429": "bare-429"},
    )
    # --- Drift simulation ---------------------------------------------------------------------------------
    drift_total_as_string: bool = choice(
        False,
        evidence="Not a guess: simulates the vendor starting to send invoice `total` as a string.",
        alternatives={"drift-total-as-string": True},
        kind="drift",
    )
    drift_amount_due_key: str = choice(
        "amountDue",
        evidence="Not a guess: simulates the vendor renaming invoice `amountDue` to `balanceDue`.",
        alternatives={"drift-renamed-amount-due": "balanceDue"},
        kind="drift",
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            default = f.default
            if type(value) is not type(default):
                raise ValueError(f"choice {f.name}={value!r} must be a {type(default).__name__}")
            allowed = [default, *f.metadata["alternatives"].values()]
            if not f.metadata["open"] and value not in allowed:
                raise ValueError(f"choice {f.name}={value!r} is not one of {allowed!r}")
            if isinstance(value, int) and f.metadata["open"] and value <= 0:
                raise ValueError(f"choice {f.name}={value!r} must be positive")
        _check_zone(self.default_timezone)


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"choice default_timezone={name!r} is not an IANA time zone name") from None


DEFAULT_CHOICES = Choices()


def profile_overrides() -> dict[str, dict[str, Any]]:
    """Profile name -> the fields it changes from the default, read off the `alternatives` of every field."""
    overrides: dict[str, dict[str, Any]] = {}
    for f in fields(Choices):
        for profile, value in f.metadata["alternatives"].items():
            overrides.setdefault(profile, {})[f.name] = value
    return overrides


def _build_profiles() -> dict[str, Choices]:
    profiles = {"default": DEFAULT_CHOICES}
    for name, changes in sorted(profile_overrides().items()):
        profiles[name] = replace(DEFAULT_CHOICES, **changes)
    return profiles


PROFILES: dict[str, Choices] = _build_profiles()


class UnknownProfileError(ValueError):
    pass


def resolve_profile(spec: str) -> Choices:
    """`spec` is one profile name or several joined by commas (`retry-after,validation-400`)."""
    names = [part.strip() for part in spec.split(",") if part.strip()]
    if not names:
        raise UnknownProfileError(f"empty profile name; valid profiles: {', '.join(PROFILES)}")
    unknown = [name for name in names if name not in PROFILES]
    if unknown:
        raise UnknownProfileError(f"unknown profile {', '.join(unknown)}; valid profiles: {', '.join(PROFILES)}")
    overrides = profile_overrides()
    merged: dict[str, Any] = {}
    set_by: dict[str, str] = {}
    for name in names:
        for key, value in overrides.get(name, {}).items():
            if key in merged and merged[key] != value:
                raise UnknownProfileError(f"profiles {set_by[key]} and {name} disagree on {key}")
            merged[key] = value
            set_by[key] = name
    return replace(DEFAULT_CHOICES, **merged)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def choices_markdown_table() -> str:
    """Every choice: name, default, alternatives (profile -> value) and evidence, as a Markdown table."""
    lines = [
        "| choice | kind | default | alternatives (profile → value) | evidence |",
        "|---|---|---|---|---|",
    ]
    for f in fields(Choices):
        alternatives = "<br>".join(f"`{p}` → `{v!r}`" for p, v in f.metadata["alternatives"].items())
        lines.append(
            f"| `{f.name}` | {f.metadata['kind']} | `{f.default!r}` | {_cell(alternatives)} | "
            f"{_cell(f.metadata['evidence'])} |"
        )
    return "\n".join(lines)


def choice_evidence(name: str) -> str:
    for f in fields(Choices):
        if f.name == name:
            return str(f.metadata["evidence"])
    raise KeyError(name)
