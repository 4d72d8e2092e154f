"""Every row of VENDOR_FACTS' table of checks, on both endpoints, and the order in which they apply."""

from __future__ import annotations

import json

import httpx
import pytest

from highlevel_invoices_emulator.tokens import (
    AGENCY_TOKEN,
    LOCATION_TOKEN,
    MAIN_COMPANY_ID,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    PRIVATE_INTEGRATION_TOKEN,
    READONLY_TOKEN,
)

from .support import GENERATE, TEXT2PAY, VERSION, emulator, location_query, minimal_body

pytestmark = pytest.mark.asyncio

UNKNOWN_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJl"


async def call(
    client: httpx.AsyncClient, endpoint: str, headers: dict[str, str], alt_id: str = MAIN_LOCATION_ID
) -> httpx.Response:
    if endpoint == GENERATE:
        return await client.get(GENERATE, params=location_query(alt_id), headers=headers)
    return await client.post(TEXT2PAY, json=minimal_body(altId=alt_id), headers=headers)


def assert_vendor_error(response: httpx.Response, status: int, message: str) -> None:
    assert response.status_code == status, response.text
    assert response.json() == {"statusCode": status, "message": message}
    assert response.headers["content-type"].startswith("application/json")


BOTH = pytest.mark.parametrize("endpoint", [GENERATE, TEXT2PAY])


@BOTH
async def test_missing_version_header(client: httpx.AsyncClient, endpoint: str) -> None:
    response = await call(client, endpoint, {"Authorization": f"Bearer {LOCATION_TOKEN}"})
    assert_vendor_error(response, 401, "version header was not found.")


@BOTH
@pytest.mark.parametrize("version", ["2020-01-01", "legacy", "V3", "2021-07-28x", "v3, v3"])
async def test_unknown_version_value(client: httpx.AsyncClient, endpoint: str, version: str) -> None:
    response = await call(client, endpoint, {"Version": version, "Authorization": f"Bearer {LOCATION_TOKEN}"})
    assert_vendor_error(response, 401, "version header is invalid")


@BOTH
async def test_empty_version_counts_as_missing(client: httpx.AsyncClient, endpoint: str) -> None:
    response = await call(client, endpoint, {"Version": "", "Authorization": f"Bearer {LOCATION_TOKEN}"})
    assert_vendor_error(response, 401, "version header was not found.")


async def test_version_value_is_trimmed_like_node_does(client: httpx.AsyncClient) -> None:
    response = await call(client, GENERATE, {"Version": " v3 ", "Authorization": f"Bearer {LOCATION_TOKEN}"})
    assert response.status_code == 200


@BOTH
@pytest.mark.parametrize("version", ["2021-07-28", "2021-04-15", "2023-02-21", "v3"])
async def test_accepted_versions(client: httpx.AsyncClient, endpoint: str, version: str) -> None:
    response = await call(client, endpoint, {"Version": version, "Authorization": f"Bearer {LOCATION_TOKEN}"})
    assert response.status_code == 200, response.text


@BOTH
async def test_missing_authorization_header(client: httpx.AsyncClient, endpoint: str) -> None:
    response = await call(client, endpoint, {"Version": VERSION})
    assert_vendor_error(response, 401, "No Authorization header found for authentication!")


@BOTH
@pytest.mark.parametrize(
    "authorization",
    [
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer not-a-jwt",
        "Bearer a.b",
        "Bearer a.b.c.d",
        f"Bearer {UNKNOWN_JWT}",
        f"Bearer {LOCATION_TOKEN} extra",
        LOCATION_TOKEN,
        f"Token {LOCATION_TOKEN}",
    ],
)
async def test_malformed_or_unknown_bearer_token(client: httpx.AsyncClient, endpoint: str, authorization: str) -> None:
    response = await call(client, endpoint, {"Version": VERSION, "Authorization": authorization})
    assert_vendor_error(response, 401, "Invalid JWT")


