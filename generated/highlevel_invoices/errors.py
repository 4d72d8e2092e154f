"""The exceptions every call can raise: a call returns its success model or raises one.

    HighLevelError
    ├── APIStatusError               the API answered with an error status
    │   ├── BadRequestError          400
    │   ├── AuthenticationError      401
    │   ├── PermissionDeniedError    403
    │   ├── NotFoundError            404
    │   ├── UnprocessableEntityError 422 (`messages`: one per broken rule)
    │   ├── RateLimitError           429 (`retry_after`, X-RateLimit-* figures)
    │   └── InternalServerError      5xx
    ├── APIConnectionError           no usable answer (refused, reset, bad HTTP)
    │   └── APITimeoutError          a timeout (connect, read, write or pool)
    └── ResponseValidationError      a 2xx body that breaks the spec (`path`)

Each carries the request `method` and `url` and the number of `attempts` made; when
there was an answer, also the `status_code`, `message`/`messages`, `trace_id` and the
`httpx.Response`. No error ever shows request headers, so the bearer token never
appears in `str()`/`repr()` of an error.
"""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .types import DecodeError

T = TypeVar("T")

#: Key of `httpx.Request.extensions` where the retry transport records how many
#: attempts a request took.
ATTEMPTS_EXTENSION = "highlevel_invoices.attempts"


def attempts_of(request: httpx.Request | None) -> int:
    if request is None:
        return 1
    value = request.extensions.get(ATTEMPTS_EXTENSION, 1)
    return value if isinstance(value, int) else 1


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


class HighLevelError(Exception):
    """Base class of every error raised by this client."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.attempts = attempts

    def _where(self) -> str:
        return f" ({self.method} {self.url})" if self.method and self.url else ""

    def __str__(self) -> str:
        return f"{self.message}{self._where()}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, method={self.method!r}, "
            f"url={self.url!r}, attempts={self.attempts})"
        )


class APIStatusError(HighLevelError):
    """The API answered with an error status. `body` is the decoded JSON body (or
    None), `parsed_body` the
    matching model of `models` when the body fits the spec."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        messages: list[str] | None = None,
        trace_id: str | None = None,
        error: str | None = None,
        body: object = None,
        parsed_body: object = None,
    ) -> None:
        request = _request_of(response)
        super().__init__(
            message,
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.response = response
        self.status_code = response.status_code
        self.messages = messages if messages is not None else [message]
        self.trace_id = trace_id
        self.error = error
        self.body = body
        self.parsed_body = parsed_body

    def __str__(self) -> str:
        trace = f" [traceId {self.trace_id}]" if self.trace_id else ""
        return f"{self.status_code} {self.message}{trace}{self._where()}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"message={self.message!r}, trace_id={self.trace_id!r}, "
            f"method={self.method!r}, url={self.url!r}, attempts={self.attempts})"
        )


class BadRequestError(APIStatusError):
    """400: the API could not read the request."""


class AuthenticationError(APIStatusError):
    """401: no, an invalid or an expired token, a token without the scope, or a
    missing/invalid Version header."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not act for this location."""


class NotFoundError(APIStatusError):
    """404: e.g. the invoice named by `id` does not exist."""


class UnprocessableEntityError(APIStatusError):
    """422: the request broke validation rules; `messages` lists one message per
    broken rule."""


class RateLimitError(APIStatusError):
    """429: over the burst or daily limit. `retry_after` is in seconds (from
    Retry-After, else from the
    X-RateLimit-* headers, else None); the X-RateLimit-* figures are given as sent
    (None when absent)."""

    def __init__(
        self, message: str, *, response: httpx.Response, **kwargs: Any
    ) -> None:
        super().__init__(message, response=response, **kwargs)
        limits = RateLimitHeaders.from_headers(response.headers)
        self.limit_max = limits.max
        self.limit_remaining = limits.remaining
        self.limit_interval_ms = limits.interval_ms
        self.limit_daily = limits.daily
        self.limit_daily_remaining = limits.daily_remaining
        self.retry_after = limits.retry_after()


class InternalServerError(APIStatusError):
    """5xx: the API failed. A POST is not resent after one unless the client allows it
    (retry_unsafe_posts)."""


