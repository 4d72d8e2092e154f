"""The default token set and the token-file loader."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from highlevel_invoices_emulator import DEFAULT_TOKENS, TokenFileError, TokenSet, load_token_file
from highlevel_invoices_emulator import tokens as tk

ID_20 = re.compile(r"[A-Za-z0-9]{20}")


def test_default_ids_are_20_char_alphanumerics() -> None:
    for value in (tk.MAIN_LOCATION_ID, tk.MAIN_COMPANY_ID, tk.OTHER_LOCATION_ID, tk.OTHER_COMPANY_ID):
        assert ID_20.fullmatch(value)


@pytest.mark.parametrize("token", [tk.LOCATION_TOKEN, tk.READONLY_TOKEN, tk.OTHER_LOCATION_TOKEN, tk.AGENCY_TOKEN])
def test_oauth_tokens_are_jwt_shaped(token: str) -> None:
    header, payload, signature = token.split(".")
    assert json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))) == {"alg": "HS256", "typ": "JWT"}
    assert "sub" in json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert signature


def test_the_default_set() -> None:
    tokens = TokenSet.from_mapping(DEFAULT_TOKENS)
    assert len(tokens) == 5
    main = tokens.lookup(tk.LOCATION_TOKEN)
    assert main is not None
    assert (main.token_type, main.location_id, main.company_id) == ("location", tk.MAIN_LOCATION_ID, tk.MAIN_COMPANY_ID)
    assert main.scopes == {"invoices.readonly", "invoices.write"}
    readonly = tokens.lookup(tk.READONLY_TOKEN)
    assert readonly is not None
    assert readonly.scopes == {"invoices.readonly"}
    agency = tokens.lookup(tk.AGENCY_TOKEN)
    assert agency is not None
    assert (agency.token_type, agency.location_id, agency.company_id) == ("agency", None, tk.MAIN_COMPANY_ID)
    assert agency.rate_limit_resource == f"company:{tk.MAIN_COMPANY_ID}"
    pit = tokens.lookup(tk.PRIVATE_INTEGRATION_TOKEN)
    assert pit is not None
    assert tk.PRIVATE_INTEGRATION_TOKEN.startswith("pit-")
    assert pit.location_id == tk.MAIN_LOCATION_ID
    assert tokens.company_of(tk.OTHER_LOCATION_ID) == tk.OTHER_COMPANY_ID
    assert tokens.company_of("unknown") is None


def test_the_docstring_table_matches_the_default_set() -> None:
    doc = tk.__doc__ or ""
    rows = [line for line in doc.splitlines() if line.startswith("| `")]
    assert len(rows) == len(DEFAULT_TOKENS)
    for row, (token, details) in zip(rows, DEFAULT_TOKENS.items(), strict=True):
        assert row.startswith(f"| `{token}` | {details['type']} |")


LOCATION = {"type": "location", "locationId": "loc", "companyId": "co", "scopes": ["invoices.readonly"]}


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ([], "expected a JSON object"),
        ({}, "contains no tokens"),
        ({"pit-a": "x"}, "details must be an object"),
        ({"pit-a": {**LOCATION, "type": "user"}}, "'type' must be"),
        ({"pit-a": {**LOCATION, "companyId": ""}}, "'companyId' must be a non-empty string"),
        ({"pit-a": {k: v for k, v in LOCATION.items() if k != "locationId"}}, "'locationId' must be"),
        ({"pit-a": {**LOCATION, "type": "agency"}}, "an agency token has no locationId"),
        ({"pit-a": {**LOCATION, "scopes": "invoices.write"}}, "'scopes' must be a list"),
        ({"pit-a": {**LOCATION, "scopes": [""]}}, "'scopes' must be a list"),
        ({"pit-a": {**LOCATION, "scope": []}}, "unknown field(s) scope"),
        ({"pit- a": LOCATION}, "without whitespace"),
        ({"": LOCATION}, "non-empty string"),
        ({"opaque-token": LOCATION}, "neither a private integration token"),
        ({"pit-a": LOCATION, "pit-b": {**LOCATION, "companyId": "other"}}, "given two companies"),
    ],
)
def test_bad_token_mappings_are_explained(raw: object, fragment: str) -> None:
    with pytest.raises(TokenFileError) as excinfo:
        TokenSet.from_mapping(raw)
    assert fragment in str(excinfo.value)


def test_load_a_token_file(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"pit-mine": LOCATION}))
    tokens = load_token_file(path)
    info = tokens.lookup("pit-mine")
    assert info is not None
    assert info.location_id == "loc"


def test_token_file_errors(tmp_path: Path) -> None:
    with pytest.raises(TokenFileError, match="no such file"):
        load_token_file(tmp_path / "missing.json")
    with pytest.raises(TokenFileError, match="is a directory"):
        load_token_file(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "pit-a": {,\n}')
    with pytest.raises(TokenFileError, match=r"invalid JSON at line 2 column 13"):
        load_token_file(broken)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(TokenFileError, match="cannot be read"):
        load_token_file(binary)
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"pit-a": {"type": "location"}}')
    with pytest.raises(TokenFileError, match=rf"token file {re.escape(str(wrong))}: token 'pit-a': 'companyId'"):
        load_token_file(wrong)


def test_a_location_may_declare_its_time_zone() -> None:
    raw = {
        "pit-zone": {"type": "location", "locationId": "L1", "companyId": "C1", "scopes": [], "timezone": "Asia/Tokyo"},
        "pit-other": {"type": "location", "locationId": "L2", "companyId": "C1", "scopes": []},
    }
    tokens = TokenSet.from_mapping(raw)
    assert tokens.timezone_of("L1") == "Asia/Tokyo"
    assert tokens.timezone_of("L2") is None


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"type": "location", "locationId": "L1", "companyId": "C", "scopes": [], "timezone": "Mars/Olympus"}, "IANA"),
        ({"type": "location", "locationId": "L1", "companyId": "C", "scopes": [], "timezone": 5}, "IANA"),
        ({"type": "agency", "companyId": "C", "scopes": [], "timezone": "UTC"}, "agency token has no timezone"),
    ],
)
def test_a_bad_time_zone_is_refused_with_a_clear_message(details: dict[str, object], message: str) -> None:
    with pytest.raises(TokenFileError, match=message):
        TokenSet.from_mapping({"pit-x": details})


def test_two_time_zones_for_one_location_are_refused() -> None:
    base = {"type": "location", "locationId": "L1", "companyId": "C", "scopes": []}
    raw = {"pit-a": {**base, "timezone": "UTC"}, "pit-b": {**base, "timezone": "Asia/Tokyo"}}
    with pytest.raises(TokenFileError, match="two time zones"):
        TokenSet.from_mapping(raw)


@pytest.mark.asyncio
async def test_response_dates_follow_the_locations_declared_zone() -> None:
    from .support import TEXT2PAY, auth, emulator, minimal_body

    tokens = {
        tk.LOCATION_TOKEN: {**tk.DEFAULT_TOKENS[tk.LOCATION_TOKEN], "timezone": "Asia/Tokyo"},
    }
    async with emulator(tokens=tokens) as (client, _):
        response = await client.post(TEXT2PAY, json=minimal_body(issueDate="2025-05-28"), headers=auth())
    invoice = response.json()["invoice"]
    assert (invoice["issueDate"], invoice["dueDate"]) == ("2025-05-27T15:00:00.000Z", "2025-05-28T14:59:59.999Z")
