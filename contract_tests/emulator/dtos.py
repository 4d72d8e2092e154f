"""The request DTOs of the two endpoints, written from the vendor's pages the way a NestJS service declares them.

Property order follows the pages (it fixes the order of messages). Required top-level strings carry @IsString +
@IsNotEmpty, other required strings @IsString; required nested objects carry @IsObject + @ValidateNested; optional
properties carry @IsOptional. The wording and order of the messages VENDOR_FACTS quotes from the live service are
followed: enums say `must be a valid enum value` (with `should not be empty` for altType), dates
`must be in YYYY-MM-DD format` then `must be a string`, `contactDetails.id` and `taxes[]._id`
`should not be empty` then `must be a string`. Where the page contradicts itself, the rule follows a labelled
field of `Choices`.
"""

from __future__ import annotations

from functools import cache

from .choices import Choices
from .validation import (
    MISSING,
    IsArray,
    IsBoolean,
    IsDateString,
    IsEmail,
    IsEnum,
    IsNotEmpty,
    IsNumber,
    IsObject,
    IsObjectOrString,
    IsString,
    MatchesYmd,
    Prop,
    Schema,
)

ALT_TYPES = ("location",)
ACTIONS = ("draft", "send")
ITEM_TYPES = ("one_time", "recurring")
TAX_CALCULATIONS = ("exclusive",)
DISCOUNT_TYPES = ("percentage", "fixed")
SCHEDULE_TYPES = ("fixed", "percentage")
LATE_FEE_TYPES = ("fixed", "percentage")
LATE_FEE_INTERVALS = ("minute", "hour", "day", "week", "month", "one_time")
GRACE_INTERVALS = ("day",)
MAX_LATE_FEE_TYPES = ("fixed",)


def _optional_string(name: str) -> Prop:
    return Prop(name, (IsString(),), optional=True)


def _required_string(name: str, *, not_empty: bool = False) -> Prop:
    return Prop(name, (IsString(), IsNotEmpty()) if not_empty else (IsString(),))


def _required_id(name: str) -> Prop:
    """An id that must be a non-empty string, in the order the live service words it (empty first)."""
    return Prop(name, (IsNotEmpty(), IsString()))


def _alt_type() -> Prop:
    return Prop("altType", (IsEnum(ALT_TYPES), IsNotEmpty()))


def _date(name: str, *, iso8601: bool, optional: bool) -> Prop:
    rules = (IsDateString(iso8601=True),) if iso8601 else (MatchesYmd(), IsString())
    return Prop(name, rules, optional=optional)


def _optional_nested(name: str, schema: Schema) -> Prop:
    return Prop(name, optional=True, nested=schema)


def _required_nested(name: str, schema: Schema) -> Prop:
    return Prop(name, (IsObject(),), nested=schema)


def _nested_list(name: str, schema: Schema, *, optional: bool) -> Prop:
    return Prop(name, (IsArray(),), optional=optional, nested=schema, nested_each=True)


ADDRESS = Schema(
    "AddressDto",
    tuple(_optional_string(n) for n in ("addressLine1", "addressLine2", "city", "state", "countryCode", "postalCode")),
)

ITEM_TAX = Schema(
    "ItemTaxDto",
    (
        _required_id("_id"),
        _required_string("name"),
        Prop("rate", (IsNumber(),)),
        Prop("calculation", (IsEnum(TAX_CALCULATIONS),), optional=True),
        _optional_string("description"),
        _optional_string("taxId"),
    ),
)

ITEM = Schema(
    "InvoiceItemDto",
    (
        _required_string("name"),
        _optional_string("description"),
        _optional_string("productId"),
        _optional_string("priceId"),
        _required_string("currency"),
        Prop("amount", (IsNumber(),)),
        Prop("qty", (IsNumber(),)),
        _nested_list("taxes", ITEM_TAX, optional=True),
        _optional_string("automaticTaxCategoryId"),
        Prop("isSetupFeeItem", (IsBoolean(),), optional=True),
        Prop("type", (IsEnum(ITEM_TYPES),), optional=True),
        Prop("taxInclusive", (IsBoolean(),), optional=True),
    ),
)

