"""Prose that reads: every docstring of the generated package and the runtime is wrapped at one line length.

A line inside a paragraph is broken too early when the next line's first word would still have fit on it: that is
how prose wrapped for one width and chopped at a narrower one looks in an editor ("every operation / is one method
call that returns / the success model"). Lists, tables, indented blocks and literal blocks are left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.codegen.docstrings import docstrings, early_breaks, reflow_source
from scripts.generate import LINE_LENGTH, PACKAGE, RUNTIME


def test_the_check_finds_a_docstring_chopped_mid_sentence() -> None:
    chopped = "Start with the client: every operation\n    is one method call that returns\n    the success model."
    assert early_breaks(chopped, 4) != []
    filled = "Start with the client: every operation is one method call that returns the success model.\n    Next."
    assert early_breaks(filled, 4) == []
    listed = "Faults:\n\n    * one\n    * two\n\nArgs:\n    a: A.\n    b: B."
    assert early_breaks(listed, 4) == []


def test_reflow_rejoins_a_chopped_paragraph_and_keeps_lists_and_entries() -> None:
    source = (
        'def f() -> None:\n    """Start with the client: every operation\n    is one method call that returns\n'
        "    the success model.\n\n    * one item\n    * another\n\n    Args:\n        a: First\n"
        '            argument.\n        b: Second.\n    """\n'
    )
    reflowed = reflow_source(source, LINE_LENGTH)
    assert "every operation is one method call that returns the success model." in reflowed
    assert "    * one item\n    * another\n" in reflowed
    assert "        a: First argument.\n        b: Second.\n" in reflowed
    assert reflow_source(reflowed, LINE_LENGTH) == reflowed
    (_, indent, text), *_ = docstrings(reflowed)
    assert early_breaks(text, indent) == []


@pytest.mark.parametrize(
    "path",
    sorted([*PACKAGE.rglob("*.py"), *RUNTIME.glob("*.py")]),
    ids=lambda path: path.relative_to(PACKAGE.parent.parent).as_posix(),
)
def test_no_docstring_is_broken_mid_sentence(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    problems = [
        f"line {line}: {broken}" for line, indent, text in docstrings(source) for broken in early_breaks(text, indent)
    ]
    assert problems == []
