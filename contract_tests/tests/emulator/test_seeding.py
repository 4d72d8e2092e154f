"""seed_invoices: a location filled without the API, with invoices like any other."""

from __future__ import annotations

import httpx
import pytest

from highlevel_invoices_emulator import SeedError, create_app, emulator_state, seed_invoices
from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import OTHER_LOCATION_ID, OTHER_LOCATION_TOKEN

from .support import auth, delete_path, get_invoice, list_invoices, list_query, location_query


def test_seeded_invoices_are_numbered_drafts_with_varied_contacts_and_dates(state: EmulatorState) -> None:
    ids = seed_invoices(state, 12)
    invoices = state.store.invoices()
    assert [invoice["_id"] for invoice in invoices] == ids
    assert [invoice["invoiceNumber"] for invoice in invoices] == [str(n) for n in range(1, 13)]
    assert {invoice["status"] for invoice in invoices} == {"draft"}
    assert len({str(invoice["contactDetails"]) for invoice in invoices}) == 10
    assert len({invoice["issueDate"] for invoice in invoices}) == 12
    assert invoices[-1]["issueDate"] == "2024-05-31T07:00:00.000Z"  # today in Los Angeles, 2024-06-01T00:00Z there


def test_a_seed_beyond_the_store_or_into_an_unknown_location_is_refused() -> None:
    state = emulator_state(create_app(max_invoices=5))
    seed_invoices(state, 3)
    with pytest.raises(SeedError, match="at most 5 and holds 3"):
        seed_invoices(state, 3)
    with pytest.raises(SeedError, match="no location token"):
        seed_invoices(state, 1, location="Nowhere")
    assert len(state.store) == 3


@pytest.mark.asyncio
async def test_seeded_invoices_read_list_and_delete_through_the_api(
    client: httpx.AsyncClient, state: EmulatorState
) -> None:
    ids = seed_invoices(state, 30)
    listed = (await list_invoices(client, limit=5, offset=0, search="seeded contact 3")).json()
    assert listed["total"] == 3
    assert (await get_invoice(client, ids[0])).status_code == 200
    deleted = await client.request("DELETE", delete_path(ids[0]), json=location_query(), headers=auth())
    assert deleted.status_code == 200
    seed_invoices(state, 4, location=OTHER_LOCATION_ID)
    params = {**list_query(), "altId": OTHER_LOCATION_ID}
    theirs = await client.get("/invoices/", params=params, headers=auth(OTHER_LOCATION_TOKEN))
    assert theirs.json()["total"] == 4
    assert (await list_invoices(client)).json()["total"] == 29
