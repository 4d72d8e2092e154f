"""Shared types, and the checked decoders every generated `from_dict` uses.

The decoders (`parse_*`) check the JSON type of what they read and raise `DecodeError`
naming what was expected;
each model's `from_dict` adds the field name, so a broken body is reported as e.g.
`invoice.total: expected a
number, got a string` instead of returning garbage or raising a bare KeyError.
"""

import datetime
import enum
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for
        multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


@define
class Response(Generic[T]):
    """A successful response from an endpoint, with the decoded body in `parsed`.

    `attempts` is how many times the request was sent (1 when it succeeded first
    time).
    """

    status_code: HTTPStatus
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T
    attempts: int = 1


class DecodeError(ValueError):
    """A JSON value that does not fit the spec; `path` names where, from the top of
    the body."""

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


def describe(value: object) -> str:
    """The JSON kind of `value`, for error messages (never the value itself: it may be
    personal data)."""
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


def required(d: dict[str, Any], key: str) -> Any:
    try:
        return d.pop(key)
    except KeyError:
        raise DecodeError("required field is missing") from None


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


#: What `from_dict` pops for a required field that is missing (never a JSON value).
ABSENT: Any = _Absent()


def present(value: Any) -> Any:
    """`value`, unless it is ABSENT: then the required field is missing."""
    if value is ABSENT:
        raise DecodeError("required field is missing")
    return value


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
    if value is None:
        return
    raise DecodeError(f"expected null, got {describe(value)}")


def parse_any(value: Any) -> Any:
    return value


def parse_str_or_int_as_str(value: object) -> str:
    """A `oneOf: [string, integer]` value, delivered as `str` whatever its wire form
    ("19" or 19)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise DecodeError(f"expected a string or an integer, got {describe(value)}")


def parse_date(value: object) -> datetime.date:
    try:
        return datetime.date.fromisoformat(
            value if type(value) is str else parse_str(value)
        )
    except DecodeError:
        raise
    except ValueError:
        raise DecodeError("expected an ISO 8601 date (YYYY-MM-DD)") from None


def parse_datetime(value: object) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(
            value if type(value) is str else parse_str(value)
        )
    except DecodeError:
        raise
    except ValueError:
        raise DecodeError("expected an ISO 8601 date-time") from None


def parse_enum(enum_class: type[E], value: object) -> E:
    if type(value) is str or type(value) is int:
        # The lookup Enum.__call__ starts with, minus its overhead; a miss goes on.
        member = enum_class._value2member_map_.get(value)
        if member is not None:
            return cast(E, member)
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        shown = (
            repr(value)
            if isinstance(value, str | int) and len(repr(value)) <= 40
            else describe(value)
        )
        raise DecodeError(
            f"unexpected value {shown}; expected one of {allowed}"
        ) from None


def parse_list(value: object, parse_item: Callable[[Any], T]) -> list[T]:
    if not isinstance(value, list):
        raise DecodeError(f"expected an array, got {describe(value)}")
    items: list[T] = []
    for index, item in enumerate(value):
        try:
            items.append(parse_item(item))
        except DecodeError as exc:
            exc.prepend(index)
            raise
    return items


def parse_union(value: object, *parsers: Callable[[Any], Any]) -> Any:
    """The first reading of `value` that one of `parsers` accepts."""
    reasons: list[str] = []
    for parse in parsers:
        try:
            return parse(value)
        except DecodeError as exc:
            reasons.append(f"{exc.path}: {exc.reason}" if exc.segments else exc.reason)
    raise DecodeError(f"matches none of the allowed forms ({'; '.join(reasons)})")


__all__ = [
    "UNSET",
    "DecodeError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
