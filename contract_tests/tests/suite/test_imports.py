"""Imports run one way: no module of the project imports, directly or through others, a module that imports it
(function-level imports included, since they only hide a cycle); the operation cards sit below the suite and the
corpus (they import only the record library and each other), so the guard and the ledger can read them; and every
suite and card module imports on its own."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("contract_tests", "scripts")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Project module -> the project modules it imports anywhere in its body."""
    files = [p for package in PACKAGES for p in (REPO_ROOT / package).rglob("*.py")]
    modules = {_module_name(p): p for p in files}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[name] = {t for t in targets if t in modules and t != name and not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


CARDS_PACKAGE = "contract_tests.operations"
# What the cards may import from the project: themselves and the record library (the spec's method and path).
CARDS_MAY_IMPORT = (CARDS_PACKAGE, "contract_tests.record")


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        for nxt in graph.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def test_the_cards_import_nothing_above_them() -> None:
    graph = import_graph()
    cards = [name for name in graph if name == CARDS_PACKAGE or name.startswith(CARDS_PACKAGE + ".")]
    assert len(cards) > 3
    above = {
        (card, target)
        for card in cards
        for target in _reachable(graph, card)
        if not any(target == allowed or target.startswith(allowed + ".") for allowed in CARDS_MAY_IMPORT)
        and target != "contract_tests"
    }
    assert above == set()


def test_the_floor_check_sees_an_upward_import() -> None:
    graph = {"contract_tests.operations.x": {"contract_tests.suite.ledger"}, "contract_tests.suite.ledger": set()}
    assert _reachable(graph, "contract_tests.operations.x") == {"contract_tests.suite.ledger"}


SUITE_MODULES = sorted(
    _module_name(p)
    for directory in ("suite", "operations")
    for p in (REPO_ROOT / "contract_tests" / directory).glob("*.py")
    if not p.name.startswith("test_") and p.name != "conftest.py"
)


def test_every_suite_module_imports_first_in_a_fresh_interpreter() -> None:
    program = (
        "import importlib, subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    code = f'import {name}'\n"
        "    done = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)\n"
        "    if done.returncode: failed.append((name, done.stderr.strip().splitlines()[-1:]))\n"
        "print(failed)\n"
        "raise SystemExit(1 if failed else 0)\n"
    )
    # As `scripts/contract.py` runs them: the repository and the generated client (whose pacer the suite uses).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(REPO_ROOT / "generated")])}
    done = subprocess.run(
        [sys.executable, "-c", program, *SUITE_MODULES],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
