"""Checked decoding of JSON values, shared by every generated `from_dict`.

Each decoder (`parse_*`) checks the JSON type of what it reads and raises `DecodeError` naming what was expected;
`read_field` adds the field name, so a broken value is reported as e.g. `invoice.total: expected a number, got a string`
and never as a bare KeyError or as garbage.

How strict a reading is depends on the decoding context:

* Strict (a bare `Model.from_dict(data)` call, or `decode(..., strict=True)`): every difference from the spec raises,
  including a key that a closed schema (`additionalProperties: false`) does not list, which is reported with the nearest
  valid name.
* Tolerant (`decode(..., strict=False)`, the default for success responses): the vendor may send fields more or less
  than its docs. Below the top level of the body, a missing documented-required field or a value of another type reads
  as `UNSET` and is recorded as a problem; an unknown enum value is kept as an unknown member of its enum; an undeclared
  key is kept where the schema allows extra fields and recorded where it does not. The fields of the top level itself
  must still decode: a body whose top-level shape is unusable raises.
"""

import datetime
import difflib
import enum
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, cast

from .types import UNSET

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class DecodeError(ValueError):
    """A JSON value that does not fit the spec; `path` names where, from the top of the body, in wire names."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segments: list[str | int] = []

    def prepend(self, segment: str | int) -> None:
        self.segments.insert(0, segment)

    @property
    def path(self) -> str:
        text = ""
        for segment in self.segments:
            if isinstance(segment, int):
                text += f"[{segment}]"
            elif segment:
                text += f".{segment}" if text else segment
        return text

    def __str__(self) -> str:
        return f"{self.path or '<body>'}: {self.reason}"


#: The deepest nesting of arrays and objects a body may have: invoice documents nest a handful of levels.
MAX_JSON_DEPTH = 256


def load_json(content: bytes) -> Any:
    """The JSON value of a body, or DecodeError (path: the body) when it is empty, not JSON (or not UTF-8), or nested
    deeper than MAX_JSON_DEPTH levels: never a RecursionError."""
    try:
        value = json.loads(content)
    except RecursionError:
        raise DecodeError(f"the body is nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, an integer of too many digits
        raise DecodeError("the body is empty" if not content else "the body is not JSON") from None
    # Nesting needs at least as many brackets as levels: most bodies are cleared by two counts in C.
    if content.count(b"[") + content.count(b"{") > MAX_JSON_DEPTH and _deeper_than(value, MAX_JSON_DEPTH):
        raise DecodeError(f"the body is nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _deeper_than(value: object, limit: int) -> bool:
    """Whether `value` nests arrays and objects more than `limit` levels deep (without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


class DecodeContext:
    """The state of one tolerant or strict reading: its mode, nesting depth and the problems it tolerated."""

    __slots__ = ("depth", "problems", "strict")

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.depth = 0
        self.problems: list[DecodeError] = []


_CONTEXT: ContextVar[DecodeContext | None] = ContextVar("highlevel_invoices.decoding", default=None)


@contextmanager
def decoding(*, strict: bool) -> Iterator[DecodeContext]:
    """Decode in the given mode inside the `with` block; the context collects the tolerated problems."""
    context = DecodeContext(strict=strict)
    token = _CONTEXT.set(context)
    try:
        yield context
    finally:
        _CONTEXT.reset(token)


def decode(parse: Callable[[Any], T], data: object, *, strict: bool = False) -> tuple[T, list[DecodeError]]:
    """Read `data` with `parse` (e.g. a model's `from_dict`), returning the value and the problems it tolerated.

    Use it for JSON you stored yourself: `invoice, problems = decode(Invoice.from_dict, stored)`.
    """
    context = DecodeContext(strict=strict)
    token = _CONTEXT.set(context)  # what `decoding()` does, without a generator: this runs for every answer
    try:
        value = parse(data)
    finally:
        _CONTEXT.reset(token)
    return value, context.problems


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


#: What `from_dict` pops for a field the body does not carry (never a JSON value).
ABSENT: Any = _Absent()


def _tolerate(error: DecodeError) -> Any:
    """`UNSET` for a tolerated failure, recorded in the context; the error itself where tolerance does not apply."""
    context = _CONTEXT.get()
    if context is None or context.strict or context.depth == 0:
        raise error
    context.problems.append(error)
    return UNSET


def read_field(parse: Callable[[Any], T], raw: object, key: str, default: Any = ABSENT) -> T:
    """Read the value `raw` of the field `key` with `parse`; `raw` is ABSENT when the body lacks the field.

    A missing field takes `default` when the schema implies one (an enum of one value); otherwise it is an error in
    strict mode and `UNSET` (recorded as a problem) in tolerant mode below the top level. The annotation says `T` so
    that generated models keep their declared types; in tolerant mode the value may be `UNSET` instead.
    """
    if raw is ABSENT:
        if default is not ABSENT:
            return cast(T, default)
        error = DecodeError("required field is missing")
    else:
        context = _CONTEXT.get()
        if context is None:
            try:
                return parse(raw)
            except DecodeError as exc:
                exc.prepend(key)
                raise
        problems = context.problems
        start = len(problems)
        context.depth += 1
        try:
            value = parse(raw)
        except DecodeError as exc:
            context.depth -= 1
            del problems[start:]  # they were about the value now discarded
            error = exc
        else:
            context.depth -= 1
            if len(problems) > start:
                for problem in problems[start:]:
                    problem.prepend(key)
            return value
    error.prepend(key)
    return cast(T, _tolerate(error))


def read_leaf(parse: Callable[[Any], T], raw: object, key: str) -> T:
    """`read_field` for a value of a scalar type, whose reading records no problems of its own: the same result with
    less bookkeeping (this runs for every date-time of every answer)."""
    if raw is ABSENT:
        return read_field(parse, raw, key)
    try:
        return parse(raw)
    except DecodeError as exc:
        exc.prepend(key)
        return cast(T, _tolerate(exc))


def nearest(key: str, known: Collection[str]) -> str | None:
    """The valid name closest to `key` (by spelling, ignoring case), or None when none is close."""
    by_lower = {name.lower(): name for name in known}
    matches = difflib.get_close_matches(key.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[matches[0]] if matches else None


def reject_unknown(leftover: Iterable[str], known: Collection[str]) -> None:
    """Handle the keys of a closed schema's object that it does not list (`leftover`).

    Strict mode raises for the first of them, naming the nearest valid name; tolerant mode records each as a problem
    (there is no field to keep them in).
    """
    context = _CONTEXT.get()
    for key in leftover:
        guess = nearest(key, known)
        hint = f"; did you mean {guess!r}?" if guess is not None else f"; valid names: {', '.join(sorted(known))}"
        error = DecodeError(f"unknown field{hint}")
        error.prepend(key)
        if context is None or context.strict:
            raise error
        context.problems.append(error)


def describe(value: object) -> str:
    """The JSON kind of `value`, for error messages (never the value itself: it may be personal data)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def parse_object(value: object) -> Mapping[str, Any]:
    if type(value) is dict or isinstance(value, Mapping):
        return value
    raise DecodeError(f"expected an object, got {describe(value)}")


def parse_str(value: object) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    raise DecodeError(f"expected a string, got {describe(value)}")


def parse_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise DecodeError(f"expected an integer, got {describe(value)}")


def parse_float(value: object) -> float:
    if type(value) is float or type(value) is int:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise DecodeError(f"expected a number, got {describe(value)}")


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise DecodeError(f"expected a boolean, got {describe(value)}")


def parse_none(value: object) -> None:
    if value is not None:
        raise DecodeError(f"expected null, got {describe(value)}")


def parse_any(value: Any) -> Any:
    return value


def parse_str_or_int_as_str(value: object) -> str:
    """A `oneOf: [string, integer]` value, delivered as `str` whatever its wire form ("19" or 19)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise DecodeError(f"expected a string or an integer, got {describe(value)}")


def parse_date(value: object) -> datetime.date:
    """A calendar date, `YYYY-MM-DD` (`format: date`); a timestamp is not one."""
    text = value if type(value) is str else parse_str(value)
    if len(text) == 10:
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise DecodeError("expected an ISO 8601 date (YYYY-MM-DD)")


def parse_datetime(value: object) -> datetime.datetime:
    """An RFC 3339 timestamp (`format: date-time`) as a timezone-aware datetime; one without an offset is refused."""
    text = value if type(value) is str else parse_str(value)
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise DecodeError("expected an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise DecodeError("expected an ISO 8601 date-time with a UTC offset (e.g. Z)")
    return parsed


def parse_enum(enum_class: type[E], value: object) -> E:
    """A member of `enum_class`; in tolerant mode an unknown value of the right JSON type is kept as an unknown member
    (see `enums.OpenStrEnum`) and recorded as a problem."""
    if type(value) is str or type(value) is int:
        # The lookup Enum.__call__ starts with, minus its overhead; a miss goes on.
        member = enum_class._value2member_map_.get(value)
        if member is not None:
            return cast(E, member)
    try:
        return cast(E, enum_class._value2member_map_[value])
    except (KeyError, TypeError):
        pass
    allowed = ", ".join(repr(member.value) for member in enum_class)
    shown = repr(value) if isinstance(value, str | int) and len(repr(value)) <= 40 else describe(value)
    error = DecodeError(f"unexpected value {shown}; expected one of {allowed}")
    context = _CONTEXT.get()
    unknown = getattr(enum_class, "unknown", None)
    if context is None or context.strict or unknown is None or not _fits(enum_class, value):
        raise error
    context.problems.append(error)
    return cast(E, unknown(value))


def _fits(enum_class: type[enum.Enum], value: object) -> bool:
    """Whether `value` has the JSON type of `enum_class`'s values (str, or int but not bool)."""
    if issubclass(enum_class, str):
        return isinstance(value, str)
    return isinstance(value, int) and not isinstance(value, bool)


def parse_list(value: object, parse_item: Callable[[Any], T]) -> list[T]:
    if not isinstance(value, list):
        raise DecodeError(f"expected an array, got {describe(value)}")
    if parse_item in _LEAF_PARSERS:  # items that record no problems: no bookkeeping per item
        try:
            return [parse_item(item) for item in value]
        except DecodeError:
            pass  # found again below, with its index
    context = _CONTEXT.get()
    items: list[T] = []
    for index, item in enumerate(value):
        start = len(context.problems) if context is not None else 0
        try:
            items.append(parse_item(item))
        except DecodeError as exc:
            exc.prepend(index)
            raise
        if context is not None and len(context.problems) > start:
            for problem in context.problems[start:]:
                problem.prepend(index)
    return items


#: The decoders of scalar values: they record no problems, so lists of them need no bookkeeping per item.
_LEAF_PARSERS: frozenset[Callable[[Any], Any]] = frozenset(
    {
        parse_str,
        parse_int,
        parse_float,
        parse_bool,
        parse_none,
        parse_any,
        parse_str_or_int_as_str,
        parse_date,
        parse_datetime,
    }
)


def parse_union(value: object, *parsers: Callable[[Any], Any]) -> Any:
    """The first reading of `value` that one of `parsers` accepts."""
    reasons: list[str] = []
    context = _CONTEXT.get()
    start = len(context.problems) if context is not None else 0
    for parse in parsers:
        try:
            return parse(value)
        except DecodeError as exc:
            if context is not None:
                del context.problems[start:]  # they were about a reading now discarded
            reasons.append(f"{exc.path}: {exc.reason}" if exc.segments else exc.reason)
    raise DecodeError(f"matches none of the allowed forms ({'; '.join(reasons)})")


__all__ = [
    "ABSENT",
    "MAX_JSON_DEPTH",
    "DecodeContext",
    "DecodeError",
    "decode",
    "decoding",
    "describe",
    "load_json",
    "nearest",
    "parse_any",
    "parse_bool",
    "parse_date",
    "parse_datetime",
    "parse_enum",
    "parse_float",
    "parse_int",
    "parse_list",
    "parse_none",
    "parse_object",
    "parse_str",
    "parse_str_or_int_as_str",
    "parse_union",
    "read_field",
    "read_leaf",
    "reject_unknown",
]
