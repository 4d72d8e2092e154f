"""The emulator stands for the vendor: it never reads our spec, the generated client, the corpus or the suite.

A contract test between two things derived from one file proves nothing, so the emulator's code may import only
itself, the standard library and its HTTP stack, and names no file of the repository.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EMULATOR = Path(__file__).resolve().parents[2] / "emulator"
ALLOWED_THIRD_PARTY = {"starlette", "uvicorn", "h11"}
FORBIDDEN_TEXT = ("spec/", "generated/", "openapi.yaml", "highlevel_invoices", "corpus", "VENDOR_FACTS.md")


@pytest.mark.parametrize("module", sorted(EMULATOR.rglob("*.py")), ids=lambda p: str(p.relative_to(EMULATOR)))
def test_the_emulator_imports_only_itself_the_stdlib_and_its_http_stack(module: Path) -> None:
    import sys

    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("contract_tests.emulator"):
                continue  # the endpoints' absolute imports of the emulator itself
            top = node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            top = node.names[0].name.split(".")[0]
        else:
            continue
        assert top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY or top == "__future__", (
            f"{module.name} imports {top}"
        )


def _docstring_nodes(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


@pytest.mark.parametrize("module", sorted(EMULATOR.rglob("*.py")), ids=lambda p: str(p.relative_to(EMULATOR)))
def test_the_emulator_names_no_file_of_ours(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            assert not any(marker in node.value for marker in FORBIDDEN_TEXT), f"{module.name}: {node.value[:80]!r}"
