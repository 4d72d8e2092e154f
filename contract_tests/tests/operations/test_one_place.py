"""One fact in one place: hand-written code spells an operation's path or operationId in at most two modules, its
card (`contract_tests/operations/`) and its emulator endpoint
(`contract_tests/emulator/highlevel_invoices_emulator/endpoints/`).

"Code" is every string literal of a hand-written `.py` file outside the tests (f-string parts included);
docstrings, comments, `generated/`, the spec's YAML and the corpus' JSON don't count. Everything else reads the
card, so nothing compares an operation's name or matches its route by hand."""

from __future__ import annotations

import ast
import re
from collections import Counter, defaultdict
from pathlib import Path

from contract_tests.operations.spec import operation_route, spec_operation_ids
from highlevel_invoices_emulator.handlers import ENDPOINTS as ENDPOINT_ROUTES

REPO_ROOT = Path(__file__).resolve().parents[3]
CODE = ("contract_tests", "scripts", "spec")
SKIPPED = ("contract_tests/tests/",)
CARDS = "contract_tests/operations/"
ENDPOINTS = "contract_tests/emulator/highlevel_invoices_emulator/endpoints/"


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals(source: str) -> list[str]:
    """Every string literal of `source` that is not a docstring."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def express(path: str) -> str:
    """An OpenAPI path in Express syntax: `/invoices/{invoiceId}` -> `/invoices/:invoiceId`."""
    return re.sub(r"\{([^}]+)\}", r":\1", path)


def spellings(operation_id: str, path: str) -> re.Pattern[str]:
    """The operationId as a word, or the path in OpenAPI or Express syntax (not as the start of a longer path)."""
    paths = "|".join(re.escape(p) for p in (path, express(path)))
    return re.compile(rf"(?<![\w]){re.escape(operation_id)}(?![\w])|(?:{paths})(?![\w/{{:-])")


def code_files() -> list[Path]:
    files = [p for top in CODE for p in (REPO_ROOT / top).rglob("*.py")]
    return [p for p in files if not any(p.relative_to(REPO_ROOT).as_posix().startswith(s) for s in SKIPPED)]


def spelled_in() -> dict[str, set[str]]:
    """operationId -> the modules whose code spells it or its path."""
    patterns = {op: spellings(op, operation_route(op)[1]) for op in spec_operation_ids()}
    found: dict[str, set[str]] = defaultdict(set)
    for path in code_files():
        texts = literals(path.read_text(encoding="utf-8"))
        for op, pattern in patterns.items():
            if any(pattern.search(text) for text in texts):
                found[op].add(path.relative_to(REPO_ROOT).as_posix())
    return found


def test_each_operation_is_spelled_only_in_its_card_and_its_emulator_endpoint() -> None:
    found = spelled_in()
    assert set(found) == set(spec_operation_ids()), "every card spells its operationId"
    # Endpoints on one path with other methods (GET, PUT and DELETE /invoices/:invoiceId) share its spelling: each
    # names the route it serves.
    sharing = Counter(endpoint.path for endpoint in ENDPOINT_ROUTES)
    for op, modules in found.items():
        cards = {m for m in modules if m.startswith(CARDS)}
        endpoints = {m for m in modules if m.startswith(ENDPOINTS)}
        assert len(cards) == 1, (op, cards)
        assert len(endpoints) <= max(1, sharing[express(operation_route(op)[1])]), (op, endpoints)
        assert modules == cards | endpoints, (op, sorted(modules - cards - endpoints))


def test_the_scan_sees_a_spelled_name_and_path_and_ignores_docstrings() -> None:
    source = '''"""Mentions deleteInvoice and /invoices/{invoiceId} in prose."""

def f(operation):
    """Also here: deleteInvoice."""
    if operation == "deleteInvoice":
        return f"DELETE /invoices/:invoiceId for {operation}"
'''
    pattern = spellings("deleteInvoice", "/invoices/{invoiceId}")
    hits = [text for text in literals(source) if pattern.search(text)]
    assert hits == ["deleteInvoice", "DELETE /invoices/:invoiceId for "]
    assert not pattern.search("/invoices/{invoiceId}/void")
    assert not pattern.search("deleteInvoices")
