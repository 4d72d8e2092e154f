"""An emulator of HighLevel's live Invoices API for contract tests: generate-invoice-number, text2pay, and the
invoice lifecycle (create, get, list, update, send, record-payment, void, delete) with its state machine.

It is written from the vendor's pages and observed behaviour only; every guess is a labelled field of
`Choices` (see `choices.py`), switchable through named profiles.
"""

from .app import EmulatorState, create_app, emulator_state
from .choices import PROFILES, Choices, UnknownProfileError, choices_markdown_table, resolve_profile
from .journal import Journal, JournalEntry
from .ratelimit import RateLimitConfig
from .seeding import SeedError, seed_invoices
from .tokens import DEFAULT_TOKENS, TokenFileError, TokenSet, load_token_file

__all__ = [
    "DEFAULT_TOKENS",
    "PROFILES",
    "Choices",
    "EmulatorState",
    "Journal",
    "JournalEntry",
    "RateLimitConfig",
    "SeedError",
    "TokenFileError",
    "TokenSet",
    "UnknownProfileError",
    "choices_markdown_table",
    "create_app",
    "emulator_state",
    "load_token_file",
    "resolve_profile",
    "seed_invoices",
]
