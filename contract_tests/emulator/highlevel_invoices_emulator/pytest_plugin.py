"""The pytest plugin (the `pytest11` entry point of the `pytest` extra): the `highlevel_emulator` fixture.

Each test gets the emulator as it started (no invoices, an empty journal, no faults, fresh rate limits), then
what its marker asks for:

    @pytest.mark.highlevel_emulator(profile="retry-after", now="2024-01-15T09:00:00Z", seed=3,
                                    faults=[Fault.rate_limit(times=2)])

By default one emulator per test session runs in process (`testing.local_emulator`); with
`--highlevel-emulator-url URL` (or `HIGHLEVEL_EMULATOR_URL`) the tests drive a served one instead
(`highlevel-emulator --control`), so the same test file runs against either. A served emulator is shared: run
its tests one at a time (no pytest-xdist against one URL).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from highlevel_invoices_emulator.testing import HighLevelEmulator

ENV_URL = "HIGHLEVEL_EMULATOR_URL"
MARKER = "highlevel_emulator"
MARKER_OPTIONS = ("profile", "now", "faults", "seed")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("highlevel-emulator", "HighLevel Invoices emulator")
    group.addoption(
        "--highlevel-emulator-url",
        default=None,
        metavar="URL",
        help=f"drive a served emulator (started with --control) instead of one in process (default: ${ENV_URL})",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(profile=None, now=None, faults=(), seed=0): the emulator's choice profile, fixed now, faults "
        "and number of seeded drafts for this test",
    )


@pytest.fixture(scope="session")
def highlevel_emulator_session(request: pytest.FixtureRequest) -> Iterator[HighLevelEmulator]:
    """The session's emulator (in process, or the served one named by the option); tests get it reset."""
    try:
        from highlevel_invoices_emulator.testing import local_emulator, remote_emulator
    except ImportError as exc:  # httpx is missing: test_distribution.py meets this
        raise pytest.UsageError(
            f"the highlevel_emulator fixture needs httpx ({exc}): install the emulator with its pytest extra "
            "(pip install './contract_tests/emulator[pytest]' from its repository), or pip install httpx"
        ) from None
    url = request.config.getoption("highlevel_emulator_url") or os.environ.get(ENV_URL)
    if url:
        emulator = remote_emulator(url)
        try:
            yield emulator
        finally:
            emulator.control.close()
    else:
        with local_emulator() as emulator:
            yield emulator


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only: {', '.join(MARKER_OPTIONS)}")
        unknown = sorted(set(marker.kwargs) - set(MARKER_OPTIONS))
        if unknown:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER}: unknown option(s) {', '.join(unknown)}; known: {', '.join(MARKER_OPTIONS)}"
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def highlevel_emulator(
    highlevel_emulator_session: HighLevelEmulator, request: pytest.FixtureRequest
) -> HighLevelEmulator:
    """An emulator of HighLevel's Invoices API, fresh for this test: `base_url`, `token`, `location_id`,
    `transport`, `requests`, seeding, `set_now` and faults (see `HighLevelEmulator`)."""
    options = _marker_options(request)
    emulator = highlevel_emulator_session
    emulator.reset(profile=options.get("profile"), now=options.get("now"), faults=tuple(options.get("faults", ())))
    seed = options.get("seed", 0)
    if seed:
        emulator.seed_invoices(int(seed))
    return emulator
