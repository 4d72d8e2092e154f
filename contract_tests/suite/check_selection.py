"""Which Schemathesis checks a run uses: every built-in one except those in `EXCLUDED_CHECKS` (each with the reason
it cannot hold against a vendor-like API), plus the suite's own (`checks.py`, chosen per operation by
its card in `contract_tests/operations/`)."""

from __future__ import annotations

from collections.abc import Mapping

EXCLUDED_CHECKS: Mapping[str, str] = {
    "unsupported_method": (
        "expects 405 for a method the spec does not list; the vendor is a NestJS/Express app whose router answers "
        "404 `Cannot <METHOD> <path>` for any unrouted method (the emulator does the same), which is "
        "correct HTTP for a server that routes by method and path"
    ),
    "allow_header_conformance": (
        "checks the Allow header of 405 answers; the vendor never answers 405 (see unsupported_method), so the "
        "check has nothing to look at and its probes only cost requests against the live budget"
    ),
}
# Built-in checks that are off unless given a value; left off on purpose.
UNCONFIGURED_CHECKS: Mapping[str, str] = {
    "max_response_time": "needs a latency budget the vendor does not publish; response times are recorded, not judged",
}


def checks_config() -> dict[str, dict[str, bool]]:
    """The `[checks]` table: everything on, the excluded ones off."""
    return {name: {"enabled": False} for name in EXCLUDED_CHECKS}