ADDITIONAL_EMAIL = Schema("AdditionalEmailDto", (Prop("email", (IsEmail(),)),))

CONTACT_DETAILS = Schema(
    "ContactDetailsDto",
    (
        _required_id("id"),
        _required_string("name"),
        _required_string("phoneNo"),
        Prop("email", (IsEmail(),)),
        _nested_list("additionalEmails", ADDITIONAL_EMAIL, optional=True),
        _optional_string("companyName"),
        _optional_nested("address", ADDRESS),
        Prop("customFields", (IsArray(), IsString(each=True)), optional=True),
    ),
)

SENT_TO = Schema(
    "SentToDto",
    (
        Prop("email", (IsArray(), IsEmail(each=True))),
        Prop("emailCc", (IsArray(), IsEmail(each=True)), optional=True),
        Prop("emailBcc", (IsArray(), IsEmail(each=True)), optional=True),
        Prop("phoneNo", (IsArray(), IsString(each=True)), optional=True),
    ),
)

LATE_FEE_FREQUENCY = Schema(
    "LateFeesFrequencyDto",
    (
        Prop("intervalCount", (IsNumber(),), optional=True),
        Prop("interval", (IsEnum(LATE_FEE_INTERVALS),)),
    ),
)

LATE_FEE_GRACE = Schema(
    "LateFeesGraceDto",
    (
        Prop("intervalCount", (IsNumber(),)),
        Prop("interval", (IsEnum(GRACE_INTERVALS),)),
    ),
)

STRIPE = Schema("StripePaymentMethodDto", (Prop("enableBankDebitOnly", (IsBoolean(),)),))
PAYMENT_METHODS = Schema("PaymentMethodsDto", (_required_nested("stripe", STRIPE),))

ATTACHMENT = Schema(
    "AttachmentDto",
    (
        _required_string("id"),
        _required_string("name"),
        _required_string("url"),
        _required_string("type"),
        Prop("size", (IsNumber(),)),
    ),
)

PAID_CHARGE = Schema(
    "PaidChargeDto",
    (
        _required_string("name"),
        Prop("charge", (IsNumber(),)),
        Prop("amount", (IsNumber(),)),
        _required_string("_id"),
    ),
)


def _max_late_fees(choices: Choices) -> Schema:
    value = Prop("value", (IsNumber(),)) if choices.max_late_fees_value == "number" else Prop("value", (IsNotEmpty(),))
    return Schema("LateFeesMaxDto", (Prop("type", (IsEnum(MAX_LATE_FEE_TYPES),)), value))


def _late_fees(choices: Choices) -> Schema:
    return Schema(
        "LateFeesConfigurationDto",
        (
            Prop("enable", (IsBoolean(),)),
            Prop("value", (IsNumber(),)),
            Prop("type", (IsEnum(LATE_FEE_TYPES),)),
            _required_nested("frequency", LATE_FEE_FREQUENCY),
            _optional_nested("grace", LATE_FEE_GRACE),
            _optional_nested("maxLateFees", _max_late_fees(choices)),
        ),
    )


def _tips(choices: Choices) -> Schema:
    each = IsNumber(each=True) if choices.tips_percentage_items == "number" else IsString(each=True)
    return Schema(
        "TipsConfigurationDto",
        (Prop("tipsPercentage", (IsArray(), each)), Prop("tipsEnabled", (IsBoolean(),))),
    )


def _payment_schedule(choices: Choices) -> Schema:
    schedules = (
        Prop("schedules", (IsArray(),))
        if choices.payment_schedule_items == "any"
        else Prop("schedules", (IsArray(), IsString(each=True)))
    )
    return Schema("PaymentScheduleDto", (Prop("type", (IsEnum(SCHEDULE_TYPES),)), schedules))


