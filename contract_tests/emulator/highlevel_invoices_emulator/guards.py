"""The checks that run before validation, in the vendor's observed order: Version, Authorization, scope, location.

Answers are the observed ones (VENDOR_FACTS table): status and `{"statusCode", "message"}` bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.datastructures import Headers

from highlevel_invoices_emulator.choices import Choices
from highlevel_invoices_emulator.errors import vendor_error
from highlevel_invoices_emulator.request_parsing import node_header
from highlevel_invoices_emulator.tokens import PIT_PREFIX, TokenInfo, TokenSet, is_jwt_shaped

if TYPE_CHECKING:
    from highlevel_invoices_emulator.routing import Endpoint

ACCEPTED_VERSIONS = frozenset({"2021-07-28", "2021-04-15", "2023-02-21", "v3"})
LEGACY_VERSION = "legacy"

VERSION_MISSING = "version header was not found."
VERSION_INVALID = "version header is invalid"
NO_AUTHORIZATION = "No Authorization header found for authentication!"
INVALID_JWT = "Invalid JWT"
INVALID_PIT = "Invalid Private Integration token"
SCOPE_DENIED = "The token is not authorized for this scope."
LOCATION_DENIED = "The token does not have access to this location."


def check_version(headers: Headers, choices: Choices) -> None:
    version = node_header(headers, "version")
    if not version:
        raise vendor_error(401, VERSION_MISSING)
    if version == LEGACY_VERSION and choices.legacy_version == "accepted":
        return
    if version not in ACCEPTED_VERSIONS:
        raise vendor_error(choices.invalid_version_status, VERSION_INVALID)


def authenticate(headers: Headers, tokens: TokenSet) -> TokenInfo:
    authorization = node_header(headers, "authorization")
    if not authorization:
        raise vendor_error(401, NO_AUTHORIZATION)
    parts = authorization.split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        raise vendor_error(401, INVALID_JWT)
    token = parts[1]
    info = tokens.lookup(token)
    if token.startswith(PIT_PREFIX):
        if info is None:
            raise vendor_error(401, INVALID_PIT)
        return info
    if info is None or not is_jwt_shaped(token):
        raise vendor_error(401, INVALID_JWT)
    return info


def authorize(token: TokenInfo, endpoint: Endpoint, choices: Choices) -> None:
    if endpoint.scope not in token.scopes:
        raise vendor_error(401, SCOPE_DENIED)
    if token.token_type == "agency" and not endpoint.agency_tokens:
        if choices.agency_token_on_text2pay == "unauthorized-scope":
            raise vendor_error(401, SCOPE_DENIED)
        if choices.agency_token_on_text2pay == "forbidden-location":
            raise vendor_error(403, LOCATION_DENIED)


def check_location(token: TokenInfo, alt_id: object, tokens: TokenSet, choices: Choices) -> None:
    if choices.location_check_order == "validation-first" and not (isinstance(alt_id, str) and alt_id):
        return  # validation will name altId
    if token.location_id is not None:
        allowed = alt_id == token.location_id
    else:
        allowed = isinstance(alt_id, str) and tokens.company_of(alt_id) == token.company_id
    if not allowed:
        raise vendor_error(403, LOCATION_DENIED)
