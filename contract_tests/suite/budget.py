"""Size a budgeted run (CONTRACT_MAX_REQUESTS, always set in live mode) so it ends before the budget does.

The live-safety guard aborts a run at its request budget. A run that is bigger than its budget by design (e.g.
the `nightly` profile's 500 examples per operation, about 5,000 requests, under the live default of 3,000)
would therefore always abort. In a budgeted run the examples per operation are capped instead, from a model of
what a run sends, measured against the emulator (`scripts/contract.py`, curated spec, ~10 to 100 examples):

- conformance: per operation, its card's `coverage_requests` (coverage phase) plus
  `requests_per_example` per example (cases plus the probes of checks), e.g. ~1,400 + ~3 for text2pay;
- stateful: ~17 requests per sequence, max(1, examples // 4) sequences in a budgeted run;
- discrepancy proofs: ~2 requests per entry, plus retries.

The model is applied to the whole suite (selecting tests with -k only makes the run smaller) and plans for
BUDGET_SHARE of the budget, leaving room for 429 retries and for the live API answering differently from the
emulator. When even one example per operation does not fit, the run is not sized down further: the guard aborts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from contract_tests.operations.registry import CARDS

BUDGET_SHARE = 0.85


# A live run generates cases only of the cards that allow it (`generated_live`); any other budgeted run, of all.
def fixed_requests(*, live: bool) -> int:
    return sum(card.coverage_requests for card in CARDS if card.generated_live or not live)


def per_example(*, live: bool) -> int:
    return sum(card.requests_per_example for card in CARDS if card.generated_live or not live)


STATEFUL_PER_SEQUENCE = 17
PROOF_REQUESTS_PER_ENTRY = 3


def stateful_sequences(examples: int, *, budgeted: bool) -> int:
    """Stateful sequences for `examples` per operation: a quarter (at least 10 unbudgeted, at least 1 budgeted)."""
    return max(1, examples // 4) if budgeted else max(10, examples // 4)


def estimate(examples: int, entries: int, *, live: bool = True) -> int:
    """Requests a whole budgeted run sends with `examples` per operation and `entries` discrepancy proofs (a live
    run: only the operations it generates cases of)."""
    sequences = stateful_sequences(examples, budgeted=True)
    return (
        fixed_requests(live=live)
        + per_example(live=live) * examples
        + STATEFUL_PER_SEQUENCE * sequences
        + PROOF_REQUESTS_PER_ENTRY * entries
    )


@dataclass(frozen=True)
class Sizing:
    wanted: int  # the profile's (or CONTRACT_MAX_EXAMPLES') examples per operation
    examples: int  # what the run uses
    budget: int | None
    fits: bool  # whether the planned run fits BUDGET_SHARE of the budget
    live: bool = True

    @property
    def capped(self) -> bool:
        return self.examples < self.wanted

    def describe(self) -> str:
        if self.budget is None:
            return f"{self.examples} examples per operation"
        if not self.fits:
            return (
                f"request budget {self.budget} is below what even a minimal run sends "
                f"(~{fixed_requests(live=self.live)}); "
                f"{self.examples} example(s) per operation, the run will stop at the budget"
            )
        if self.capped:
            return (
                f"{self.examples} examples per operation "
                f"(sized to the request budget of {self.budget}; asked {self.wanted})"
            )
        return f"{self.examples} examples per operation (within the request budget of {self.budget})"


def size(wanted: int, budget: int | None, entries: int, *, live: bool = True) -> Sizing:
    """The examples per operation a run with this budget can afford (all of `wanted` without a budget)."""
    if budget is None:
        return Sizing(wanted, wanted, None, fits=True, live=live)
    allowance = BUDGET_SHARE * budget
    low, high = 1, max(1, wanted)  # the estimate grows with the examples: bisect for the largest that fits
    while low < high:
        middle = (low + high + 1) // 2
        if estimate(middle, entries, live=live) <= allowance:
            low = middle
        else:
            high = middle - 1
    examples = low
    return Sizing(wanted, examples, budget, fits=estimate(examples, entries, live=live) <= allowance, live=live)
