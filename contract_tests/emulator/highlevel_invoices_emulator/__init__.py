"""An emulator of HighLevel's live Invoices API for contract tests: generate-invoice-number, text2pay, and the
invoice lifecycle (create, get, list, update, send, record-payment, void, delete) with its state machine.

It is written from the vendor's pages and observed behaviour only; every guess is a labelled field of
`Choices` (see `choices.py`), switchable through named profiles. Tests turn on faults (`faults.py`) and drive it
through its control channel (`control.py`); `testing.py` and the pytest plugin (`pytest_plugin.py`) need the
`httpx` and `pytest` extras, the rest only starlette, uvicorn and tzdata.
"""

from highlevel_invoices_emulator.app import EmulatorState, create_app, emulator_state
from highlevel_invoices_emulator.choices import (
    PROFILES,
    Choices,
    UnknownProfileError,
    choices_markdown_table,
    resolve_profile,
)
from highlevel_invoices_emulator.control import Controller, emulator_control
from highlevel_invoices_emulator.faults import Fault, FaultError, parse_fault
from highlevel_invoices_emulator.journal import Journal, JournalEntry
from highlevel_invoices_emulator.ratelimit import RateLimitConfig
from highlevel_invoices_emulator.runtime import EmulatorRuntime
from highlevel_invoices_emulator.seeding import SeedError, seed_invoices
from highlevel_invoices_emulator.tokens import DEFAULT_TOKENS, TokenFileError, TokenSet, load_token_file
from highlevel_invoices_emulator.version import __version__

__all__ = [
    "DEFAULT_TOKENS",
    "PROFILES",
    "Choices",
    "Controller",
    "EmulatorRuntime",
    "EmulatorState",
    "Fault",
    "FaultError",
    "Journal",
    "JournalEntry",
    "RateLimitConfig",
    "SeedError",
    "TokenFileError",
    "TokenSet",
    "UnknownProfileError",
    "__version__",
    "choices_markdown_table",
    "create_app",
    "emulator_control",
    "emulator_state",
    "load_token_file",
    "parse_fault",
    "resolve_profile",
    "seed_invoices",
]
