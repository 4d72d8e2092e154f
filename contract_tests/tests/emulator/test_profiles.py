"""One behavioural check per profile. Each check must pass on its profile and fail on the default one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator import PROFILES, RateLimitConfig
from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.seeding import seed_invoices
from highlevel_invoices_emulator.tokens import AGENCY_TOKEN, MAIN_COMPANY_ID, MAIN_LOCATION_ID, OTHER_LOCATION_ID

from .support import (
    GENERATE,
    INVOICES,
    TEXT2PAY,
    ManualClock,
    auth,
    create_body,
    create_draft,
    create_invoice,
    delete_path,
    emulator,
    full_body,
    get_invoice,
    invoice_path,
    list_invoices,
    location_query,
    minimal_body,
    pay_invoice,
    send_invoice,
    sent_invoice,
    update_body,
    vendor_doc_example,
    void_invoice,
    with_path,
)

Check = Callable[[httpx.AsyncClient, EmulatorState], Awaitable[None]]


@dataclass(frozen=True)
class ProfileCheck:
    run: Check
    options: dict[str, Any] = field(default_factory=dict)


CHECKS: dict[str, ProfileCheck] = {}


def check(profile: str, **options: Any) -> Callable[[Check], Check]:
    def register(run: Check) -> Check:
        CHECKS[profile] = ProfileCheck(run, options)
        return run

    return register


async def post(client: httpx.AsyncClient, body: Any, token: str | None = None, **headers: str) -> httpx.Response:
    return await client.post(TEXT2PAY, json=body, headers={**(auth(token) if token else auth()), **headers})


async def generate(client: httpx.AsyncClient) -> httpx.Response:
    return await client.get(GENERATE, params=location_query(), headers=auth())


def invoice_of(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    invoice: dict[str, Any] = response.json()["invoice"]
    return invoice


def number_of(response: httpx.Response) -> object:
    assert response.status_code == 200, response.text
    return response.json()["invoiceNumber"]


def messages(response: httpx.Response) -> list[str]:
    assert response.status_code == 422, response.text
    found: list[str] = response.json()["message"]
    return found


def small_limit() -> dict[str, Any]:
    return {"rate_limit": RateLimitConfig(max_requests=1, interval_ms=10_000, daily_limit=100), "clock": ManualClock()}


@check("default")
async def _default(client: httpx.AsyncClient, state: EmulatorState) -> None:
    answer = (await generate(client)).json()
    assert set(answer) == {"invoiceNumber", "traceId"}
    assert answer["invoiceNumber"] == "1"
    assert (await post(client, minimal_body())).status_code == 200


@check("version-legacy-accepted")
async def _legacy(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await client.get(GENERATE, params=location_query(), headers=auth(version="legacy"))
    assert response.status_code == 200, response.text


@check("delete-alt-in-query")
async def _delete_in_query(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await create_draft(client)
    response = await client.request("DELETE", delete_path(invoice_id), params=location_query(), headers=auth())
    assert response.status_code == 200, response.text


@check("delete-alt-anywhere")
async def _delete_anywhere(client: httpx.AsyncClient, state: EmulatorState) -> None:
    first, second = await create_draft(client), await create_draft(client)
    by_query = await client.request("DELETE", delete_path(first), params=location_query(), headers=auth())
    by_body = await client.request("DELETE", delete_path(second), json=location_query(), headers=auth())
    assert (by_query.status_code, by_body.status_code) == (200, 200)


@check("timezone-utc")
async def _zone_utc(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body(issueDate="2025-05-28")))
    assert (invoice["issueDate"], invoice["dueDate"]) == ("2025-05-28T00:00:00.000Z", "2025-05-28T23:59:59.999Z")


@check("timezone-costa-rica")
async def _zone_costa_rica(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body(issueDate="2026-08-26", dueDate="2026-09-25")))
    assert (invoice["issueDate"], invoice["dueDate"]) == ("2026-08-26T06:00:00.000Z", "2026-09-26T05:59:59.999Z")


@check("no-success-trace-id")
async def _no_trace(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert "traceId" not in (await generate(client)).json()
    assert "traceId" not in (await post(client, minimal_body())).json()


@check("title-defaults-to-invoice")
async def _title_default(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert invoice_of(await post(client, minimal_body())).get("title") == "INVOICE"


@check("overflow-500")
async def _overflow_500(client: httpx.AsyncClient, state: EmulatorState) -> None:
    items = [{"name": "A", "currency": "USD", "amount": 1e308, "qty": 10}]
    response = await post(client, minimal_body(items=items))
    assert response.status_code == 500
    assert response.json() == {"statusCode": 500, "message": "Internal server error"}


@check("version-invalid-400")
async def _version_400(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await client.get(GENERATE, params=location_query(), headers=auth(version="2099-01-01"))
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "version header is invalid"}


@check("agency-text2pay-403")
async def _agency_403(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await post(client, minimal_body(), AGENCY_TOKEN)
    assert response.status_code == 403
    assert response.json() == {"statusCode": 403, "message": "The token does not have access to this location."}


@check("agency-text2pay-allowed")
async def _agency_allowed(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert invoice_of(await post(client, minimal_body(), AGENCY_TOKEN))["companyId"] == MAIN_COMPANY_ID
    assert (await post(client, minimal_body(altId=OTHER_LOCATION_ID), AGENCY_TOKEN)).status_code == 403


@check("guard-first")
async def _guard_first(client: httpx.AsyncClient, state: EmulatorState) -> None:
    body = minimal_body()
    del body["altId"]
    response = await post(client, body)
    assert response.status_code == 403
    assert response.json() == {"statusCode": 403, "message": "The token does not have access to this location."}
    assert (await post(client, minimal_body(altId=OTHER_LOCATION_ID))).status_code == 403


@check("validation-400")
async def _validation_400(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await post(client, minimal_body(liveMode="no"))
    assert response.status_code == 400
    payload = response.json()
    assert payload["message"] == ["liveMode must be a boolean value"]
    assert payload["error"] == "Bad Request"
    assert payload["statusCode"] == 400
    assert "traceId" in payload


@check("query-extra-allowed")
async def _query_extra(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await client.get(GENERATE, params={**location_query(), "limit": "5"}, headers=auth())
    assert response.status_code == 200


@check("dates-any-iso8601")
async def _dates_iso(client: httpx.AsyncClient, state: EmulatorState) -> None:
    body = minimal_body(issueDate="2023-01-01T10:00:00Z", dueDate="2023-01-14T00:00:00+01:00")
    invoice = invoice_of(await post(client, body))
    # The day of the timestamp, in the location's zone (UTC-8 in January).
    assert (invoice["issueDate"], invoice["dueDate"]) == ("2023-01-01T08:00:00.000Z", "2023-01-15T07:59:59.999Z")


@check("discount-type-defaults-to-percentage")
async def _discount_type_defaults(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await post(client, minimal_body(discount={"value": 10}))
    assert response.status_code == 200
    assert invoice_of(response)["discount"]["type"] == "percentage"
    assert invoice_of(response)["total"] == 899.1


@check("business-address-string")
async def _business_address_string(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body(businessDetails={"address": "9931 Beechwood, TX"})))
    assert invoice["businessDetails"] == {"address": "9931 Beechwood, TX"}
    response = await post(client, minimal_body(businessDetails={"address": 5}))
    assert messages(response) == ["businessDetails.address must be an object or a string"]
    response = await post(client, minimal_body(businessDetails={"address": {"city": 5}}))
    assert messages(response) == ["businessDetails.address.city must be a string"]


@check("doc-example-shapes")
async def _doc_example(client: httpx.AsyncClient, state: EmulatorState) -> None:
    example = vendor_doc_example()
    example["altId"] = MAIN_LOCATION_ID
    response = await post(client, example)
    assert response.status_code == 400  # its `"id": "string"` names no invoice
    del example["id"]
    invoice = invoice_of(await post(client, example))
    assert invoice["invoiceNumber"] == "1001"
    assert invoice["businessDetails"]["address"] == "9931 Beechwood, TX"
    # The example's discount names a product none of its items has; its one item is tax-inclusive at 0%.
    assert invoice["total"] == 999


@check("product-ids-string")
async def _product_ids_string(client: httpx.AsyncClient, state: EmulatorState) -> None:
    items = [{"name": "A", "currency": "USD", "amount": 100, "qty": 1, "productId": "p-42"}]
    discount = {"type": "percentage", "value": 50, "validOnProductIds": "[ 'p-42' ]"}
    assert invoice_of(await post(client, minimal_body(items=items, discount=discount)))["total"] == 50


@check("max-late-fees-unchecked")
async def _max_late_fees(client: httpx.AsyncClient, state: EmulatorState) -> None:
    body = with_path(full_body(), "lateFeesConfiguration.maxLateFees.value", "Max late fees to pay")
    assert (await post(client, body)).status_code == 200
    empty = with_path(full_body(), "lateFeesConfiguration.maxLateFees.value", "")
    assert messages(await post(client, empty)) == ["lateFeesConfiguration.maxLateFees.value should not be empty"]


@check("tips-percentage-strings")
async def _tips_strings(client: httpx.AsyncClient, state: EmulatorState) -> None:
    strings = with_path(full_body(), "tipsConfiguration.tipsPercentage", ["5", "10"])
    assert (await post(client, strings)).status_code == 200
    numbers = with_path(full_body(), "tipsConfiguration.tipsPercentage", [5])
    assert messages(await post(client, numbers)) == ["tipsConfiguration.each value in tipsPercentage must be a string"]


@check("misc-charges-objects")
async def _misc_objects(client: httpx.AsyncClient, state: EmulatorState) -> None:
    nested = with_path(full_body(), "miscellaneousCharges.charges", [[None]])
    assert messages(await post(client, nested)) == ["miscellaneousCharges.each value in charges must be an object"]
    objects = with_path(full_body(), "miscellaneousCharges.charges", [{"name": "fee", "amount": 1}])
    assert (await post(client, objects)).status_code == 200


@check("payment-schedules-any")
async def _schedules_any(client: httpx.AsyncClient, state: EmulatorState) -> None:
    body = with_path(full_body(), "paymentSchedule.schedules", [{"value": 50}])
    assert (await post(client, body)).status_code == 200


@check("non-json-body-415")
async def _non_json_415(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await client.post(TEXT2PAY, content=b"{}", headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json()["message"] == "Unsupported Media Type: text/plain; send the body as application/json"


@check("body-limit-1mb")
async def _body_limit(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert state.max_body_bytes == 1_048_576
    assert (await post(client, minimal_body(termsNotes="x" * 500_000))).status_code == 200


@check("invoice-number-as-number")
async def _number_as_number(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert number_of(await generate(client)) == 1
    assert invoice_of(await post(client, minimal_body()))["invoiceNumber"] == 1
    assert invoice_of(await post(client, minimal_body(invoiceNumber="INV-9")))["invoiceNumber"] == "INV-9"


@check("reserve-invoice-number")
async def _reserve(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert [(await generate(client)).json()["invoiceNumber"] for _ in range(2)] == ["1", "2"]
    assert invoice_of(await post(client, minimal_body()))["invoiceNumber"] == "3"


@check("first-invoice-number-1001")
async def _first_1001(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert number_of(await generate(client)) == "1001"


@check("duplicate-invoice-number-allowed")
async def _duplicates(client: httpx.AsyncClient, state: EmulatorState) -> None:
    first = invoice_of(await post(client, minimal_body(invoiceNumber="7")))
    second = invoice_of(await post(client, minimal_body(invoiceNumber="7")))
    assert first["_id"] != second["_id"]
    assert first["invoiceNumber"] == second["invoiceNumber"] == "7"


@check("unknown-id-404")
async def _unknown_id_404(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await post(client, minimal_body(id="6578278e879ad2646715ba9c"))
    assert response.status_code == 404
    assert response.json() == {"statusCode": 404, "message": "Invoice not found", "error": "Not Found"}


@check("unknown-id-creates")
async def _unknown_id_creates(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body(id="6578278e879ad2646715ba9c")))
    assert invoice["_id"] != "6578278e879ad2646715ba9c"
    assert len(state.store.invoices()) == 1


@check("created-201")
async def _created_201(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert (await post(client, minimal_body())).status_code == 201
    assert (await client.post(INVOICES, json=create_body(), headers=auth())).status_code == 201


@check("due-date-net-30")
async def _net_30(client: httpx.AsyncClient, state: EmulatorState) -> None:
    # The end of 2024-03-16 in the location's zone (UTC-7 from 10 March).
    assert invoice_of(await post(client, minimal_body(issueDate="2024-02-15")))["dueDate"] == "2024-03-17T06:59:59.999Z"


@check("invoice-url-direct")
async def _url_direct(client: httpx.AsyncClient, state: EmulatorState) -> None:
    payload = (await post(client, minimal_body())).json()
    assert payload["invoiceUrl"] == f"https://link.fastpaydirect.com/invoice/{payload['invoice']['_id']}"


@check("tax-before-discount")
async def _tax_before_discount(client: httpx.AsyncClient, state: EmulatorState) -> None:
    items = [
        {"name": "A", "currency": "USD", "amount": 100, "qty": 1, "taxes": [{"_id": "t", "name": "t", "rate": 10}]}
    ]
    invoice = invoice_of(await post(client, minimal_body(items=items, discount={"type": "fixed", "value": 50})))
    assert invoice["total"] == 60  # 100 - 50 + 10% of 100


@check("throttler-429-body", **small_limit())
async def _throttler(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await generate(client)
    response = await generate(client)
    assert response.status_code == 429
    assert response.json() == {"statusCode": 429, "message": "ThrottlerException: Too Many Requests"}


@check("retry-after", **small_limit())
async def _retry_after(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await generate(client)
    response = await generate(client)
    assert response.status_code == 429
    assert response.headers.get("Retry-After") == "10"


async def over_capacity_answer(client: httpx.AsyncClient) -> httpx.Response:
    """A request that arrives while another holds the emulator's only slot (capacity 1) by dripping its body."""
    release = asyncio.Event()

    async def slow_body() -> AsyncIterator[bytes]:
        yield b'{"altId": '
        await release.wait()
        yield b'"x"}'

    headers = {**auth(), "Content-Type": "application/json"}
    holder = asyncio.create_task(client.post(TEXT2PAY, content=slow_body(), headers=headers))
    await asyncio.sleep(0.05)
    try:
        return await generate(client)
    finally:
        release.set()
        await holder


