"""Reflow the docstrings of Python source to one line length, and find docstring lines broken mid-sentence.

The generator's templates wrap text at fixed widths, and the spec's descriptions arrive with their own line breaks
(YAML block scalars written at the spec's width), so the two together chop sentences ("every operation / is one
method call that returns / the success model"). `reflow_source` rejoins each paragraph and wraps it again at the
line length; lists, `Args:`-style entries (with their hanging continuation lines), tables and literal blocks keep
their shape. `early_breaks` is the check the tests apply to the generated package.

Only whitespace between words changes: the text of the source between the quotes is rewrapped as it is, escapes and
all, so no docstring's meaning can change.
"""

from __future__ import annotations

import ast
import re
import textwrap

#: Lines that start a list item, a table row or a tree drawing, kept on their own line.
_BULLETS = ("* ", "- ", "+ ", "|", "├", "└", "│", ">>>", "...", "#")
#: The start of an entry of an `Args:`/`Attributes:`/`Raises:` section: `name:` or `name (type):`.
_ENTRY = re.compile(r"^[\w.\[\]]+( \([^)]*\))?:( |$)")
#: How a line may end without being broken mid-sentence.
_SENTENCE_END = (".", ":", "!", "?", ".)", ".`", "::", ";")
#: A `code span` is never split across lines: its spaces are glued while wrapping.
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_GLUE = "\x00"
#: Wrapping that fills lines word by word may end a line this much short of the limit.
SLACK = 8


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _starts_item(stripped: str) -> bool:
    return stripped.startswith(_BULLETS) or bool(_ENTRY.match(stripped)) or stripped[:1].isdigit()


def _reflow_lines(lines: list[str], column: int, line_length: int) -> list[str]:
    """Rewrap the inner lines of one docstring whose quotes open at `column`; `lines[0]` follows the quotes."""
    out: list[str] = []
    index = 0
    literal_indent: int | None = None
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            out.append(line.rstrip())
            index += 1
            continue
        own = _indent(line) if index else column
        if literal_indent is not None and own > literal_indent:
            out.append(line)
            index += 1
            continue
        literal_indent = None
        first_index = index
        item = index > 0 and _starts_item(stripped)  # the summary line is never an item, even if it reads "401: ..."
        group = [stripped]
        continuation: int | None = None
        index += 1
        while index < len(lines) and not group[-1].endswith("::"):
            following = lines[index]
            next_stripped = following.strip()
            if not next_stripped or _starts_item(next_stripped):
                break
            next_indent = _indent(following)
            if continuation is None:
                if item and next_indent <= own:
                    break
                if not item and next_indent != own:
                    break
                continuation = next_indent
            elif next_indent != continuation:
                break
            group.append(next_stripped)
            index += 1
        quotes = 3 if first_index == 0 else 0
        text = _CODE_SPAN.sub(lambda match: match.group(0).replace(" ", _GLUE), " ".join(group))
        wrapped = textwrap.wrap(
            text,
            width=line_length,
            initial_indent=" " * (own + quotes),
            subsequent_indent=" " * (continuation if continuation is not None else own),
            break_long_words=False,
            break_on_hyphens=False,
        )
        if first_index == 0:
            wrapped[0] = wrapped[0][own + quotes :]
        out.extend(part.replace(_GLUE, " ") for part in wrapped)
        if group[-1].endswith("::"):
            literal_indent = own
    return out


def _docstring_nodes(tree: ast.AST) -> list[ast.Expr]:
    nodes = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                nodes.append(first)
    return nodes


def reflow_source(source: str, line_length: int = 120) -> str:
    """`source` with every triple-quoted docstring reflowed to `line_length`."""
    lines = source.split("\n")
    for node in sorted(_docstring_nodes(ast.parse(source)), key=lambda node: node.lineno, reverse=True):
        start, end = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        first, last = lines[start], lines[end]
        column = node.col_offset
        opening = first[column : column + 3]
        if opening not in ('"""', "'''") or not last.endswith(opening) or first[:column].strip():
            continue
        body = [first[column + 3 :], *lines[start + 1 : end + 1]]
        body[-1] = body[-1][: -len(opening)]
        closing_alone = start != end and not body[-1].strip()
        if closing_alone:
            body = body[:-1]
        reflowed = _reflow_lines(body, column, line_length)
        if closing_alone or (len(reflowed) > 1 and len(reflowed[-1]) + 3 > line_length):
            reflowed.append(" " * column)
        reflowed[0] = first[: column + 3] + reflowed[0]
        reflowed[-1] += opening
        lines[start : end + 1] = reflowed
    return "\n".join(lines)


def early_breaks(text: str, indent: int, line_length: int = 120) -> list[str]:
    """The lines of the docstring `text` (its value; the body indented by `indent`) that end mid-sentence although
    the next word would have fit within `line_length`."""
    lines = text.split("\n")
    broken = []
    literal_indent: int | None = None  # inside a literal block (after `::`): deeper lines are code
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        stripped, next_stripped = line.strip(), following.strip()
        if not stripped:
            continue
        own_indent = _indent(line) if index else 0
        if literal_indent is not None and own_indent <= literal_indent:
            literal_indent = None
        literal = literal_indent is not None
        if stripped.endswith("::") and literal_indent is None:
            literal_indent = own_indent
        if (
            literal
            or stripped.endswith("::")
            or not next_stripped
            or stripped.endswith(_SENTENCE_END)
            or _starts_item(next_stripped)
        ):
            continue
        next_indent = _indent(following)
        if index and next_indent < own_indent:
            continue  # the next line starts a new item or section
        width = (indent + own_indent if index else indent + 3) + len(stripped)  # line 1 follows the opening quotes
        next_word = next_stripped.split(" ")[0]
        if width + 1 + len(next_word) <= line_length - SLACK:
            broken.append(f"{stripped!r} + {next_word!r}")
    return broken


def docstrings(source: str) -> list[tuple[int, int, str]]:
    """(line, indentation of the body, value) of every docstring in `source`."""
    return [
        (node.lineno, node.col_offset, node.value.value)
        for node in _docstring_nodes(ast.parse(source))
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    ]
