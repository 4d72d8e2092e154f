"""Fill a location with invoices without the API, e.g. so a bench can list 10,000 of them.

Seeded invoices are ordinary drafts, built by the same service a create uses (numbers from the location's
sequence, totals, dates in the location's zone): they list, read, update, send, pay and delete like any other.
They vary in what list filters see: ten contacts in turn, issue dates one day apart going back from today (in the
location's zone), amounts from 10 to 500. None is live (`liveMode: false`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from highlevel_invoices_emulator.state import EmulatorState
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID

CONTACTS = 10
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class SeedError(ValueError):
    """A seed the emulator cannot hold (more invoices than its store keeps)."""


def _contact(index: int) -> dict[str, object]:
    code = "".join(_ALPHABET[(index * 7 + k) % len(_ALPHABET)] for k in range(14))
    return {
        "id": f"Seed{index:02d}{code}",
        "name": f"Seeded Contact {index}",
        "phoneNo": f"+1555000{index:04d}",
        "email": f"seeded.contact{index}@example.com",
    }


def seed_invoices(state: EmulatorState, count: int, *, location: str = MAIN_LOCATION_ID) -> list[str]:
    """Create `count` draft invoices in `location`, oldest first; their ids, in creation order."""
    if count < 0:
        raise SeedError(f"cannot seed a negative number of invoices ({count})")
    if count + len(state.store) > state.store.max_invoices:
        raise SeedError(
            f"cannot seed {count} invoices: the store keeps at most {state.store.max_invoices} "
            f"and holds {len(state.store)} (raise max_invoices / --max-invoices)"
        )
    company = state.tokens.company_of(location)
    if count and company is None:
        raise SeedError(f"cannot seed location {location}: no location token of the token set names it")
    today = datetime.fromtimestamp(state.clock(), state.zone_of(location)).date()
    contacts = [_contact(index) for index in range(CONTACTS)]
    ids: list[str] = []
    for index in range(count):
        contact = contacts[index % CONTACTS]
        issued = today - timedelta(days=(count - 1 - index) % 3650)
        body: dict[str, object] = {
            "altId": location,
            "altType": "location",
            "name": f"Seeded invoice {index + 1}",
            "businessDetails": {"name": "Seeded Business"},
            "currency": "USD",
            "items": [{"name": "Seeded item", "currency": "USD", "amount": 10 * (index % 50 + 1), "qty": 1}],
            "discount": {"type": "percentage", "value": 0},
            "contactDetails": contact,
            "issueDate": issued.isoformat(),
            "sentTo": {"email": [contact["email"]]},
            "liveMode": False,
        }
        ids.append(str(state.service.create(body, company)["_id"]))
    return ids
