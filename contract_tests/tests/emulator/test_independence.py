"""The emulator stands for the vendor: it never reads our spec, the generated client, the corpus or the suite.

A contract test between two things derived from one file proves nothing, so the emulator's code may import only
itself, the standard library and its HTTP stack, and names no file of the repository.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

EMULATOR = Path(__file__).resolve().parents[2] / "emulator" / "highlevel_invoices_emulator"
ALLOWED_THIRD_PARTY = {"starlette", "uvicorn", "h11"}
FORBIDDEN_TEXT = ("spec/", "generated/", "openapi.yaml", "corpus", "VENDOR_FACTS.md")
# Our client's package; the emulator's own name (`highlevel_invoices_emulator`) merely begins like it.
CLIENT_PACKAGE = re.compile(r"highlevel_invoices(?!_emulator)")


# The optional extras: these modules may use httpx (the `httpx` extra) and pytest (the `pytest` extra); nothing
# else of the emulator may import them, so its core needs only starlette, uvicorn and tzdata.
EXTRAS = {
    "control_client.py": {"httpx"},
    "transport.py": {"httpx"},
    "testing.py": {"httpx"},
    "pytest_plugin.py": {"pytest"},
}
EXTRA_MODULES = {name.removesuffix(".py") for name in EXTRAS}


def _imports(module: Path) -> list[tuple[str, str | None]]:
    """(top-level package, emulator module or None) of every import of `module`, lazy ones included."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            name = node.module or node.names[0].name
            found.append(("", name.split(".")[0]))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            own = next((p for p in OWN_PACKAGES if node.module == p or node.module.startswith(p + ".")), None)
            if own is not None:
                rest = node.module[len(own) :].lstrip(".")
                found.append(("", rest.split(".")[0] if rest else node.names[0].name))
            else:
                found.append((node.module.split(".")[0], None))
        elif isinstance(node, ast.Import):
            found.append((node.names[0].name.split(".")[0], None))
    return found


OWN_PACKAGES = ("highlevel_invoices_emulator",)


@pytest.mark.parametrize("module", sorted(EMULATOR.rglob("*.py")), ids=lambda p: str(p.relative_to(EMULATOR)))
def test_the_emulator_imports_only_itself_the_stdlib_and_its_http_stack(module: Path) -> None:
    import sys

    allowed = ALLOWED_THIRD_PARTY | EXTRAS.get(module.name, set())
    for top, own in _imports(module):
        if own is not None:
            if module.name not in EXTRAS:
                assert own not in EXTRA_MODULES, f"{module.name} (core) imports the optional {own}"
            continue
        assert top in sys.stdlib_module_names or top in allowed or top == "__future__", f"{module.name} imports {top}"


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
            assert not CLIENT_PACKAGE.search(node.value), f"{module.name}: {node.value[:80]!r}"
