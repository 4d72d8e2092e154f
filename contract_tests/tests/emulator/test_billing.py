"""Line totals, discounts, taxes, rounding; the arithmetic alone, then as text2pay answers it."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from highlevel_invoices_emulator.billing import compute_totals, money_json, round_money

from .support import TEXT2PAY, auth, emulator, minimal_body


def item(amount: float, qty: float = 1, product: str | None = None, **extra: Any) -> dict[str, Any]:
    line: dict[str, Any] = {"name": "x", "currency": "USD", "amount": amount, "qty": qty, **extra}
    if product is not None:
        line["productId"] = product
    return line


def tax(rate: float, tax_id: str = "t1") -> dict[str, Any]:
    return {"_id": tax_id, "name": f"tax {tax_id}", "rate": rate}


def test_line_amount_is_amount_times_qty() -> None:
    totals = compute_totals([item(19.99, 3), item(5, 0.5)], None, tax_base="after-discount")
    assert totals.sub_total == 62.47
    assert totals.total == 62.47
    assert totals.discount == totals.tax == 0


def test_percentage_discount() -> None:
    totals = compute_totals([item(100, 2), item(50)], {"type": "percentage", "value": 10}, tax_base="after-discount")
    assert (totals.sub_total, totals.discount, totals.total) == (250, 25, 225)


def test_fixed_discount() -> None:
    totals = compute_totals([item(100, 2), item(50)], {"type": "fixed", "value": 30}, tax_base="after-discount")
    assert (totals.discount, totals.total) == (30, 220)


@pytest.mark.parametrize(
    ("discount", "expected"),
    [
        ({"type": "fixed", "value": 500}, 250),
        ({"type": "percentage", "value": 150}, 250),
        ({"type": "fixed", "value": -20}, 0),
        ({"type": "percentage", "value": -5}, 0),
    ],
)
def test_discount_stays_between_zero_and_the_subtotal(discount: dict[str, Any], expected: float) -> None:
    totals = compute_totals([item(100, 2), item(50)], discount, tax_base="after-discount")
    assert totals.discount == expected
    assert totals.total == 250 - expected
    assert totals.total >= 0


def test_valid_on_product_ids_restricts_the_discount() -> None:
    items = [item(100, product="p1"), item(200, product="p2"), item(300)]
    percent = compute_totals(
        items, {"type": "percentage", "value": 10, "validOnProductIds": ["p2"]}, tax_base="after-discount"
    )
    assert (percent.discount, percent.total) == (20, 580)
    fixed = compute_totals(
        items, {"type": "fixed", "value": 1000, "validOnProductIds": ["p1"]}, tax_base="after-discount"
    )
    assert (fixed.discount, fixed.total) == (100, 500)
    nothing = compute_totals(
        items, {"type": "fixed", "value": 50, "validOnProductIds": ["p9"]}, tax_base="after-discount"
    )
    assert nothing.discount == 0
    everything = compute_totals(
        items, {"type": "fixed", "value": 50, "validOnProductIds": []}, tax_base="after-discount"
    )
    assert everything.discount == 50


def test_product_ids_given_as_one_string_match_by_substring() -> None:
    items = [item(100, product="6579751d56f60276e5bd4154"), item(100, product="other")]
    discount = {"type": "percentage", "value": 50, "validOnProductIds": "[ '6579751d56f60276e5bd4154' ]"}
    assert compute_totals(items, discount, tax_base="after-discount").discount == 50


def test_exclusive_taxes_are_added_on_the_discounted_amount() -> None:
    items = [item(100, 2, taxes=[tax(10)])]
    totals = compute_totals(items, {"type": "percentage", "value": 10}, tax_base="after-discount")
    assert (totals.sub_total, totals.discount, totals.tax, totals.total) == (200, 20, 18, 198)
    before = compute_totals(items, {"type": "percentage", "value": 10}, tax_base="before-discount")
    assert (before.tax, before.total) == (20, 200)


def test_the_discount_is_spread_over_eligible_lines_for_tax() -> None:
    items = [item(100, product="p1", taxes=[tax(10)]), item(100, product="p2")]
    totals = compute_totals(
        items, {"type": "fixed", "value": 50, "validOnProductIds": ["p1"]}, tax_base="after-discount"
    )
    assert (totals.discount, totals.tax, totals.total) == (50, 5, 155)


def test_inclusive_taxes_are_contained_in_the_amount() -> None:
    totals = compute_totals([item(110, taxes=[tax(10)], taxInclusive=True)], None, tax_base="after-discount")
    assert (totals.sub_total, totals.tax, totals.exclusive_tax, totals.total) == (110, 10, 0, 110)
    assert totals.taxes[0].calculation == "inclusive"


def test_several_inclusive_taxes_share_the_net_amount() -> None:
    totals = compute_totals(
        [item(120, taxes=[tax(10, "a"), tax(10, "b")], taxInclusive=True)], None, tax_base="after-discount"
    )
    assert [t.amount for t in totals.taxes] == [10, 10]
    assert totals.total == 120


def test_taxes_are_aggregated_by_id_across_lines() -> None:
    items = [item(100, taxes=[tax(5, "state"), tax(1, "city")]), item(50, taxes=[tax(5, "state")])]
    totals = compute_totals(items, None, tax_base="after-discount")
    assert [(t.tax_id, t.amount) for t in totals.taxes] == [("state", 7.5), ("city", 1)]
    assert totals.total == 158.5


def test_mixed_inclusive_and_exclusive_lines() -> None:
    items = [item(110, taxes=[tax(10)], taxInclusive=True), item(100, taxes=[tax(10)])]
    totals = compute_totals(items, None, tax_base="after-discount")
    assert (totals.tax, totals.exclusive_tax, totals.total) == (20, 10, 220)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.1 + 0.2, 0.3), (1.005, 1.01), (2.675, 2.68), (33.333, 33.33), (-1.005, -1.01), (-0.001, 0.0), (1e20, 1e20)],
)
def test_rounding_is_half_up_to_cents(value: float, expected: float) -> None:
    assert round_money(value) == expected


def test_rounding_never_gives_negative_zero() -> None:
    assert math.copysign(1, round_money(-0.001)) == 1


def test_rounding_of_a_total() -> None:
    totals = compute_totals([item(0.1, 3, taxes=[tax(7.5)])], None, tax_base="after-discount")
    assert (totals.sub_total, totals.tax, totals.total) == (0.3, 0.02, 0.32)


def test_figures_are_written_like_json_stringify() -> None:
    assert money_json(999.0) == 999
    assert isinstance(money_json(999.0), int)
    assert money_json(12.5) == 12.5
    assert money_json(math.inf) is None
    assert money_json(math.nan) is None


@pytest.mark.asyncio
async def test_text2pay_answers_with_the_computed_figures() -> None:
    body = minimal_body(
        items=[
            {"name": "A", "currency": "USD", "amount": 100, "qty": 2, "productId": "p1", "taxes": [tax(10)]},
            {
                "name": "B",
                "currency": "USD",
                "amount": 55,
                "qty": 1,
                "productId": "p2",
                "taxInclusive": True,
                "taxes": [tax(10, "vat")],
            },
        ],
        discount={"type": "fixed", "value": 20, "validOnProductIds": ["p1"]},
    )
    async with emulator() as (client, _):
        response = await client.post(TEXT2PAY, json=body, headers=auth())
    invoice = response.json()["invoice"]
    # 255 - 20 (fixed, on p1 only) + 10% of the discounted 180 (p1); B's tax is inside its amount.
    assert invoice["total"] == invoice["invoiceTotal"] == 253
    assert invoice["amountPaid"] == 0
    assert invoice["amountDue"] == invoice["total"] - invoice["amountPaid"]


@pytest.mark.asyncio
async def test_taxes_before_discount_through_http() -> None:
    body = minimal_body(items=[item(100, 2, taxes=[tax(10)])], discount={"type": "percentage", "value": 10})
    async with emulator(profile="tax-before-discount") as (client, _):
        response = await client.post(TEXT2PAY, json=body, headers=auth())
    assert response.json()["invoice"]["total"] == 200


@pytest.mark.asyncio
async def test_fixed_discount_over_the_subtotal_never_makes_a_negative_total(
    client: httpx.AsyncClient,
) -> None:
    body = minimal_body(discount={"type": "fixed", "value": 5000})
    response = await client.post(TEXT2PAY, json=body, headers=auth())
    invoice = response.json()["invoice"]
    assert (invoice["total"], invoice["amountDue"]) == (0, 0)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("items", "discount", "total"),
    [
        # VENDOR_FACTS "Totals", recorded live on the service's totals engine (estimates).
        ([item(15500, 24, taxes=[tax(13)])], {"type": "percentage", "value": 5}, 399342),
        ([item(333, 1, taxes=[tax(13)])], {"type": "percentage", "value": 0}, 376.29),
        ([item(15500, 24), item(45942, 1)], {"type": "percentage", "value": 5}, 397044.9),
        ([item(15500, 24)], {"type": "percentage", "value": 5}, 353400),
    ],
)
async def test_totals_as_recorded_live(
    client: httpx.AsyncClient, items: list[dict[str, object]], discount: dict[str, object], total: float
) -> None:
    response = await client.post(TEXT2PAY, json=minimal_body(items=items, discount=discount), headers=auth())
    assert response.json()["invoice"]["total"] == total
