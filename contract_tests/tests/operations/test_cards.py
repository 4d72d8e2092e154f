"""The registry of cards keeps its rules: one card per operation of the curated spec and no other, each role held
by exactly one card, every check a card names is one of the suite's, and a card's data is consistent."""

from __future__ import annotations

from contract_tests.operations import registry
from contract_tests.operations.card import Effect
from contract_tests.operations.spec import spec_operation_ids
from contract_tests.record import resolve_pointer
from contract_tests.suite.checks import BY_NAME
from contract_tests.suite.schemas import spec_document


def test_every_operation_of_the_spec_has_exactly_one_card_and_every_card_an_operation() -> None:
    ids = [card.operation_id for card in registry.CARDS]
    assert len(ids) == len(set(ids))
    assert tuple(ids) == spec_operation_ids()  # in the spec's order


def test_each_role_is_exactly_one_cards() -> None:
    assert registry.preflight().effect is Effect.READ
    assert registry.preflight().live_rule is not None
    assert registry.fresh_drafts().effect is Effect.CREATE
    assert registry.fresh_drafts().example is not None
    assert registry.cleanup().effect is Effect.DELETE
    assert registry.cleanup().invoice is not None


def test_every_check_a_card_names_is_one_of_the_suites() -> None:
    for card in registry.CARDS:
        assert card.checks, card
        assert set(card.checks) <= set(BY_NAME), card


def test_a_cards_schema_and_example_are_in_the_spec() -> None:
    document = spec_document("curated")
    schemas = document["components"]["schemas"]
    for card in registry.CARDS:
        assert resolve_pointer(document, card.pointer)["operationId"] == card.operation_id
        if card.body_schema is not None:
            assert card.body_schema in schemas, card
        if card.example is not None:
            assert card.pin_body is not None, f"{card}: a card with an example pins the bodies built from it"
            assert isinstance(resolve_pointer(document, card.example_pointer), dict)


def test_an_invoice_named_in_the_path_is_a_path_parameter_of_the_spec() -> None:
    for card in registry.CARDS:
        if card.invoice is not None and card.invoice.carrier == "path":
            assert "{" + card.invoice.name + "}" in card.path, card


def test_cards_that_answer_with_an_invoice_get_the_invoice_checks_and_only_they() -> None:
    invoice_checks = {"amount_due_is_total_minus_paid", "draft_stays_unsent", "invoice_belongs_to_requested_location"}
    for card in registry.CARDS:
        assert (card.answer_invoice is not None) == (invoice_checks <= set(card.checks)), card
