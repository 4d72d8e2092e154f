"""The glue between decoding and the exceptions: an answer read as a success model or as a typed error, and request
input read strictly against the spec.

* `decode_success` reads a 2xx body with the operation's decoder, strictly first (the cheapest path: most answers fit
  the spec) and tolerantly only when that fails, so that a field more or less than the docs never turns a success into
  an exception (see `decoding`). Bodies are parsed by `decoding.load_json`, so JSON nested deeper than
  `MAX_JSON_DEPTH` is a ResponseValidationError, never a RecursionError.
* `status_error` reads any error answer (JSON or not, empty, any shape, any status) into the exception `errors` maps
  its status to.
* `read_input` and `read_body` check request input (a TypedDict, a plain dict) before anything is sent.
"""

import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from .decoding import DecodeError, decode, decoding, load_json
from .errors import APIStatusError, RequestValidationError, ResponseValidationError, error_class, request_of

T = TypeVar("T")

logger = logging.getLogger("highlevel_invoices")


class Model(Protocol):
    """What every generated model offers: reading from and writing to its JSON object."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)


def _json_or_none(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return load_json(response.content)
    except DecodeError:  # not JSON, not text, or nested too deeply
        return None


def status_error(response: httpx.Response, body_model: Callable[[Any], object] | None = None) -> APIStatusError:
    """The exception for an error answer, read tolerantly: any body (JSON or not, empty, any shape) and any status.

    `body_model` is the decoder of the error body the operation documents for that status; the error keeps its reading
    as `parsed_body` when the body fits it.
    """
    status = response.status_code
    body = _json_or_none(response)
    message: str | None = None
    messages: list[str] | None = None
    trace_id: str | None = None
    error: str | None = None
    parsed_body: object = None
    if isinstance(body, Mapping):
        raw_message = body.get("message")
        if isinstance(raw_message, str):
            message = raw_message
        elif isinstance(raw_message, list):
            messages = [str(item) for item in raw_message]
            message = "; ".join(messages)
        raw_trace = body.get("traceId")
        trace_id = raw_trace if isinstance(raw_trace, str) else None
        raw_error = body.get("error")
        error = raw_error if isinstance(raw_error, str) else None
        if body_model is not None:
            try:
                parsed_body = body_model(body)
            except DecodeError:
                parsed_body = None
    if message is None:
        message = error or response.reason_phrase or "error"
    return error_class(status)(
        message,
        response=response,
        messages=messages,
        trace_id=trace_id,
        error=error,
        body=body,
        parsed_body=parsed_body,
    )


def decode_success(
    response: httpx.Response, parse: Callable[[Any], T], *, strict: bool = False
) -> tuple[T, tuple[str, ...]]:
    """Decode a success body with `parse`, returning the value and the problems that were tolerated.

    In strict mode any difference from the spec raises ResponseValidationError; otherwise only a body whose top-level
    shape is unusable does (see the error's docstring), and each tolerated difference is logged once as a warning.
    """
    try:
        data = load_json(response.content)
    except DecodeError as exc:
        raise ResponseValidationError(response, path="", reason=exc.reason) from None
    try:
        return parse(data), ()  # a bare reading is the strict one, and the cheapest: most answers fit the spec
    except DecodeError as exc:
        if strict:
            raise ResponseValidationError(
                response, path=exc.path, reason=exc.reason, body=data, partial=_salvage(parse, data)
            ) from exc
    try:
        value, found = decode(parse, data, strict=False)
    except DecodeError as exc:
        raise ResponseValidationError(
            response, path=exc.path, reason=exc.reason, body=data, partial=_salvage(parse, data)
        ) from exc
    if not found:
        return value, ()
    problems = tuple(str(problem) for problem in found)
    _warn_once(response, problems)
    return value, problems


def _salvage(parse: Callable[[Any], T], data: object) -> T | None:
    """The most tolerant reading of `data`: every field that can be read, top level included; None if none can."""
    try:
        with decoding(strict=False) as context:
            context.depth = 1  # as if the body were nested: its own fields are tolerated too
            return parse(data)
    except DecodeError:
        return None


_WARNED: set[tuple[str, tuple[str, ...]]] = set()
_WARNED_LIMIT = 1000


def _warn_once(response: httpx.Response, problems: tuple[str, ...]) -> None:
    request = request_of(response)
    where = f"{request.method} {request.url.path}" if request is not None else "response"
    key = (where, problems)
    if key in _WARNED:
        return
    if len(_WARNED) < _WARNED_LIMIT:
        _WARNED.add(key)
    logger.warning("%s: the answer differs from the spec; read tolerantly: %s", where, "; ".join(problems))


def read_input(parse: Callable[[Any], T], data: object, *, what: str = "body") -> T:
    """Read request input `data` (e.g. a TypedDict) with `parse`, strictly: RequestValidationError on any breach."""
    try:
        with decoding(strict=True):
            return parse(data)
    except DecodeError as exc:
        raise RequestValidationError(what, exc) from None


def read_body(model: type[M], body: M | Mapping[str, Any], *, what: str = "body") -> dict[str, Any]:
    """The JSON object to send for a request body given as a `model` instance or as its TypedDict (checked first)."""
    if not isinstance(body, model):
        body = read_input(model.from_dict, body, what=what)
    return body.to_dict()


__all__ = ["Model", "decode_success", "read_body", "read_input", "status_error"]
