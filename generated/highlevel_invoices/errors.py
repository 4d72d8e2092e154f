"""The exception hierarchy: a call returns its success model or raises one of these (reading.py builds them).

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
    │   └── APITimeoutError          a timeout: the call's, or one phase's (`timeout`, `phase`)
    ├── RateLimitWaitError           the pacer would wait past the call's deadline or its cap; nothing was sent
    ├── ResponseBodyError            an answer's body that cannot be read within bounds (unknown or corrupt encoding)
    │   └── ResponseTooLargeError    an answer larger than `max_response_size` once decompressed (`limit`)
    ├── ResponseValidationError      a 2xx body whose top-level shape is unusable (`path`, `content`, `partial`);
    │                                also a body that is not JSON or is nested too deeply
    ├── RequestValidationError       request input that breaks the spec (unknown key, wrong type); nothing was sent
    ├── MissingTokenError            no token given and none in HIGHLEVEL_TOKEN
    └── MissingLocationError         no location id given and none set on the client or in HIGHLEVEL_LOCATION_ID

Each error of a call carries the request `method` and `url` and the number of `attempts` made; when there was an answer,
also the `status_code`, `message`/`messages`, `trace_id` and the `httpx.Response`. No error ever shows request headers,
so the bearer token never appears in `str()`/`repr()` of an error.
"""

from typing import Any

import httpx

from .decoding import DecodeError
from .ratelimit import RateLimitHeaders

#: Key of `httpx.Request.extensions` where the retry transport records how many attempts a request took.
ATTEMPTS_EXTENSION = "highlevel_invoices.attempts"


def attempts_of(request: httpx.Request | None) -> int:
    """How many attempts the retry transport made for `request` (1 when it was sent without one)."""
    if request is None:
        return 1
    value = request.extensions.get(ATTEMPTS_EXTENSION, 1)
    return value if isinstance(value, int) else 1


def request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


class HighLevelError(Exception):
    """Base class of every error raised by this client."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None, attempts: int = 1) -> None:
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
    """The API answered with an error status. `body` is the decoded JSON body (or None), `parsed_body` the matching
    model of `models` when the body fits the spec."""

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
        request = request_of(response)
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
    """401: no, an invalid or an expired token, a token without the scope, or a missing/invalid Version header."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not act for this location."""


class NotFoundError(APIStatusError):
    """404: e.g. the invoice named by `id` does not exist."""


class UnprocessableEntityError(APIStatusError):
    """422: the request broke validation rules; `messages` lists one message per broken rule."""


class RateLimitError(APIStatusError):
    """429: over the burst or daily limit. `retry_after` is in seconds (from Retry-After, else from the X-RateLimit-*
    headers, else None); the X-RateLimit-* figures are given as sent (None when absent)."""

    def __init__(self, message: str, *, response: httpx.Response, **kwargs: Any) -> None:
        super().__init__(message, response=response, **kwargs)
        limits = RateLimitHeaders.from_headers(response.headers)
        self.limit_max = limits.max
        self.limit_remaining = limits.remaining
        self.limit_interval_ms = limits.interval_ms
        self.limit_daily = limits.daily
        self.limit_daily_remaining = limits.daily_remaining
        self.retry_after = limits.retry_after()


class InternalServerError(APIStatusError):
    """5xx: the API failed. A POST is not resent after one unless the client allows it (retry_unsafe_posts)."""


