"""The shape of a JSON value (key sets at every level, JSON types, string formats), and where two shapes differ.

The differential test compares the emulator's answer with a recorded one by shape, not by value: ids, traceIds and
timestamps differ on every call, but a key the vendor sends and the emulator does not (or a date-time where the
vendor sends a date) is a difference in what clients must handle.
"""

from __future__ import annotations

import re
from typing import Any

_FORMATS = (
    ("date-time", re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")),
    ("date", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("object-id", re.compile(r"[0-9a-f]{24}")),
    ("uuid", re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
)


def kind_of(value: Any) -> str:
    """A JSON type, with the format of strings that have a recognisable one (`string:date-time`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        for name, pattern in _FORMATS:
            if pattern.fullmatch(value):
                return f"string:{name}"
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def differences(recorded: Any, answered: Any, path: str = "") -> list[str]:
    """Where `answered` has another shape than `recorded`: `path: what` lines, empty when the shapes agree.

    Arrays compare their first elements (an empty recorded array says nothing about element shapes).
    """
    where = path or "/"
    recorded_kind, answered_kind = kind_of(recorded), kind_of(answered)
    if recorded_kind != answered_kind:
        return [f"{where}: recorded {recorded_kind}, answered {answered_kind}"]
    found: list[str] = []
    if isinstance(recorded, dict):
        assert isinstance(answered, dict)
        for key in sorted(set(recorded) - set(answered)):
            found.append(f"{path}/{key}: recorded, not answered")
        for key in sorted(set(answered) - set(recorded)):
            found.append(f"{path}/{key}: answered, not recorded")
        for key in sorted(set(recorded) & set(answered)):
            found.extend(differences(recorded[key], answered[key], f"{path}/{key}"))
    elif isinstance(recorded, list) and recorded and answered:
        assert isinstance(answered, list)
        found.extend(differences(recorded[0], answered[0], f"{path}/0"))
    return found


def signature(value: Any) -> Any:
    """A hashable summary of a value's shape (for deduplication): keys, types and formats, not values."""
    if isinstance(value, dict):
        return ("object", tuple(sorted((key, signature(item)) for key, item in value.items())))
    if isinstance(value, list):
        return ("array", tuple(sorted({repr(signature(item)) for item in value})))
    return kind_of(value)
