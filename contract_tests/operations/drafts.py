"""The billing fields: a body that names them must ask for a test mode that bills nobody, spelled exactly so.

An operation whose card sets `billing` can bill a customer, and its bodies go out only as the card's rule says:
text2pay ("Create & Send") as `action: "draft"`, `liveMode: false` (`DRAFT`); a create as `liveMode: false`
(`TEST_MODE`); an update, where it names `liveMode` at all, as `false` (`TEST_MODE_IF_GIVEN`); a send as
`action: "send_manually"`, `liveMode: false` (`SEND_MANUALLY`: marked sent, nobody notified). Pinning forces them
(`force_draft`, `force_billing`); the live-safety guard refuses anything else (`contract_tests.suite.request_policy`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SAFE_ACTION = "draft"
BILLING_KEYS: Mapping[str, str] = {"action": "action", "livemode": "liveMode"}  # case-folded -> the one spelling


@dataclass(frozen=True)
class BillingRule:
    """The billing fields a body may name, each with the one value it may have; each required unless `optional`
    (then it may be left out). A field not listed may not be named at all."""

    values: tuple[tuple[str, object], ...]
    optional: bool = False

    def describe(self) -> str:
        return ", ".join(f"{key}={value!r}" for key, value in self.values)


DRAFT = BillingRule((("action", SAFE_ACTION), ("liveMode", False)))
TEST_MODE = BillingRule((("liveMode", False),))
TEST_MODE_IF_GIVEN = BillingRule((("liveMode", False),), optional=True)
SEND_MANUALLY = BillingRule((("action", "send_manually"), ("liveMode", False)))


def force_billing(body: object, rule: BillingRule) -> None:
    """Give a body the values of `rule` in place (only those it names, where the rule is optional); bodies that are
    not objects carry no billing fields."""
    if isinstance(body, dict):
        for key, value in rule.values:
            if not rule.optional or key in body:
                body[key] = value


def force_draft(body: object) -> None:
    """Make a body a test-mode draft in place (bodies that are not objects carry no action)."""
    force_billing(body, DRAFT)


def scrub_billing_keys(body: object, rule: BillingRule | None) -> None:
    """Drop, in place, every billing field a generated body names where the live-safety guard refuses it: in a
    nested object at any depth (`meta.liveMode`), in another spelling (`LIVEMODE`), or at the top level of a body
    whose operation takes none, or not that one. The rule's own fields (which pinning forces) stay.

    Without this a fuzzed body that happens to carry such a key aborts the whole run at the guard; which bodies
    Hypothesis generates shifts with any change to the code it draws constants from.
    """
    allowed = {key for key, _ in rule.values} if rule is not None else set()
    stack: list[tuple[int, object]] = [(0, body)]
    while stack:
        depth, node = stack.pop()
        if isinstance(node, dict):
            for key in [k for k in node if isinstance(k, str) and k.casefold() in BILLING_KEYS]:
                if depth > 0 or key not in allowed:
                    del node[key]
            stack.extend((depth + 1, child) for child in node.values())
        elif isinstance(node, list):
            stack.extend((depth + 1, child) for child in node)