class APIConnectionError(HighLevelError):
    """No usable answer: the connection failed, was reset, or the server broke the HTTP protocol."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(
            message,
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.request = request


class APITimeoutError(APIConnectionError):
    """A timeout. After a read or write timeout a POST may have been processed.

    `phase` says which limit ran out: "total" (the call's timeout, see the deadline model in `deadline`), or "connect",
    "read", "write" or "pool" (a limit per phase of an httpx.Timeout); `timeout` is that limit in seconds (None when
    unknown). The message names both, and the attempts made.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        timeout: float | None = None,
        phase: str | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.timeout = timeout
        self.phase = phase


class RateLimitWaitError(HighLevelError):
    """The rate-limit pacer would have to hold the request past the call's deadline or past its cap
    (`RetryPolicy.max_wait`), so the request was not sent.

    `wait` is the wait in seconds the server's figures demand, `limit` and `interval_ms` those figures (the last
    X-RateLimit-Max and X-RateLimit-Interval-Milliseconds; None when not known), `allowed` the seconds the deadline or
    the cap left.
    """

    def __init__(
        self,
        request: httpx.Request,
        *,
        wait: float,
        allowed: float,
        bound: str,
        limit: int | None,
        interval_ms: int | None,
    ) -> None:
        demand = (
            f"the server allows {limit} request(s) per {interval_ms} ms (X-RateLimit-Max, "
            f"X-RateLimit-Interval-Milliseconds)"
            if limit is not None and interval_ms is not None
            else "earlier requests still hold every slot the server's rate limit allows"
        )
        super().__init__(
            f"{demand}: the next slot is {wait:.3f} s away, past {bound} ({max(allowed, 0.0):.3f} s left); "
            "the request was not sent",
            method=request.method,
            url=str(request.url),
            attempts=attempts_of(request),
        )
        self.request = request
        self.wait = wait
        self.allowed = allowed
        self.limit = limit
        self.interval_ms = interval_ms


class ResponseBodyError(HighLevelError):
    """An answer whose body the client cannot read within its bounds: an encoding it does not read, a corrupt
    compressed body. `status_code` and `headers` are the answer's. After a 2xx to a POST the request did succeed."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        request = request_of(response)
        succeeded = " (the request succeeded; its answer is lost)" if 200 <= response.status_code < 300 else ""
        super().__init__(
            f"{message}{succeeded}",
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.status_code = response.status_code
        self.headers = response.headers


class ResponseTooLargeError(ResponseBodyError):
    """An answer whose body, once decompressed, is larger than the client's `max_response_size` (`limit`, in bytes).
    The body was read only up to the limit and dropped."""

    def __init__(self, *, response: httpx.Response, limit: int) -> None:
        super().__init__(
            f"the answer's body is larger than max_response_size ({limit} bytes, decompressed)", response=response
        )
        self.limit = limit


class ResponseValidationError(HighLevelError):
    """A success answer whose body cannot be read as the spec's success shape, so no model can be returned.

    It is raised only when the body is not JSON, has the wrong top-level type, or a field of its top level is missing or
    unreadable; differences deeper down are tolerated (see `Response.problems`). The request did succeed, so the error
    keeps everything the answer carried: `content` (the raw bytes), `body` (the decoded JSON, or None), and `partial`, a
    tolerant reading of every field that could be read (None when the body is not a JSON object). For an operation that
    creates something, `partial` is where its id and number are, e.g. `error.partial.invoice.id`. `path` names the field
    that broke (wire names, e.g. `invoice`; empty for the body itself) and `reason` what is wrong with it.
    """

    def __init__(
        self, response: httpx.Response, *, path: str, reason: str, body: object = None, partial: object = None
    ) -> None:
        request = request_of(response)
        where = path or "<body>"
        super().__init__(
            f"response body breaks the spec at {where}: {reason}",
            method=request.method if request is not None else None,
            url=str(request.url) if request is not None else None,
            attempts=attempts_of(request),
        )
        self.response = response
        self.status_code = response.status_code
        self.content = response.content
        self.path = path
        self.reason = reason
        self.body = body
        self.partial = partial


class RequestValidationError(HighLevelError, ValueError):
    """Request input that breaks the spec, found before anything was sent.

    `path` names the field in wire names (e.g. `items[0].qty`) and `reason` what is wrong; an unknown key is reported
    with the nearest valid name (`acton: unknown field; did you mean 'action'?`).
    """

    def __init__(self, what: str, error: DecodeError) -> None:
        self.path = error.path
        self.reason = error.reason
        where = f"{what}.{error.path}" if error.path else what
        super().__init__(f"{where}: {error.reason}")


class MissingTokenError(HighLevelError):
    """No token was given and the environment variable HIGHLEVEL_TOKEN is not set."""


class MissingLocationError(HighLevelError, ValueError):
    """An operation needs a location id and none was given (`alt_id=`), set on the client (`location_id=`) or in the
    environment variable HIGHLEVEL_LOCATION_ID; nothing was sent."""


#: Kept for code written against the generator's default errors module.
UnexpectedStatus = APIStatusError


#: The exception of each error status the API documents (5xx: InternalServerError; others: APIStatusError).
STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    """The exception class for an answer with the error status `status`: the one place statuses map to errors."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    if 500 <= status <= 599:
        return InternalServerError
    return APIStatusError


__all__ = [
    "ATTEMPTS_EXTENSION",
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "HighLevelError",
    "InternalServerError",
    "MissingLocationError",
    "MissingTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitWaitError",
    "RequestValidationError",
    "ResponseBodyError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "attempts_of",
    "error_class",
    "request_of",
]
