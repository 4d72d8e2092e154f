"""Shared types of the generated package: the UNSET marker, file uploads and the detailed `Response`."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of `UNSET`: a field the wire did not carry (falsy, never sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class NotGiven:
    """The type of `NOT_GIVEN`: a per-call option the caller did not pass (unlike None, which may mean "no limit")."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: NotGiven = NotGiven()


def without_unset(fields: Mapping[str, object]) -> dict[str, object]:
    """`fields` without the UNSET ones: a request body built from keyword arguments, as the wire carries it."""
    return {key: value for key, value in fields.items() if value is not UNSET}


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
    """A file to upload as multipart/form-data."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response from an endpoint, with the decoded body in `parsed`.

    `attempts` is how many times the request was sent (1 when it succeeded first time). `problems` lists where the body
    differed from the spec in ways the client tolerated (a documented field missing, a value of another type), as
    `path: reason` with wire names, e.g. `invoice.title: required field is missing`; it is empty when the body matched
    the spec.
    """

    status_code: HTTPStatus
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T
    attempts: int = 1
    problems: tuple[str, ...] = ()


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "File",
    "FileTypes",
    "NotGiven",
    "RequestFiles",
    "Response",
    "Unset",
    "without_unset",
]
