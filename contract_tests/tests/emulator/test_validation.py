"""class-validator's messages for every field, nested object, array item and enum of both endpoints."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

from .support import (
    DELETE,
    GENERATE,
    TEXT2PAY,
    auth,
    emulator,
    full_body,
    location_query,
    minimal_body,
    vendor_doc_example,
    with_path,
)

pytestmark = pytest.mark.asyncio

NUMBER = "must be a number conforming to the specified constraints"


async def rejected(client: httpx.AsyncClient, body: Any) -> list[str]:
    response = await client.post(TEXT2PAY, json=body, headers=auth())
    assert response.status_code == 422, response.text
    payload = response.json()
    assert set(payload) == {"statusCode", "message", "error", "traceId"}
    assert payload["statusCode"] == 422
    assert payload["error"] == "Unprocessable Entity"
    messages: list[str] = payload["message"]
    return messages


async def test_the_full_body_is_valid(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, json=full_body(), headers=auth())
    assert response.status_code == 200, response.text


async def test_the_minimal_body_is_valid(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(), headers=auth())
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        # top level
        ("altType", "agency", ["altType must be a valid enum value"]),
        ("altType", DELETE, ["altType must be a valid enum value", "altType should not be empty"]),
        ("name", 5, ["name must be a string"]),
        ("name", "", ["name should not be empty"]),
        ("name", DELETE, ["name must be a string", "name should not be empty"]),
        ("currency", None, ["currency must be a string", "currency should not be empty"]),
        ("items", DELETE, ["items must be an array"]),
        (
            "items",
            "x",
            ["items must be an array", "each value in nested property items must be either object or array"],
        ),
        # A top-level error with children loses its own message ("items must be an array") in ValidationPipe.
        ("items", {"name": "x"}, ["items.currency must be a string", f"items.amount {NUMBER}", f"items.qty {NUMBER}"]),
        ("items", [1], ["items.each value in nested property items must be either object or array"]),
        ("termsNotes", 1, ["termsNotes must be a string"]),
        ("title", False, ["title must be a string"]),
        ("invoiceNumber", 1001, ["invoiceNumber must be a string"]),
        ("issueDate", DELETE, ["issueDate must be in YYYY-MM-DD format", "issueDate must be a string"]),
        ("issueDate", 20230101, ["issueDate must be in YYYY-MM-DD format", "issueDate must be a string"]),
        ("issueDate", "2023-13-01", ["issueDate must be in YYYY-MM-DD format"]),
        ("issueDate", "2023-02-30", ["issueDate must be in YYYY-MM-DD format"]),
        ("issueDate", "01/02/2023", ["issueDate must be in YYYY-MM-DD format"]),
        ("issueDate", "2023-01-01T10:00:00Z", ["issueDate must be in YYYY-MM-DD format"]),
        ("dueDate", "tomorrow", ["dueDate must be in YYYY-MM-DD format"]),
        ("liveMode", "false", ["liveMode must be a boolean value"]),
        ("liveMode", 0, ["liveMode must be a boolean value"]),
        ("automaticTaxesEnabled", "true", ["automaticTaxesEnabled must be a boolean value"]),
        ("invoiceNumberPrefix", 1, ["invoiceNumberPrefix must be a string"]),
        ("id", 5, ["id must be a string"]),
        ("includeTermsNote", "yes", ["includeTermsNote must be a boolean value"]),
        ("action", "sent", ["action must be a valid enum value"]),
        ("action", DELETE, ["action must be a valid enum value"]),
        ("userId", "", ["userId should not be empty"]),
        ("userId", 42, ["userId must be a string"]),
        # items and their taxes
        ("items.0.name", 1, ["items.0.name must be a string"]),
        ("items.0.description", 1, ["items.0.description must be a string"]),
        ("items.0.productId", 1, ["items.0.productId must be a string"]),
        ("items.0.priceId", 1, ["items.0.priceId must be a string"]),
        ("items.0.currency", DELETE, ["items.0.currency must be a string"]),
        ("items.0.amount", "999", [f"items.0.amount {NUMBER}"]),
        ("items.0.qty", True, [f"items.0.qty {NUMBER}"]),
        (
            "items.0.taxes",
            "x",
            [
                "items.0.taxes must be an array",
                "items.0.each value in nested property taxes must be either object or array",
            ],
        ),
        ("items.0.taxes.0._id", 1, ["items.0.taxes.0._id must be a string"]),
        ("items.0.taxes.0.name", DELETE, ["items.0.taxes.0.name must be a string"]),
        ("items.0.taxes.0.rate", "8.25", [f"items.0.taxes.0.rate {NUMBER}"]),
        (
            "items.0.taxes.0.calculation",
            "inclusive",
            ["items.0.taxes.0.calculation must be a valid enum value"],
        ),
        ("items.0.taxes.0.description", 1, ["items.0.taxes.0.description must be a string"]),
        ("items.0.taxes.0.taxId", 1, ["items.0.taxes.0.taxId must be a string"]),
        ("items.0.automaticTaxCategoryId", 1, ["items.0.automaticTaxCategoryId must be a string"]),
        ("items.0.isSetupFeeItem", "no", ["items.0.isSetupFeeItem must be a boolean value"]),
        ("items.0.type", "monthly", ["items.0.type must be a valid enum value"]),
        ("items.0.taxInclusive", 1, ["items.0.taxInclusive must be a boolean value"]),
        # contactDetails
        ("contactDetails", "x", ["nested property contactDetails must be either object or array"]),
        ("contactDetails.id", "", ["contactDetails.id should not be empty"]),
        ("contactDetails.name", 1, ["contactDetails.name must be a string"]),
        ("contactDetails.phoneNo", DELETE, ["contactDetails.phoneNo must be a string"]),
        ("contactDetails.email", "alex", ["contactDetails.email must be an email"]),
        ("contactDetails.email", "alex@localhost", ["contactDetails.email must be an email"]),
        # Deeper down, an error keeps its own message after its children's.
        (
            "contactDetails.additionalEmails",
            {},
            [
                "contactDetails.additionalEmails.email must be an email",
                "contactDetails.additionalEmails must be an array",
            ],
        ),
        (
            "contactDetails.additionalEmails.0.email",
            "nope",
            ["contactDetails.additionalEmails.0.email must be an email"],
        ),
        ("contactDetails.companyName", 1, ["contactDetails.companyName must be a string"]),
        ("contactDetails.address", 7, ["contactDetails.nested property address must be either object or array"]),
        ("contactDetails.address.addressLine1", 1, ["contactDetails.address.addressLine1 must be a string"]),
        ("contactDetails.address.addressLine2", 1, ["contactDetails.address.addressLine2 must be a string"]),
        ("contactDetails.address.city", 3, ["contactDetails.address.city must be a string"]),
        ("contactDetails.address.state", 1, ["contactDetails.address.state must be a string"]),
        ("contactDetails.address.countryCode", 1, ["contactDetails.address.countryCode must be a string"]),
        ("contactDetails.address.postalCode", 75001, ["contactDetails.address.postalCode must be a string"]),
        ("contactDetails.customFields", [1], ["contactDetails.each value in customFields must be a string"]),
        # sentTo
        ("sentTo", DELETE, ["sentTo must be an object"]),
        (
            "sentTo",
            "alex@example.com",
            ["sentTo must be an object", "nested property sentTo must be either object or array"],
        ),
        ("sentTo.email", DELETE, ["sentTo.email must be an array", "sentTo.each value in email must be an email"]),
        ("sentTo.email", ["nope"], ["sentTo.each value in email must be an email"]),
        ("sentTo.email", "alex@example.com", ["sentTo.email must be an array"]),
        ("sentTo.emailCc", ["x"], ["sentTo.each value in emailCc must be an email"]),
        ("sentTo.emailBcc", ["x"], ["sentTo.each value in emailBcc must be an email"]),
        ("sentTo.phoneNo", [1], ["sentTo.each value in phoneNo must be a string"]),
        # paymentSchedule
        ("paymentSchedule.type", "x", ["paymentSchedule.type must be a valid enum value"]),
        ("paymentSchedule.schedules", "x", ["paymentSchedule.schedules must be an array"]),
        # lateFeesConfiguration
        ("lateFeesConfiguration.enable", "yes", ["lateFeesConfiguration.enable must be a boolean value"]),
        ("lateFeesConfiguration.value", "10", [f"lateFeesConfiguration.value {NUMBER}"]),
        (
            "lateFeesConfiguration.type",
            "x",
            ["lateFeesConfiguration.type must be a valid enum value"],
        ),
        ("lateFeesConfiguration.frequency", DELETE, ["lateFeesConfiguration.frequency must be an object"]),
        (
            "lateFeesConfiguration.frequency.interval",
            "year",
            ["lateFeesConfiguration.frequency.interval must be a valid enum value"],
        ),
        (
            "lateFeesConfiguration.frequency.intervalCount",
            "1",
            [f"lateFeesConfiguration.frequency.intervalCount {NUMBER}"],
        ),
        ("lateFeesConfiguration.grace.intervalCount", DELETE, [f"lateFeesConfiguration.grace.intervalCount {NUMBER}"]),
        (
            "lateFeesConfiguration.grace.interval",
            "week",
            ["lateFeesConfiguration.grace.interval must be a valid enum value"],
        ),
        (
            "lateFeesConfiguration.maxLateFees.type",
            "percentage",
            ["lateFeesConfiguration.maxLateFees.type must be a valid enum value"],
        ),
        ("lateFeesConfiguration.maxLateFees.value", "50", [f"lateFeesConfiguration.maxLateFees.value {NUMBER}"]),
        # tipsConfiguration
        ("tipsConfiguration.tipsPercentage", ["5"], [f"tipsConfiguration.each value in tipsPercentage {NUMBER}"]),
        ("tipsConfiguration.tipsPercentage", 5, ["tipsConfiguration.tipsPercentage must be an array"]),
        ("tipsConfiguration.tipsEnabled", DELETE, ["tipsConfiguration.tipsEnabled must be a boolean value"]),
        # paymentMethods
        ("paymentMethods.stripe", DELETE, ["paymentMethods.stripe must be an object"]),
        (
            "paymentMethods.stripe.enableBankDebitOnly",
            "no",
            ["paymentMethods.stripe.enableBankDebitOnly must be a boolean value"],
        ),
        # attachments
        (
            "attachments",
            "x",
            [
                "attachments must be an array",
                "each value in nested property attachments must be either object or array",
            ],
        ),
        ("attachments.0.id", 1, ["attachments.0.id must be a string"]),
        ("attachments.0.name", 1, ["attachments.0.name must be a string"]),
        ("attachments.0.url", 1, ["attachments.0.url must be a string"]),
        ("attachments.0.type", DELETE, ["attachments.0.type must be a string"]),
        ("attachments.0.size", "10kB", [f"attachments.0.size {NUMBER}"]),
        # miscellaneousCharges
        ("miscellaneousCharges.charges", "x", ["miscellaneousCharges.charges must be an array"]),
        (
            "miscellaneousCharges.collectedMiscellaneousCharges",
            "10",
            [f"miscellaneousCharges.collectedMiscellaneousCharges {NUMBER}"],
        ),
        ("miscellaneousCharges.paidCharges.0.name", 1, ["miscellaneousCharges.paidCharges.0.name must be a string"]),
        ("miscellaneousCharges.paidCharges.0.charge", "10", [f"miscellaneousCharges.paidCharges.0.charge {NUMBER}"]),
        ("miscellaneousCharges.paidCharges.0.amount", None, [f"miscellaneousCharges.paidCharges.0.amount {NUMBER}"]),
        ("miscellaneousCharges.paidCharges.0._id", 1, ["miscellaneousCharges.paidCharges.0._id must be a string"]),
        # discount
        ("discount.value", "10", [f"discount.value {NUMBER}"]),
        ("discount.type", "amount", ["discount.type must be a valid enum value"]),
        ("discount.validOnProductIds", [1], ["discount.each value in validOnProductIds must be a string"]),
        ("discount.validOnProductIds", "6578278e879ad2646715ba9c", ["discount.validOnProductIds must be an array"]),
        # businessDetails
        ("businessDetails.logoUrl", 1, ["businessDetails.logoUrl must be a string"]),
        ("businessDetails.name", 1, ["businessDetails.name must be a string"]),
        ("businessDetails.phoneNo", 1, ["businessDetails.phoneNo must be a string"]),
        ("businessDetails.website", 1, ["businessDetails.website must be a string"]),
        ("businessDetails.customValues", [1], ["businessDetails.each value in customValues must be a string"]),
        (
            "businessDetails.address",
            "9931 Beechwood, TX",
            ["businessDetails.nested property address must be either object or array"],
        ),
        ("businessDetails.address.city", 1, ["businessDetails.address.city must be a string"]),
    ],
)
async def test_one_violation_gives_exactly_its_messages(
    client: httpx.AsyncClient, path: str, value: object, expected: list[str]
) -> None:
    assert await rejected(client, with_path(full_body(), path, value)) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("foo", "property foo should not exist"),
        ("items.0.foo", "items.0.property foo should not exist"),
        ("items.0.taxes.0.foo", "items.0.taxes.0.property foo should not exist"),
        ("contactDetails.foo", "contactDetails.property foo should not exist"),
        ("contactDetails.address.foo", "contactDetails.address.property foo should not exist"),
        ("contactDetails.additionalEmails.0.foo", "contactDetails.additionalEmails.0.property foo should not exist"),
        ("sentTo.foo", "sentTo.property foo should not exist"),
        ("paymentSchedule.foo", "paymentSchedule.property foo should not exist"),
        ("lateFeesConfiguration.frequency.foo", "lateFeesConfiguration.frequency.property foo should not exist"),
        ("lateFeesConfiguration.grace.foo", "lateFeesConfiguration.grace.property foo should not exist"),
        ("lateFeesConfiguration.maxLateFees.foo", "lateFeesConfiguration.maxLateFees.property foo should not exist"),
        ("tipsConfiguration.foo", "tipsConfiguration.property foo should not exist"),
        ("paymentMethods.stripe.foo", "paymentMethods.stripe.property foo should not exist"),
        ("attachments.0.foo", "attachments.0.property foo should not exist"),
        ("miscellaneousCharges.paidCharges.0.foo", "miscellaneousCharges.paidCharges.0.property foo should not exist"),
        ("discount.foo", "discount.property foo should not exist"),
        ("businessDetails.address.foo", "businessDetails.address.property foo should not exist"),
    ],
)
async def test_unknown_properties_are_forbidden_at_every_level(
    client: httpx.AsyncClient, path: str, expected: str
) -> None:
    assert await rejected(client, with_path(full_body(), path, 1)) == [expected]


async def test_unknown_properties_come_first_at_their_level(client: httpx.AsyncClient) -> None:
    body = minimal_body(zeta=1, name=1, alpha=2)
    assert await rejected(client, body) == [
        "property zeta should not exist",
        "property alpha should not exist",
        "name must be a string",
    ]


async def test_many_violations_keep_the_dto_order(client: httpx.AsyncClient) -> None:
    body = minimal_body(name=None, items=[{"name": "A", "currency": "USD", "amount": 1}, "x"], action="x")
    assert await rejected(client, body) == [
        "name must be a string",
        "name should not be empty",
        f"items.0.qty {NUMBER}",
        "items.each value in nested property items must be either object or array",
        "action must be a valid enum value",
    ]


async def test_optional_properties_may_be_null(client: httpx.AsyncClient) -> None:
    body = minimal_body(contactDetails=None, dueDate=None, discount=None, termsNotes=None, attachments=None)
    response = await client.post(TEXT2PAY, json=body, headers=auth())
    assert response.status_code == 200, response.text


async def test_empty_items_are_allowed(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(items=[]), headers=auth())
    assert response.status_code == 200
    assert response.json()["invoice"]["total"] == 0


async def test_a_top_level_error_with_children_loses_its_own_message(client: httpx.AsyncClient) -> None:
    # ValidationPipe keeps only the children of a top-level error that has any (sentTo is not an object here).
    assert await rejected(client, minimal_body(sentTo=[{"email": ["x"]}])) == [
        "sentTo.0.each value in email must be an email"
    ]
    assert await rejected(client, minimal_body(sentTo=[{"email": ["a@example.com"]}])) == ["sentTo must be an object"]


async def test_nested_arrays_inside_validated_arrays(client: httpx.AsyncClient) -> None:
    assert await rejected(client, minimal_body(items=[[{"name": 1}]])) == [
        "items.0.0.name must be a string",
        "items.0.0.currency must be a string",
        f"items.0.0.amount {NUMBER}",
        f"items.0.0.qty {NUMBER}",
    ]


async def test_proto_keys_are_stripped_not_rejected(client: httpx.AsyncClient) -> None:
    raw = minimal_body()
    content = json.dumps(raw).encode().replace(b'"liveMode"', b'"__proto__": {"x": 1}, "liveMode"')
    headers = {**auth(), "Content-Type": "application/json"}
    response = await client.post(TEXT2PAY, content=content, headers=headers)
    assert response.status_code == 200, response.text


async def test_a_discount_without_type_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(discount={"value": 10}), headers=auth())
    assert response.status_code == 422
    assert response.json()["message"] == ["discount.type must be a valid enum value"]


async def test_the_trace_id_is_a_fresh_uuid(client: httpx.AsyncClient) -> None:
    first = await client.post(TEXT2PAY, json=minimal_body(name=1), headers=auth())
    second = await client.post(TEXT2PAY, json=minimal_body(name=1), headers=auth())
    ids = {uuid.UUID(first.json()["traceId"]), uuid.UUID(second.json()["traceId"])}
    assert len(ids) == 2


# --- the vendor's own example -------------------------------------------------------------------------------


async def test_the_vendor_doc_example_is_rejected_where_it_contradicts_its_schema(client: httpx.AsyncClient) -> None:
    body = vendor_doc_example()
    body["altId"] = MAIN_LOCATION_ID
    assert await rejected(client, body) == [
        "lateFeesConfiguration.maxLateFees.value must be a number conforming to the specified constraints",
        "discount.validOnProductIds must be an array",
        "businessDetails.nested property address must be either object or array",
    ]


# --- the query of generate-invoice-number ---------------------------------------------------------------------


async def query_rejected(client: httpx.AsyncClient, query: str) -> list[str]:
    response = await client.get(f"{GENERATE}?{query}", headers=auth())
    assert response.status_code == 422, response.text
    messages: list[str] = response.json()["message"]
    return messages


async def test_query_alt_type_must_be_location(client: httpx.AsyncClient) -> None:
    assert await query_rejected(client, f"altId={MAIN_LOCATION_ID}&altType=company") == [
        "altType must be a valid enum value"
    ]
    assert await query_rejected(client, f"altId={MAIN_LOCATION_ID}") == [
        "altType must be a valid enum value",
        "altType should not be empty",
    ]


async def test_query_repeated_alt_type_becomes_an_array(client: httpx.AsyncClient) -> None:
    assert await query_rejected(client, f"altId={MAIN_LOCATION_ID}&altType=location&altType=location") == [
        "altType must be a valid enum value"
    ]


async def test_query_unknown_parameters_are_forbidden(client: httpx.AsyncClient) -> None:
    query = f"altId={MAIN_LOCATION_ID}&altType=location&limit=10&filter[status]=draft"
    assert await query_rejected(client, query) == [
        "property limit should not exist",
        "property filter should not exist",
    ]


async def test_query_messages_for_a_missing_alt_id_when_validation_goes_first() -> None:
    async with emulator() as (client, _):
        assert await query_rejected(client, "") == [
            "altId must be a string",
            "altId should not be empty",
            "altType must be a valid enum value",
            "altType should not be empty",
        ]
        assert await query_rejected(client, "altId=&altType=location") == ["altId should not be empty"]
        assert await query_rejected(client, "altId[]=x&altType=location") == ["altId must be a string"]


async def test_query_percent_decoding(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{GENERATE}?alt%49d={MAIN_LOCATION_ID}&altType=loc%61tion", headers=auth())
    assert response.status_code == 200


async def test_query_is_checked_only_on_its_endpoint(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{TEXT2PAY}?anything=1", json=minimal_body(), headers=auth())
    assert response.status_code == 200
    response = await client.get(GENERATE, params=location_query(), headers=auth(LOCATION_TOKEN))
    assert response.status_code == 200