class APIConnectionError(HighLevelError):
    """No usable answer: the connection failed, was reset, or the server broke the
    HTTP protocol."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(
            message,
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.request = request


class APITimeoutError(APIConnectionError):
    """A timeout (connect, read, write or pool). After a read or write timeout a POST
    may have been processed."""


class ResponseValidationError(HighLevelError):
    """A success response whose body breaks the spec. `path` names the field (wire
    names, e.g. `invoice.total`;
    empty for the body itself) and `reason` what is wrong with it."""

    def __init__(self, response: httpx.Response, *, path: str, reason: str) -> None:
        request = _request_of(response)
        where = path or "<body>"
        super().__init__(
            f"response body breaks the spec at {where}: {reason}",
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.response = response
        self.status_code = response.status_code
        self.path = path
        self.reason = reason


#: Kept for code written against the generator's default errors module.
UnexpectedStatus = APIStatusError


class RateLimitHeaders:
    """The vendor's rate-limit headers of one response; None for each header that is
    absent or not an integer."""

    __slots__ = (
        "daily",
        "daily_remaining",
        "interval_ms",
        "max",
        "remaining",
        "retry_after_header",
    )

    def __init__(
        self,
        *,
        max: int | None = None,
        remaining: int | None = None,
        interval_ms: int | None = None,
        daily: int | None = None,
        daily_remaining: int | None = None,
        retry_after_header: float | None = None,
    ) -> None:
        self.max = max
        self.remaining = remaining
        self.interval_ms = interval_ms
        self.daily = daily
        self.daily_remaining = daily_remaining
        self.retry_after_header = retry_after_header

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "RateLimitHeaders":
        found = _rate_limit_values(headers)
        return cls(
            max=_int_header(found, "x-ratelimit-max"),
            remaining=_int_header(found, "x-ratelimit-remaining"),
            interval_ms=_int_header(found, "x-ratelimit-interval-milliseconds"),
            daily=_int_header(found, "x-ratelimit-limit-daily"),
            daily_remaining=_int_header(found, "x-ratelimit-daily-remaining"),
            retry_after_header=_retry_after(found.get("retry-after")),
        )

    def retry_after(self) -> float | None:
        """Seconds to wait before the next request may pass: Retry-After when sent,
        else one interval when the
        burst window is used up (the window slides, so after one interval every slot
        is free again)."""
        if self.retry_after_header is not None:
            return self.retry_after_header
        if (
            self.remaining == 0
            and self.interval_ms is not None
            and self.interval_ms > 0
        ):
            return self.interval_ms / 1000
        return None


_RATE_LIMIT_NAMES = frozenset(
    {
        "x-ratelimit-max",
        "x-ratelimit-remaining",
        "x-ratelimit-interval-milliseconds",
        "x-ratelimit-limit-daily",
        "x-ratelimit-daily-remaining",
        "retry-after",
    }
)

_RATE_LIMIT_RAW_NAMES = frozenset(name.encode("latin-1") for name in _RATE_LIMIT_NAMES)


def _rate_limit_values(headers: Mapping[str, str]) -> dict[str, str]:
    """The rate-limit headers of `headers` (lower-case names; the first of repeated
    ones), in one pass: httpx.Headers.get would scan every header per name."""
    found: dict[str, str] = {}
    if isinstance(headers, httpx.Headers):
        for raw_name, raw_value in headers.raw:
            lowered = raw_name.lower()
            if lowered in _RATE_LIMIT_RAW_NAMES:
                found.setdefault(lowered.decode("latin-1"), raw_value.decode("latin-1"))
    else:
        for name, value in headers.items():
            if name.lower() in _RATE_LIMIT_NAMES:
                found.setdefault(name.lower(), value)
    return found


def pacing_limits(
    headers: Mapping[str, str],
) -> tuple[int | None, int | None, int | None]:
    """X-RateLimit-Max, -Remaining and -Interval-Milliseconds (None when absent or not
    an integer), as RateLimitHeaders.from_headers reads them, without the rest: the
    pacer reads them on every answer."""
    if not isinstance(headers, httpx.Headers):
        found = _rate_limit_values(headers)
        return (
            _int_header(found, "x-ratelimit-max"),
            _int_header(found, "x-ratelimit-remaining"),
            _int_header(found, "x-ratelimit-interval-milliseconds"),
        )
    values: list[bytes | None] = [None, None, None]
    slot_of = _PACING_SLOTS.get
    for raw_name, raw_value in headers.raw:
        slot = slot_of(raw_name.lower())
        if slot is not None and values[slot] is None:  # the first of repeated ones
            values[slot] = raw_value
    return _int_bytes(values[0]), _int_bytes(values[1]), _int_bytes(values[2])


_PACING_SLOTS = {
    b"x-ratelimit-max": 0,
    b"x-ratelimit-remaining": 1,
    b"x-ratelimit-interval-milliseconds": 2,
}


def _int_bytes(value: bytes | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.decode("latin-1").strip())
    except ValueError:
        return None


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds: delta-seconds, or an HTTP date (RFC 9110)."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils
        import time

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - time.time()
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[APIStatusError]:
    if status in _STATUS_ERRORS:
        return _STATUS_ERRORS[status]
    if 500 <= status <= 599:
        return InternalServerError
    return APIStatusError


def _json_or_none(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:  # not JSON (JSONDecodeError), or not text (UnicodeDecodeError)
        return None


def status_error(
    response: httpx.Response, body_model: Callable[[Any], object] | None = None
) -> APIStatusError:
    """The exception for an error answer, read tolerantly: any body (JSON or not,
    empty, any shape) and any status."""
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
    return _error_class(status)(
        message,
        response=response,
        messages=messages,
        trace_id=trace_id,
        error=error,
        body=body,
        parsed_body=parsed_body,
    )


def decode_success(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Decode a success body with `parse`, raising ResponseValidationError when it is
    not JSON or breaks the spec."""
    try:
        data = response.json()
    except ValueError:
        kind = "empty" if not response.content else "not JSON"
        raise ResponseValidationError(
            response, path="", reason=f"the body is {kind}"
        ) from None
    try:
        return parse(data)
    except DecodeError as exc:
        raise ResponseValidationError(
            response, path=exc.path, reason=exc.reason
        ) from exc


__all__ = [
    "ATTEMPTS_EXTENSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "HighLevelError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitHeaders",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
