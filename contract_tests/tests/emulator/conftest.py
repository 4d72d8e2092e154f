from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette

from highlevel_invoices_emulator import create_app, emulator_state
from highlevel_invoices_emulator.app import EmulatorState

from .support import ManualClock, asgi_client


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def app(clock: ManualClock) -> Starlette:
    """The default profile, default tokens and the vendor's rate limits, on a clock that stands still."""
    return create_app(clock=clock)


@pytest.fixture
def state(app: Starlette) -> EmulatorState:
    return emulator_state(app)


@pytest_asyncio.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(app) as client:
        yield client
