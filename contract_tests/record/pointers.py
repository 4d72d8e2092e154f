"""JSON Pointers (RFC 6901) into a loaded spec document."""

from __future__ import annotations

from typing import Any


def escape_token(token: str) -> str:
    """One reference token, escaped for use inside a pointer."""
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The node `pointer` names; raises KeyError, IndexError or ValueError when there is none."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = _unescape(raw)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def parent_and_key(document: Any, pointer: str) -> tuple[Any, str | int]:
    """The container holding the node `pointer` names, and that node's key or index in it."""
    parent_pointer, _, raw = pointer.rpartition("/")
    parent = resolve_pointer(document, parent_pointer)
    token = _unescape(raw)
    return parent, int(token) if isinstance(parent, list) else token
