"""The billing fields: a body that names them must ask for a test-mode draft, spelled exactly so.

An operation whose card says `drafts_only` (text2pay, "Create & Send") can bill a customer; its bodies go out only
as `action: "draft"`, `liveMode: false`. Pinning forces them (`force_draft`); the live-safety guard refuses
anything else (`contract_tests.suite.request_policy`).
"""

from __future__ import annotations

from collections.abc import Mapping

SAFE_ACTION = "draft"
BILLING_KEYS: Mapping[str, str] = {"action": "action", "livemode": "liveMode"}  # case-folded -> the one spelling


def force_draft(body: object) -> None:
    """Make a body a test-mode draft in place (bodies that are not objects carry no action)."""
    if isinstance(body, dict):
        body["action"] = SAFE_ACTION
        body["liveMode"] = False