@check("over-capacity-bare-429", capacity=1)
async def _over_capacity_bare(client: httpx.AsyncClient, state: EmulatorState) -> None:
    response = await over_capacity_answer(client)
    assert response.status_code == 429
    assert response.json() == {"statusCode": 429, "message": "Too Many Requests"}
    assert not any(name.lower().startswith("x-ratelimit") for name in response.headers)


@check("drift-total-as-string")
async def _drift_total(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body()))
    assert invoice["total"] == "999"
    assert invoice["amountDue"] == 999


@check("drift-renamed-amount-due")
async def _drift_amount_due(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice = invoice_of(await post(client, minimal_body()))
    assert "amountDue" not in invoice
    assert invoice["balanceDue"] == 999


# --- the invoice lifecycle ---------------------------------------------------------------------------------


def answer(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


def refusal(response: httpx.Response) -> object:
    assert response.status_code in (400, 422), response.text
    return response.json()["message"]


@check("total-summary")
async def _total_summary(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = (await create_invoice(client, discount={"type": "fixed", "value": 20}))["_id"]
    expected = {"subTotal": 200, "discount": 20, "tax": 0}
    assert answer(await get_invoice(client, invoice_id)).get("totalSummary") == expected
    assert answer(await list_invoices(client))["invoices"][0].get("totalSummary") == expected


@check("list-max-limit-1000")
async def _list_max_limit(client: httpx.AsyncClient, state: EmulatorState) -> None:
    seed_invoices(state, 120)
    assert len(answer(await list_invoices(client, limit=120))["invoices"]) == 120


@check("list-limit-over-max-422")
async def _list_over_max(client: httpx.AsyncClient, state: EmulatorState) -> None:
    assert refusal(await list_invoices(client, limit=101)) == ["limit must not be greater than 100"]


@check("list-oldest-first")
async def _list_oldest_first(client: httpx.AsyncClient, state: EmulatorState) -> None:
    ids = seed_invoices(state, 3)
    assert [invoice["_id"] for invoice in answer(await list_invoices(client))["invoices"]] == ids


@check("list-dates-bound-created-at", clock=ManualClock())
async def _list_created_at(client: httpx.AsyncClient, state: EmulatorState) -> None:
    await create_invoice(client, issueDate="2020-01-01")  # created 2024-06-01T00:00Z: 31 May in Los Angeles
    assert answer(await list_invoices(client, startAt="2024-05-31", endAt="2024-05-31"))["total"] == 1


@check("update-draft-only")
async def _update_draft_only(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    response = await client.put(invoice_path(invoice_id), json=update_body(), headers=auth())
    assert refusal(response) == "Can not update sent invoice"


@check("update-keeps-absent-fields")
async def _update_keeps(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = (await create_invoice(client, title="Deposit", termsNotes="Net 30"))["_id"]
    updated = answer(await client.put(invoice_path(invoice_id), json=update_body(), headers=auth()))
    assert (updated.get("title"), updated.get("termsNotes"), updated["name"]) == (
        "Deposit",
        "Net 30",
        "Updated invoice",
    )


@check("send-paid-and-void")
async def _send_closed(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    answer(await pay_invoice(client, invoice_id))
    assert answer(await send_invoice(client, invoice_id))["invoice"]["status"] == "paid"


@check("auto-payment-stored-only")
async def _auto_payment_stored(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    auto = {"enable": True, "cardId": "card_1"}
    sent = answer(await send_invoice(client, invoice_id, autoPayment=auto))["invoice"]
    assert (sent["status"], sent["amountPaid"], sent["autoPayment"]) == ("sent", 0, auto)


@check("record-payment-as-documented")
async def _payment_as_documented(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    assert refusal(await pay_invoice(client, invoice_id, amount=10)) == [
        "card must be an object",
        "cheque must be an object",
        "notes must be a string",
    ]
    card, cheque = {"brand": "visa", "last4": "4242"}, {"number": "129-129-129-912"}
    paid = answer(await pay_invoice(client, invoice_id, amount=10, card=card, cheque=cheque, notes="cash"))
    assert paid["invoice"]["amountPaid"] == 10


@check("payment-amount-required")
async def _payment_amount_required(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    assert refusal(await pay_invoice(client, invoice_id)) == [
        "amount must be a number conforming to the specified constraints",
        "amount must be a positive number",
    ]


@check("payment-on-draft-allowed")
async def _payment_on_draft(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = (await create_invoice(client))["_id"]
    assert answer(await pay_invoice(client, invoice_id, amount=50))["invoice"]["status"] == "partially_paid"


@check("void-paid-refused")
async def _void_paid_refused(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    answer(await pay_invoice(client, invoice_id))
    assert refusal(await void_invoice(client, invoice_id)) == "Can not void paid invoice"


@check("void-twice-refused")
async def _void_twice_refused(client: httpx.AsyncClient, state: EmulatorState) -> None:
    invoice_id = await sent_invoice(client)
    answer(await void_invoice(client, invoice_id))
    assert refusal(await void_invoice(client, invoice_id)) == "Invoice is already void"


def test_every_profile_has_a_check() -> None:
    assert set(CHECKS) == set(PROFILES)


@pytest.mark.asyncio
@pytest.mark.parametrize("profile", sorted(PROFILES))
async def test_profile_behaviour(profile: str) -> None:
    entry = CHECKS[profile]
    async with emulator(profile=profile, **entry.options) as (client, state):
        await entry.run(client, state)


@pytest.mark.asyncio
@pytest.mark.parametrize("profile", sorted(set(PROFILES) - {"default"}))
async def test_profile_check_fails_on_the_default_profile(profile: str) -> None:
    entry = CHECKS[profile]
    async with emulator(**entry.options) as (client, state):
        with pytest.raises(AssertionError):
            await entry.run(client, state)


@pytest.mark.asyncio
async def test_profiles_combine() -> None:
    options = small_limit()
    async with emulator(profile="retry-after, validation-400,created-201", **options) as (client, _):
        assert (await post(client, minimal_body())).status_code == 201
        limited = await post(client, minimal_body(liveMode=1))
        assert limited.status_code == 429
        assert "Retry-After" in limited.headers
    async with emulator(profile="retry-after,validation-400") as (client, _):
        assert (await post(client, minimal_body(liveMode=1))).status_code == 400
