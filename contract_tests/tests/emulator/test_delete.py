"""DELETE /invoices/{invoiceId}: drafts only, the vendor's documented answers, and where altId/altType travel."""

from __future__ import annotations

import httpx
import pytest

from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import (
    AGENCY_TOKEN,
    MAIN_LOCATION_ID,
    OTHER_LOCATION_ID,
    OTHER_LOCATION_TOKEN,
    READONLY_TOKEN,
)

from .support import GENERATE, TEXT2PAY, auth, create_draft, delete_path, emulator, location_query, minimal_body

pytestmark = pytest.mark.asyncio

UNKNOWN = {"statusCode": 400, "message": "Unable to find an invoice with the given invoice id"}


async def delete(
    client: httpx.AsyncClient, invoice_id: str, token: str | None = None, **options: object
) -> httpx.Response:
    headers = auth(token) if token else auth()
    kwargs: dict[str, object] = {"json": location_query()} if not options else dict(options)
    return await client.request("DELETE", delete_path(invoice_id), headers=headers, **kwargs)  # type: ignore[arg-type]


async def test_a_draft_is_deleted_and_answered_with_its_invoice(
    client: httpx.AsyncClient, state: EmulatorState
) -> None:
    created = (await client.post(TEXT2PAY, json=minimal_body(), headers=auth())).json()["invoice"]
    response = await delete(client, created["_id"])
    assert response.status_code == 200
    answer = response.json()
    assert answer["deleted"] is True
    assert set(answer) - {"deleted", "traceId"} == set(created)
    assert {k: answer[k] for k in created} == created
    assert state.store.invoices() == []
    assert response.headers["X-RateLimit-Max"] == "100"


async def test_a_second_delete_and_an_unknown_id_get_the_documented_400(client: httpx.AsyncClient) -> None:
    invoice_id = await create_draft(client)
    assert (await delete(client, invoice_id)).status_code == 200
    again = await delete(client, invoice_id)
    assert (again.status_code, again.json()) == (400, UNKNOWN)
    unknown = await delete(client, "0123456789abcdef01234567")
    assert (unknown.status_code, unknown.json()) == (400, UNKNOWN)


async def test_a_sent_invoice_cannot_be_deleted(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await create_draft(client, action="send")
    response = await delete(client, invoice_id)
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Invoice status need to be draft to delete an invoice"}
    assert len(state.store.invoices()) == 1


async def test_a_deleted_drafts_number_is_never_given_out_again(client: httpx.AsyncClient) -> None:
    first = await create_draft(client)
    await create_draft(client)
    await delete(client, first)
    later = (await client.post(TEXT2PAY, json=minimal_body(), headers=auth())).json()["invoice"]
    assert later["invoiceNumber"] == "3"
    peek = await client.get(GENERATE, params=location_query(), headers=auth())
    assert peek.json()["invoiceNumber"] == "4"


async def test_the_location_travels_in_the_body_by_default(client: httpx.AsyncClient) -> None:
    invoice_id = await create_draft(client)
    by_query = await delete(client, invoice_id, params=location_query())
    # The query is ignored, so the body lacks altId/altType: the live sibling's 422, word for word.
    assert by_query.status_code == 422
    assert by_query.json()["message"] == [
        "altId must be a string",
        "altId should not be empty",
        "altType must be a valid enum value",
        "altType should not be empty",
    ]
    both = await delete(client, invoice_id, params=location_query(), json=location_query())
    assert both.status_code == 200


async def test_body_validation(client: httpx.AsyncClient) -> None:
    invoice_id = await create_draft(client)
    extra = await delete(client, invoice_id, json={**location_query(), "reason": "x"})
    assert (extra.status_code, extra.json()["message"]) == (422, ["property reason should not exist"])
    wrong_type = await delete(client, invoice_id, json={"altId": MAIN_LOCATION_ID, "altType": "agency"})
    assert wrong_type.json()["message"] == ["altType must be a valid enum value"]


async def test_tokens_scopes_and_locations(client: httpx.AsyncClient) -> None:
    invoice_id = await create_draft(client)
    read_only = await delete(client, invoice_id, READONLY_TOKEN)
    assert (read_only.status_code, read_only.json()["message"]) == (401, "The token is not authorized for this scope.")
    foreign = await delete(client, invoice_id, OTHER_LOCATION_TOKEN)
    assert foreign.status_code == 403
    theirs = await delete(client, invoice_id, OTHER_LOCATION_TOKEN, json=location_query(OTHER_LOCATION_ID))
    assert (theirs.status_code, theirs.json()) == (400, UNKNOWN)  # another location's invoice is unknown
    agency = await delete(client, invoice_id, AGENCY_TOKEN)  # the vendor lists agency tokens for delete
    assert agency.status_code == 200


async def test_unknown_id_as_404_profile() -> None:
    async with emulator(profile="unknown-id-404") as (client, _):
        response = await delete(client, "0123456789abcdef01234567")
    assert response.status_code == 404
