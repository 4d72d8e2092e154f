"""An emulator of HighLevel's live Invoices API for contract tests: generate-invoice-number, text2pay, and the
invoice lifecycle (create, get, list, update, send, record-payment, void, delete) with its state machine.

It is written from the vendor's pages and observed behaviour only; every guess is a labelled field of
`Choices` (see `choices.py`), switchable through named profiles. Tests turn on faults (`faults.py`) and drive it
through its control channel (`control.py`); `testing.py` and the pytest plugin (`pytest_plugin.py`) need the
`httpx` and `pytest` extras, the rest only starlette, uvicorn and tzdata.
"""

from .app import EmulatorState, create_app, emulator_state
from .choices import PROFILES, Choices, UnknownProfileError, choices_markdown_table, resolve_profile
from .control import Controller, emulator_control
from .faults import Fault, FaultError, parse_fault
from .journal import Journal, JournalEntry
from .ratelimit import RateLimitConfig
from .runtime import EmulatorRuntime
from .seeding import SeedError, seed_invoices
from .tokens import DEFAULT_TOKENS, TokenFileError, TokenSet, load_token_file
from .version import __version__

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
