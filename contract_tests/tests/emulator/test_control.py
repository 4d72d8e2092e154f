"""The control channel: off unless asked for, reset, seeding invoices in every status, another location, a fixed
"now", profiles, the journal of refused requests, and a clear 4xx for every bad control request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import httpx
import pytest

from highlevel_invoices_emulator import create_app
from highlevel_invoices_emulator.control_client import EmulatorControlError
from highlevel_invoices_emulator.testing import HighLevelEmulator, local_emulator

from .support import GENERATE, TEXT2PAY, VERSION, minimal_body


@pytest.fixture(scope="module")
def session() -> Iterator[HighLevelEmulator]:
    with local_emulator() as emulator:
        yield emulator


@pytest.fixture
def emulator(session: HighLevelEmulator) -> HighLevelEmulator:
    session.reset()
    return session


def _client(emulator: HighLevelEmulator, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token or emulator.token}", "Version": VERSION}
    return httpx.Client(base_url=emulator.base_url, transport=emulator.transport, headers=headers)


@pytest.mark.asyncio
async def test_without_control_the_channel_is_an_unknown_route() -> None:
    app = create_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator.test") as client:
        answer = await client.post("/__emulator/reset")
    assert answer.status_code == 404
    assert answer.json()["message"] == "Cannot POST /__emulator/reset"


def test_the_state_names_the_main_location_and_its_fake_token(emulator: HighLevelEmulator) -> None:
    info = emulator.control.info()
    assert info["main"]["locationId"] == emulator.location_id == "ve9EPM428h8vShlRW1KT"
    assert {"invoices.readonly", "invoices.write"} <= set(
        next(t for t in info["tokens"] if t["token"] == emulator.token)["scopes"]
    )
    assert [location["locationId"] for location in info["locations"]] == [
        "ve9EPM428h8vShlRW1KT",
        "Rk7dT2Lq9XbN4wYp3HsZ",
    ]
    assert (info["profile"], info["now"], info["faults"], info["invoices"]) == ("default", None, [], 0)


def test_reset_forgets_invoices_requests_locations_faults_and_now(emulator: HighLevelEmulator) -> None:
    emulator.seed_invoices(2)
    other = emulator.add_location()
    emulator.rate_limit(times=None, path="/never")
    emulator.set_now("2024-01-01T00:00:00Z")
    with _client(emulator) as client:
        client.get(GENERATE, params={"altId": emulator.location_id, "altType": "location"})
    emulator.reset()
    info = emulator.control.info()
    assert (info["invoices"], info["faults"], info["now"]) == (0, [], None)
    assert emulator.requests == []
    assert other.location_id not in [location["locationId"] for location in info["locations"]]
    with _client(emulator) as client:
        number = client.get(GENERATE, params={"altId": emulator.location_id, "altType": "location"})
    assert number.json()["invoiceNumber"] == "1"  # the numbering starts over


@pytest.mark.parametrize(
    ("status", "paid", "due"),
    [("draft", 0, 100), ("sent", 0, 100), ("partially_paid", 50, 50), ("paid", 100, 0), ("void", 0, 100)],
)
def test_an_existing_invoice_in_every_status(emulator: HighLevelEmulator, status: str, paid: int, due: int) -> None:
    invoice = emulator.add_invoice(status=status, name="Existing", invoiceNumber="INV-7")
    assert (invoice["status"], invoice["amountPaid"], invoice["amountDue"]) == (status, paid, due)
    assert (invoice["name"], invoice["invoiceNumber"], invoice["liveMode"]) == ("Existing", "INV-7", False)
    with _client(emulator) as client:
        fetched = client.get(
            f"/invoices/{invoice['_id']}", params={"altId": emulator.location_id, "altType": "location"}
        )
    assert fetched.json()["status"] == status


def test_an_existing_invoice_is_validated_as_a_create(emulator: HighLevelEmulator) -> None:
    with pytest.raises(EmulatorControlError, match="issueDate must be in YYYY-MM-DD format"):
        emulator.add_invoice(issueDate="15/01/2024")
    with pytest.raises(EmulatorControlError, match="property colour should not exist"):
        emulator.add_invoice(colour="red")
    with pytest.raises(EmulatorControlError, match="status must be one of draft, sent"):
        emulator.add_invoice(status="overdue")
    with pytest.raises(EmulatorControlError, match="no location token of the emulator names location nowhere"):
        emulator.add_invoice(location_id="nowhere")
    assert emulator.invoices() == []


def test_a_second_location_has_its_own_token_numbers_and_zone(emulator: HighLevelEmulator) -> None:
    other = emulator.add_location(timezone="Europe/Berlin")
    emulator.seed_invoices(2, location_id=other.location_id)
    emulator.add_invoice(location_id=other.location_id, issueDate="2024-06-01")
    theirs = emulator.invoices(other.location_id)
    assert [invoice["invoiceNumber"] for invoice in theirs] == ["1", "2", "3"]
    assert theirs[-1]["issueDate"] == "2024-05-31T22:00:00.000Z"  # midnight in Berlin (UTC+2 in June)
    assert emulator.invoices(emulator.location_id) == []
    with _client(emulator, other.token) as client:
        own = client.get(GENERATE, params={"altId": other.location_id, "altType": "location"})
        foreign = client.get(GENERATE, params={"altId": emulator.location_id, "altType": "location"})
    assert own.json()["invoiceNumber"] == "4"
    assert foreign.status_code == 403
    with pytest.raises(EmulatorControlError, match="exists already"):
        emulator.add_location(location_id=other.location_id)


@pytest.mark.parametrize(
    ("now", "created"),
    [
        (datetime(2024, 1, 15, 9, 30, tzinfo=UTC), "2024-01-15T09:30:00.000Z"),
        ("2024-01-15T10:30:00+01:00", "2024-01-15T09:30:00.000Z"),
        (date(2024, 1, 15), "2024-01-15T12:00:00.000Z"),
        (1705311000.0, "2024-01-15T09:30:00.000Z"),
    ],
)
def test_a_fixed_now_dates_what_the_emulator_writes(
    emulator: HighLevelEmulator, now: datetime | date | str | float, created: str
) -> None:
    emulator.set_now(now)
    with _client(emulator) as client:
        first = client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id)).json()["invoice"]
        second = client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id)).json()["invoice"]
    assert first["createdAt"] == second["createdAt"] == created
    assert first["_id"] != second["_id"]
    (seeded,) = emulator.control.invoices()[:1]
    assert seeded["createdAt"] == created


def test_a_fixed_now_dates_seeded_invoices_and_leaves_rate_limits_running(emulator: HighLevelEmulator) -> None:
    emulator.set_now("2024-01-15T09:30:00Z")
    emulator.seed_invoices(3)
    issued = sorted(invoice["issueDate"] for invoice in emulator.invoices())
    # The main location is in America/Los_Angeles: 2024-01-13, -14 and -15 begin at 08:00 UTC.
    assert issued == ["2024-01-13T08:00:00.000Z", "2024-01-14T08:00:00.000Z", "2024-01-15T08:00:00.000Z"]
    emulator.set_now(None)
    assert emulator.control.info()["now"] is None


@pytest.mark.parametrize(
    ("now", "message"),
    [
        ("2024-01-15T09:30:00", "has no time zone"),
        ("yesterday", "neither an ISO 8601 timestamp nor a YYYY-MM-DD date"),
        (True, "not a boolean"),
        (-1, "outside 1970-01-01 to 9999-12-31"),
        (1e300, "outside 1970-01-01 to 9999-12-31"),
    ],
)
def test_a_bad_now_is_refused(emulator: HighLevelEmulator, now: object, message: str) -> None:
    with pytest.raises(EmulatorControlError, match=message):
        emulator.control._call("PUT", "/now", {"now": now})
    with pytest.raises(ValueError, match="no time zone"):
        emulator.set_now(datetime(2024, 1, 15))  # naive, on purpose


def test_a_profile_changes_the_answers_and_an_unknown_one_is_refused(emulator: HighLevelEmulator) -> None:
    emulator.use_profile("invoice-number-as-number")
    with _client(emulator) as client:
        answer = client.get(GENERATE, params={"altId": emulator.location_id, "altType": "location"})
    assert answer.json()["invoiceNumber"] == 1
    assert emulator.control.info()["profile"] == "invoice-number-as-number"
    with pytest.raises(EmulatorControlError, match="unknown profile no-such-profile"):
        emulator.use_profile("no-such-profile")
    emulator.reset(profile="retry-after")
    assert emulator.control.info()["profile"] == "retry-after"


def test_the_journal_keeps_refused_requests_bodies_for_the_test(emulator: HighLevelEmulator) -> None:
    with _client(emulator) as client:
        refused = client.post(TEXT2PAY, json=minimal_body(altId=emulator.location_id, liveMode="yes"))
    assert refused.status_code == 422
    (entry,) = emulator.requests
    assert (entry.status, entry.body["liveMode"]) == (422, "yes")
    emulator.control.clear_requests()
    assert emulator.requests == []


@pytest.mark.parametrize(
    ("control_request", "status", "message"),
    [
        (("GET", "/__emulator/nothing", None), 404, "no control route /__emulator/nothing"),
        (("DELETE", "/__emulator/reset", None), 405, "/__emulator/reset takes POST, not DELETE"),
        (("POST", "/__emulator/reset", b"{not json"), 400, "the body is not JSON"),
        (("POST", "/__emulator/reset", b'{"profil": "x"}'), 400, "unknown field(s) profil"),
        (("POST", "/__emulator/reset", b"[1]"), 400, "the body must be a JSON object"),
        (("PUT", "/__emulator/now", b'{"now": NaN}'), 400, "NaN is not a JSON number"),
        (("POST", "/__emulator/reset", b"[" * 100_000), 400, "nested too deeply"),
        (("PUT", "/__emulator/faults", b'{"faults": {"kind": "drop"}}'), 400, "faults must be a list"),
        (("PUT", "/__emulator/faults", b'{"faults": [{"kind": "flood"}]}'), 400, "unknown fault kind 'flood'"),
        (("POST", "/__emulator/invoices", b'{"count": "3"}'), 400, "count must be a whole number"),
        (("POST", "/__emulator/invoices", b'{"count": 100000}'), 400, "the store keeps at most 10000"),
        (("PUT", "/__emulator/profile", b"{}"), 400, "profile must be a non-empty string"),
    ],
)
def test_a_bad_control_request_says_what_to_fix(
    emulator: HighLevelEmulator, control_request: tuple[str, str, bytes | None], status: int, message: str
) -> None:
    method, path, content = control_request
    with httpx.Client(base_url=emulator.base_url, transport=emulator.transport) as client:
        answer = client.request(method, path, content=content)
    assert answer.status_code == status
    assert answer.json()["statusCode"] == status
    assert message in answer.json()["message"]