@BOTH
@pytest.mark.parametrize("token", ["pit-00000000-0000-0000-0000-000000000000", "pit-", PRIVATE_INTEGRATION_TOKEN + "x"])
async def test_unknown_private_integration_token(client: httpx.AsyncClient, endpoint: str, token: str) -> None:
    response = await call(client, endpoint, {"Version": VERSION, "Authorization": f"Bearer {token}"})
    assert_vendor_error(response, 401, "Invalid Private Integration token")


async def test_bearer_scheme_is_case_insensitive(client: httpx.AsyncClient) -> None:
    response = await call(client, GENERATE, {"Version": VERSION, "Authorization": f"bearer {LOCATION_TOKEN}"})
    assert response.status_code == 200


async def test_readonly_token_lacks_write_scope_for_text2pay(client: httpx.AsyncClient) -> None:
    response = await call(client, TEXT2PAY, {"Version": VERSION, "Authorization": f"Bearer {READONLY_TOKEN}"})
    assert_vendor_error(response, 401, "The token is not authorized for this scope.")


async def test_readonly_token_may_generate_numbers(client: httpx.AsyncClient) -> None:
    response = await call(client, GENERATE, {"Version": VERSION, "Authorization": f"Bearer {READONLY_TOKEN}"})
    assert response.status_code == 200


async def test_write_scope_does_not_imply_readonly() -> None:
    write_only = "pit-write-only"
    tokens = {
        write_only: {
            "type": "location",
            "locationId": MAIN_LOCATION_ID,
            "companyId": MAIN_COMPANY_ID,
            "scopes": ["invoices.write"],
        }
    }
    async with emulator(tokens=tokens) as (client, _):
        headers = {"Version": VERSION, "Authorization": f"Bearer {write_only}"}
        assert_vendor_error(await call(client, GENERATE, headers), 401, "The token is not authorized for this scope.")
        assert (await call(client, TEXT2PAY, headers)).status_code == 200


@BOTH
async def test_token_for_another_location(client: httpx.AsyncClient, endpoint: str) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {OTHER_LOCATION_TOKEN}"}
    response = await call(client, endpoint, headers, alt_id=MAIN_LOCATION_ID)
    assert_vendor_error(response, 403, "The token does not have access to this location.")
    assert (await call(client, endpoint, headers, alt_id=OTHER_LOCATION_ID)).status_code == 200


async def test_agency_token_generates_numbers_for_its_company_only(client: httpx.AsyncClient) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {AGENCY_TOKEN}"}
    assert (await call(client, GENERATE, headers, alt_id=MAIN_LOCATION_ID)).status_code == 200
    response = await call(client, GENERATE, headers, alt_id=OTHER_LOCATION_ID)
    assert_vendor_error(response, 403, "The token does not have access to this location.")
    response = await call(client, GENERATE, headers, alt_id="unknownLocation00001")
    assert_vendor_error(response, 403, "The token does not have access to this location.")


async def test_agency_token_on_text2pay_by_default(client: httpx.AsyncClient) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {AGENCY_TOKEN}"}
    response = await call(client, TEXT2PAY, headers)
    assert_vendor_error(response, 401, "The token is not authorized for this scope.")


@BOTH
async def test_location_is_compared_exactly(client: httpx.AsyncClient, endpoint: str) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {LOCATION_TOKEN}"}
    response = await call(client, endpoint, headers, alt_id=MAIN_LOCATION_ID.lower())
    assert_vendor_error(response, 403, "The token does not have access to this location.")