def _misc_charges(choices: Choices) -> Schema:
    charges = (
        Prop("charges", (IsArray(),))
        if choices.misc_charges_items == "any"
        else Prop("charges", (IsArray(), IsObject(each=True)))
    )
    return Schema(
        "MiscellaneousChargesDto",
        (
            charges,
            Prop("collectedMiscellaneousCharges", (IsNumber(),), optional=True),
            _nested_list("paidCharges", PAID_CHARGE, optional=True),
        ),
    )


def _discount(choices: Choices) -> Schema:
    product_ids = (
        Prop("validOnProductIds", (IsArray(), IsString(each=True)), optional=True)
        if choices.valid_on_product_ids == "array"
        else Prop("validOnProductIds", (IsString(each=True),), optional=True)
    )
    type_default = "percentage" if choices.discount_type_when_missing == "percentage" else MISSING
    discount_type = Prop("type", (IsEnum(DISCOUNT_TYPES),), default=type_default)
    return Schema("DiscountDto", (Prop("value", (IsNumber(),), optional=True, default=0), discount_type, product_ids))


def _business_details(choices: Choices) -> Schema:
    address = (
        _optional_nested("address", ADDRESS)
        if choices.business_address == "object"
        else Prop("address", (IsObjectOrString(),), optional=True, nested=ADDRESS, nested_skips_scalars=True)
    )
    return Schema(
        "BusinessDetailsDto",
        (
            _optional_string("logoUrl"),
            _optional_string("name"),
            _optional_string("phoneNo"),
            address,
            _optional_string("website"),
            Prop("customValues", (IsArray(), IsString(each=True)), optional=True),
        ),
    )


@cache
def generate_number_query() -> Schema:
    return Schema(
        "GenerateInvoiceNumberQueryDto",
        (_required_string("altId", not_empty=True), _alt_type()),
    )


@cache
def delete_invoice_location() -> Schema:
    """Where DELETE /invoices/{invoiceId} reads the location (body or query, per `delete_alt_location`)."""
    return Schema("DeleteInvoiceDto", (_required_string("altId", not_empty=True), _alt_type()))


@cache
def text2pay_body(choices: Choices) -> Schema:
    iso8601 = choices.date_format == "iso8601"
    return Schema(
        "Text2PayDto",
        (
            _required_string("altId", not_empty=True),
            _alt_type(),
            _required_string("name", not_empty=True),
            _required_string("currency", not_empty=True),
            _nested_list("items", ITEM, optional=False),
            _optional_string("termsNotes"),
            _optional_string("title"),
            _optional_nested("contactDetails", CONTACT_DETAILS),
            _optional_string("invoiceNumber"),
            _date("issueDate", iso8601=iso8601, optional=False),
            _date("dueDate", iso8601=iso8601, optional=True),
            _required_nested("sentTo", SENT_TO),
            Prop("liveMode", (IsBoolean(),)),
            Prop("automaticTaxesEnabled", (IsBoolean(),), optional=True),
            _optional_nested("paymentSchedule", _payment_schedule(choices)),
            _optional_nested("lateFeesConfiguration", _late_fees(choices)),
            _optional_nested("tipsConfiguration", _tips(choices)),
            _optional_string("invoiceNumberPrefix"),
            _optional_nested("paymentMethods", PAYMENT_METHODS),
            _nested_list("attachments", ATTACHMENT, optional=True),
            _optional_nested("miscellaneousCharges", _misc_charges(choices)),
            _optional_string("id"),
            Prop("includeTermsNote", (IsBoolean(),), optional=True),
            Prop("action", (IsEnum(ACTIONS),)),
            _required_string("userId", not_empty=True),
            _optional_nested("discount", _discount(choices)),
            _optional_nested("businessDetails", _business_details(choices)),
        ),
    )
