"""Every card, found by module: a module of this package that defines `CARD` is an operation's card.

Adding an operation adds its card module and nothing here. The cards come in the curated spec's order; the route
matcher tries them in the vendor's route order (`routes.py`). Tests hold the registry to its rules: every card
names an operation of the spec, every operation of the spec has a card, each role (`preflight`,
`fresh_drafts`, `cleanup`) is exactly one card's, and each of reconciliation's (`search_drafts`, `read_drafts`) at
most one card's.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache

import contract_tests.operations as package
from contract_tests.operations.card import Card
from contract_tests.operations.routes import Match, Route, Router
from contract_tests.operations.spec import spec_operation_ids


def _discover() -> tuple[Card, ...]:
    found: list[Card] = []
    for module in pkgutil.iter_modules(package.__path__):
        card = getattr(importlib.import_module(f"{package.__name__}.{module.name}"), "CARD", None)
        if isinstance(card, Card):
            found.append(card)
    order = {operation_id: index for index, operation_id in enumerate(spec_operation_ids())}
    return tuple(sorted(found, key=lambda card: order.get(card.operation_id, len(order))))


CARDS: tuple[Card, ...] = _discover()
_BY_ID: Mapping[str, Card] = {card.operation_id: card for card in CARDS}


@cache
def _by_label() -> Mapping[str, Card]:
    return {card.label: card for card in CARDS}


@cache
def router() -> Router[Card]:
    return Router(Route(card.method, card.path, card) for card in CARDS)


def by_id(operation_id: str) -> Card:
    """The card of an operationId; KeyError names the known ones."""
    try:
        return _BY_ID[operation_id]
    except KeyError:
        raise KeyError(f"unknown operation {operation_id!r}; known: {', '.join(_BY_ID)}") from None


def by_label(label: str) -> Card | None:
    """The card of a Schemathesis operation label (`GET /invoices/...`), or None for an operation without one."""
    return _by_label().get(label)


def match(method: str, path: str) -> Match[Card] | None:
    """The card a request reaches, as the vendor's router matches it (see `routes.py`), with its path parameters."""
    return router().match(method, path)


def _the_one(role: str) -> Card:
    holders = [card for card in CARDS if getattr(card, role)]
    if len(holders) != 1:
        raise LookupError(f"exactly one card must set {role}; {len(holders)} do")
    return holders[0]


def _at_most_one(role: str) -> Card | None:
    holders = [card for card in CARDS if getattr(card, role)]
    if len(holders) > 1:
        raise LookupError(f"at most one card may set {role}; {len(holders)} do")
    return holders[0] if holders else None


def preflight() -> Card:
    """The read-only operation the run calls before any case (its credentials' first test)."""
    return _the_one("preflight")


def fresh_drafts() -> Card:
    """The operation that creates the drafts the proofs act on."""
    return _the_one("fresh_drafts")


def cleanup() -> Card:
    """The operation that deletes the run's drafts at its end."""
    return _the_one("cleanup")


def search_drafts() -> Card | None:
    """The list operation reconciliation searches the run's drafts with, if any card is it."""
    return _at_most_one("search_drafts")


def read_drafts() -> Card | None:
    """The get operation reconciliation reads each found draft with, if any card is it."""
    return _at_most_one("read_drafts")
