"""Invoice arithmetic: line amounts, discount, taxes and totals, in major currency units.

Only `amount * qty` per line is known of the vendor; the rest is the emulator's model:
- the discount (percentage of, or a fixed amount off, the eligible lines) never goes below zero nor above the
  eligible subtotal; with `validOnProductIds` only lines whose productId is listed are eligible;
- the discount is spread over the eligible lines in proportion to their amounts, and taxes are levied on the
  discounted line amount (or on the full amount, per `Choices.tax_base`);
- exclusive taxes are added to the total; inclusive taxes (`taxInclusive: true`) are contained in the line amount;
- every reported figure is rounded half-up to 2 decimals, and total = subTotal - discount + exclusive taxes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

TaxBase = Literal["after-discount", "before-discount"]
_CENT = Decimal("0.01")


def to_float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def round_money(value: float) -> float:
    if not math.isfinite(value) or abs(value) >= 1e15:
        return value
    rounded = float(Decimal(repr(value)).quantize(_CENT, rounding=ROUND_HALF_UP))
    return rounded + 0.0  # turns -0.0 into 0.0


def money_json(value: float) -> int | float | None:
    """A figure as Node's JSON.stringify writes it: 999 not 999.0, and null for non-finite numbers."""
    if not math.isfinite(value):
        return None
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


@dataclass(frozen=True)
class TaxLine:
    tax_id: str
    name: str
    rate: float
    calculation: str
    amount: float


@dataclass(frozen=True)
class Totals:
    sub_total: float
    discount: float
    tax: float  # inclusive and exclusive taxes together
    exclusive_tax: float
    total: float
    taxes: tuple[TaxLine, ...]


def _eligible(item: Mapping[str, object], product_ids: object) -> bool:
    if product_ids is None or product_ids == []:
        return True
    product_id = item.get("productId")
    if not isinstance(product_id, str):
        return False
    if isinstance(product_ids, str):
        return product_id in product_ids  # JavaScript's String.prototype.includes
    return isinstance(product_ids, list) and product_id in product_ids


def _discount_amount(discount: Mapping[str, object] | None, eligible_sum: float) -> float:
    if not discount or eligible_sum <= 0:
        return 0.0
    value = to_float(discount.get("value", 0))
    amount = eligible_sum * value / 100 if discount.get("type", "percentage") == "percentage" else value
    if math.isnan(amount):
        return 0.0
    return max(0.0, min(amount, eligible_sum))


def _taxes_of(item: Mapping[str, object]) -> list[Mapping[str, object]]:
    taxes = item.get("taxes")
    return [t for t in taxes if isinstance(t, Mapping)] if isinstance(taxes, list) else []


def compute_totals(
    items: Sequence[Mapping[str, object]], discount: Mapping[str, object] | None, *, tax_base: TaxBase
) -> Totals:
    grosses = [to_float(item.get("amount")) * to_float(item.get("qty")) for item in items]
    product_ids = discount.get("validOnProductIds") if discount else None
    eligible = [_eligible(item, product_ids) for item in items]
    eligible_sum = sum(g for g, ok in zip(grosses, eligible, strict=True) if ok)
    discount_total = _discount_amount(discount, eligible_sum)

    tax_lines: dict[str, TaxLine] = {}
    exclusive = 0.0
    for item, gross, is_eligible in zip(items, grosses, eligible, strict=True):
        share = discount_total * gross / eligible_sum if is_eligible and eligible_sum > 0 else 0.0
        base = gross - share if tax_base == "after-discount" else gross
        taxes = _taxes_of(item)
        inclusive = item.get("taxInclusive") is True
        if inclusive:
            divisor = 1 + sum(to_float(t.get("rate")) for t in taxes) / 100
            base = base / divisor if divisor > 0 else 0.0
        for tax in taxes:
            amount = base * to_float(tax.get("rate")) / 100
            if not inclusive:
                exclusive += amount
            key = str(tax.get("_id"))
            previous = tax_lines.get(key)
            tax_lines[key] = TaxLine(
                tax_id=key,
                name=str(tax.get("name")),
                rate=to_float(tax.get("rate")),
                calculation="inclusive" if inclusive else "exclusive",
                amount=amount + (previous.amount if previous else 0.0),
            )

    sub_total = round_money(sum(grosses))
    discount_rounded = round_money(discount_total)
    exclusive_rounded = round_money(exclusive)
    rounded_lines = tuple(
        TaxLine(t.tax_id, t.name, t.rate, t.calculation, round_money(t.amount)) for t in tax_lines.values()
    )
    return Totals(
        sub_total=sub_total,
        discount=discount_rounded,
        tax=round_money(sum(t.amount for t in tax_lines.values())),
        exclusive_tax=exclusive_rounded,
        total=round_money(sub_total - discount_rounded + exclusive_rounded),
        taxes=rounded_lines,
    )