@BOTH
async def test_missing_alt_id_goes_on_to_validation_by_default(client: httpx.AsyncClient, endpoint: str) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {LOCATION_TOKEN}"}
    if endpoint == GENERATE:
        response = await client.get(GENERATE, params={"altType": "location"}, headers=headers)
    else:
        body = minimal_body()
        del body["altId"]
        response = await client.post(TEXT2PAY, json=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["message"][:2] == ["altId must be a string", "altId should not be empty"]


# --- order of the checks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "alt_id", "status", "message"),
    [
        ({}, OTHER_LOCATION_ID, 401, "version header was not found."),
        ({"Version": "nope", "Authorization": "Basic x"}, OTHER_LOCATION_ID, 401, "version header is invalid"),
        ({"Version": VERSION}, OTHER_LOCATION_ID, 401, "No Authorization header found for authentication!"),
        ({"Version": VERSION, "Authorization": "Bearer x"}, OTHER_LOCATION_ID, 401, "Invalid JWT"),
        (
            {"Version": VERSION, "Authorization": f"Bearer {READONLY_TOKEN}"},
            OTHER_LOCATION_ID,
            401,
            "The token is not authorized for this scope.",
        ),
        (
            {"Version": VERSION, "Authorization": f"Bearer {LOCATION_TOKEN}"},
            OTHER_LOCATION_ID,
            403,
            "The token does not have access to this location.",
        ),
    ],
)
async def test_each_check_wins_over_the_later_ones(
    client: httpx.AsyncClient, headers: dict[str, str], alt_id: str, status: int, message: str
) -> None:
    # Every request below is also invalid for all later checks (wrong location and an invalid body).
    body = minimal_body(altId=alt_id, liveMode="yes")
    response = await client.post(TEXT2PAY, json=body, headers=headers)
    assert_vendor_error(response, status, message)


async def test_guards_run_before_validation(client: httpx.AsyncClient) -> None:
    headers = {"Version": VERSION, "Authorization": f"Bearer {LOCATION_TOKEN}"}
    response = await client.post(TEXT2PAY, json=minimal_body(liveMode="yes"), headers=headers)
    assert response.status_code == 422
    assert response.json()["message"] == ["liveMode must be a boolean value"]


# --- headers as Node sees them -----------------------------------------------------------------------------


async def test_repeated_version_headers_are_joined_and_so_invalid(client: httpx.AsyncClient) -> None:
    headers = [("Version", VERSION), ("Version", VERSION), ("Authorization", f"Bearer {LOCATION_TOKEN}")]
    response = await client.get(GENERATE, params=location_query(), headers=headers)
    assert_vendor_error(response, 401, "version header is invalid")


async def test_repeated_authorization_headers_keep_the_first(client: httpx.AsyncClient) -> None:
    first_good = [("Version", VERSION), ("Authorization", f"Bearer {LOCATION_TOKEN}"), ("Authorization", "Bearer x")]
    assert (await client.get(GENERATE, params=location_query(), headers=first_good)).status_code == 200
    first_bad = [("Version", VERSION), ("Authorization", "Bearer x"), ("Authorization", f"Bearer {LOCATION_TOKEN}")]
    assert_vendor_error(await client.get(GENERATE, params=location_query(), headers=first_bad), 401, "Invalid JWT")


# --- the official SDKs' request shapes ---------------------------------------------------------------------


async def test_python_sdk_request_shape_is_accepted(client: httpx.AsyncClient) -> None:
    """gohighlevel-api-client 3.0.0: `Version: v3`, a private integration token, JSON bodies."""
    headers = {
        "Version": "v3",
        "Authorization": f"Bearer {PRIVATE_INTEGRATION_TOKEN}",
        "Accept": "application/json",
        "Content-Type": "application/json",
    }
    response = await client.get(GENERATE, params=location_query(), headers=headers)
    assert response.status_code == 200
    assert response.json()["invoiceNumber"] == "1"
    response = await client.post(TEXT2PAY, content=json.dumps(minimal_body()).encode(), headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["invoice"]["invoiceNumber"] == "1"


async def test_typescript_sdk_default_version_is_accepted(client: httpx.AsyncClient) -> None:
    headers = {"Version": "2023-02-21", "Authorization": f"Bearer {LOCATION_TOKEN}"}
    assert (await client.post(TEXT2PAY, json=minimal_body(), headers=headers)).status_code == 200
