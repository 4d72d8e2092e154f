"""The shared pieces of the request DTOs, written from the vendor's pages the way a NestJS service declares them.

Property order follows the pages (it fixes the order of messages). Required top-level strings carry @IsString +
@IsNotEmpty, other required strings @IsString; required nested objects carry @IsObject + @ValidateNested; optional
properties carry @IsOptional. The wording and order of the messages VENDOR_FACTS quotes from the live service are
followed: enums say `must be a valid enum value` (with `should not be empty` for altType), dates
`must be in YYYY-MM-DD format` then `must be a string`, `contactDetails.id` and `taxes[]._id`
`should not be empty` then `must be a string`. Where the page contradicts itself, the rule follows a labelled
field of `Choices`.
"""

from __future__ import annotations

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.validation import (
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


def optional_string(name: str) -> Prop:
    return Prop(name, (IsString(),), optional=True)


def required_string(name: str, *, not_empty: bool = False) -> Prop:
    return Prop(name, (IsString(), IsNotEmpty()) if not_empty else (IsString(),))


def required_id(name: str) -> Prop:
    """An id that must be a non-empty string, in the order the live service words it (empty first)."""
    return Prop(name, (IsNotEmpty(), IsString()))


def alt_type() -> Prop:
    return Prop("altType", (IsEnum(ALT_TYPES), IsNotEmpty()))


def date(name: str, *, iso8601: bool, optional: bool) -> Prop:
    rules = (IsDateString(iso8601=True),) if iso8601 else (MatchesYmd(), IsString())
    return Prop(name, rules, optional=optional)


def optional_nested(name: str, schema: Schema) -> Prop:
    return Prop(name, optional=True, nested=schema)


def optional_object(name: str, schema: Schema) -> Prop:
    """An optional nested object that must be an object when present (@IsOptional @IsObject @ValidateNested):
    without @IsObject, class-validator's @ValidateNested passes an empty array, which the invoice then echoes."""
    return Prop(name, (IsObject(),), optional=True, nested=schema)


def required_nested(name: str, schema: Schema) -> Prop:
    return Prop(name, (IsObject(),), nested=schema)


def nested_list(name: str, schema: Schema, *, optional: bool) -> Prop:
    return Prop(name, (IsArray(),), optional=optional, nested=schema, nested_each=True)


ADDRESS = Schema(
    "AddressDto",
    tuple(optional_string(n) for n in ("addressLine1", "addressLine2", "city", "state", "countryCode", "postalCode")),
)

ITEM_TAX = Schema(
    "ItemTaxDto",
    (
        required_id("_id"),
        required_string("name"),
        Prop("rate", (IsNumber(),)),
        Prop("calculation", (IsEnum(TAX_CALCULATIONS),), optional=True),
        optional_string("description"),
        optional_string("taxId"),
    ),
)

ITEM = Schema(
    "InvoiceItemDto",
    (
        required_string("name"),
        optional_string("description"),
        optional_string("productId"),
        optional_string("priceId"),
        required_string("currency"),
        Prop("amount", (IsNumber(),)),
        Prop("qty", (IsNumber(),)),
        nested_list("taxes", ITEM_TAX, optional=True),
        optional_string("automaticTaxCategoryId"),
        Prop("isSetupFeeItem", (IsBoolean(),), optional=True),
        Prop("type", (IsEnum(ITEM_TYPES),), optional=True),
        Prop("taxInclusive", (IsBoolean(),), optional=True),
    ),
)

CARD = Schema("CardDto", (required_string("brand"), required_string("last4")))

ADDITIONAL_EMAIL = Schema("AdditionalEmailDto", (Prop("email", (IsEmail(),)),))

CONTACT_DETAILS = Schema(
    "ContactDetailsDto",
    (
        required_id("id"),
        required_string("name"),
        required_string("phoneNo"),
        Prop("email", (IsEmail(),)),
        nested_list("additionalEmails", ADDITIONAL_EMAIL, optional=True),
        optional_string("companyName"),
        optional_nested("address", ADDRESS),
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
PAYMENT_METHODS = Schema("PaymentMethodsDto", (required_nested("stripe", STRIPE),))

ATTACHMENT = Schema(
    "AttachmentDto",
    (
        required_string("id"),
        required_string("name"),
        required_string("url"),
        required_string("type"),
        Prop("size", (IsNumber(),)),
    ),
)

PAID_CHARGE = Schema(
    "PaidChargeDto",
    (
        required_string("name"),
        Prop("charge", (IsNumber(),)),
        Prop("amount", (IsNumber(),)),
        required_string("_id"),
    ),
)


def max_late_fees(choices: Choices) -> Schema:
    value = Prop("value", (IsNumber(),)) if choices.max_late_fees_value == "number" else Prop("value", (IsNotEmpty(),))
    return Schema("LateFeesMaxDto", (Prop("type", (IsEnum(MAX_LATE_FEE_TYPES),)), value))


def late_fees(choices: Choices) -> Schema:
    return Schema(
        "LateFeesConfigurationDto",
        (
            Prop("enable", (IsBoolean(),)),
            Prop("value", (IsNumber(),)),
            Prop("type", (IsEnum(LATE_FEE_TYPES),)),
            required_nested("frequency", LATE_FEE_FREQUENCY),
            optional_nested("grace", LATE_FEE_GRACE),
            optional_nested("maxLateFees", max_late_fees(choices)),
        ),
    )


def tips(choices: Choices) -> Schema:
    each = IsNumber(each=True) if choices.tips_percentage_items == "number" else IsString(each=True)
    return Schema(
        "TipsConfigurationDto",
        (Prop("tipsPercentage", (IsArray(), each)), Prop("tipsEnabled", (IsBoolean(),))),
    )


def payment_schedule(choices: Choices) -> Schema:
    schedules = (
        Prop("schedules", (IsArray(),))
        if choices.payment_schedule_items == "any"
        else Prop("schedules", (IsArray(), IsString(each=True)))
    )
    return Schema("PaymentScheduleDto", (Prop("type", (IsEnum(SCHEDULE_TYPES),)), schedules))


def misc_charges(choices: Choices) -> Schema:
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
            nested_list("paidCharges", PAID_CHARGE, optional=True),
        ),
    )


def discount(choices: Choices) -> Schema:
    product_ids = (
        Prop("validOnProductIds", (IsArray(), IsString(each=True)), optional=True)
        if choices.valid_on_product_ids == "array"
        else Prop("validOnProductIds", (IsString(each=True),), optional=True)
    )
    type_default = "percentage" if choices.discount_type_when_missing == "percentage" else MISSING
    discount_type = Prop("type", (IsEnum(DISCOUNT_TYPES),), default=type_default)
    return Schema("DiscountDto", (Prop("value", (IsNumber(),), optional=True, default=0), discount_type, product_ids))


def business_details(choices: Choices) -> Schema:
    address = (
        optional_nested("address", ADDRESS)
        if choices.business_address == "object"
        else Prop("address", (IsObjectOrString(),), optional=True, nested=ADDRESS, nested_skips_scalars=True)
    )
    return Schema(
        "BusinessDetailsDto",
        (
            optional_string("logoUrl"),
            optional_string("name"),
            optional_string("phoneNo"),
            address,
            optional_string("website"),
            Prop("customValues", (IsArray(), IsString(each=True)), optional=True),
        ),
    )


def invoice_document_fields(choices: Choices) -> tuple[Prop, ...]:
    """The fields text2pay's and create's DTOs declare alike, in the vendor's order (from `invoiceNumber` to
    `miscellaneousCharges`); each DTO places them after its own contact details."""
    iso8601 = choices.date_format == "iso8601"
    return (
        optional_string("invoiceNumber"),
        date("issueDate", iso8601=iso8601, optional=False),
        date("dueDate", iso8601=iso8601, optional=True),
        required_nested("sentTo", SENT_TO),
        Prop("liveMode", (IsBoolean(),)),
        Prop("automaticTaxesEnabled", (IsBoolean(),), optional=True),
        optional_nested("paymentSchedule", payment_schedule(choices)),
        optional_nested("lateFeesConfiguration", late_fees(choices)),
        optional_nested("tipsConfiguration", tips(choices)),
        optional_string("invoiceNumberPrefix"),
        optional_object("paymentMethods", PAYMENT_METHODS),
        nested_list("attachments", ATTACHMENT, optional=True),
        optional_nested("miscellaneousCharges", misc_charges(choices)),
    )
