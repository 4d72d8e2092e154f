"""The vendor's rate-limit headers, and the pacer that keeps a client within the budget they announce.

The vendor sends X-RateLimit-Max, -Remaining and -Interval-Milliseconds (the burst window), X-RateLimit-Limit-Daily and
-Daily-Remaining, and no reset header; Retry-After is not documented but honoured when sent.
"""

import email.utils
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Mapping

import httpx


class RateLimitHeaders:
    """The vendor's rate-limit headers of one response; None for each header that is absent or not an integer."""

    __slots__ = ("daily", "daily_remaining", "interval_ms", "max", "remaining", "retry_after_header")

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
        """Seconds to wait before the next request may pass: Retry-After when sent, else one interval when the burst
        window is used up (the window slides, so after one interval every slot is free again)."""
        if self.retry_after_header is not None:
            return self.retry_after_header
        if self.remaining == 0 and self.interval_ms is not None and self.interval_ms > 0:
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
    """The rate-limit headers of `headers` (lower-case names; the first of repeated ones), in one pass:
    httpx.Headers.get would scan every header per name."""
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


def pacing_limits(headers: Mapping[str, str]) -> tuple[int | None, int | None, int | None]:
    """X-RateLimit-Max, -Remaining and -Interval-Milliseconds (None when absent or not an integer), as
    RateLimitHeaders.from_headers reads them, without the rest: the pacer reads them on every answer."""
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
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - time.time()
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)


class _Bucket:
    __slots__ = ("done", "in_flight", "interval", "limit", "probed")

    def __init__(self) -> None:
        self.limit: int | None = None
        self.interval = 0.0
        self.probed = False
        self.in_flight = 0
        self.done: deque[float] = deque()


class RateLimitPacer:
    """Keeps requests within the vendor's burst budget, learnt from the X-RateLimit-* headers.

    The vendor counts requests per resource in a sliding window: at most X-RateLimit-Max requests in any
    X-RateLimit-Interval-Milliseconds. The pacer keeps the same window on the client side, stamping each request when
    its answer arrived (no earlier than the server counted it), counting requests in flight, and never letting more than
    the budget into one window; when X-RateLimit-Remaining says fewer are left than it thinks (another process shares
    the token), it believes the server. Until the first answer for a key is in, one request at a time is sent. Buckets
    are kept per base URL and token; one pacer may be shared by several clients, threads and tasks.

    The pacer only says how long to wait (`reserve`); the retry transports do the waiting, and never past the call's
    deadline or `RetryPolicy.max_wait`: a slot further away raises RateLimitWaitError, naming these figures, instead.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic, poll_interval: float = 0.005) -> None:
        self._clock = clock
        self._poll = poll_interval
        self._lock = threading.Lock()
        self._buckets: dict[Hashable, _Bucket] = {}

    @staticmethod
    def key_for(request: httpx.Request) -> Hashable:
        url = request.url
        token = b""
        for name, value in request.headers.raw:  # one pass; Headers.get would lower-case every header
            if name.lower() == b"authorization":
                token = value
                break
        return (url.scheme, url.host, url.port, hash(token))

    def reserve(self, key: Hashable) -> float:
        """Take a slot (returns 0.0) or say how many seconds to wait before asking again."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket()
            if not bucket.probed:
                if bucket.in_flight == 0:
                    bucket.in_flight = 1
                    return 0.0
                return self._poll
            if bucket.limit is None:
                bucket.in_flight += 1
                return 0.0
            cutoff = self._clock() - bucket.interval
            done = bucket.done
            while done and done[0] <= cutoff:
                done.popleft()
            if len(done) + bucket.in_flight < bucket.limit:
                bucket.in_flight += 1
                return 0.0
            if done:
                return max(done[0] - cutoff, 0.0005)
            return self._poll

    def demand(self, key: Hashable) -> tuple[int | None, int | None]:
        """The budget last learnt for `key`: X-RateLimit-Max and X-RateLimit-Interval-Milliseconds (None: not known)."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None or bucket.limit is None:
                return None, None
            return bucket.limit, round(bucket.interval * 1000)

    def release(self, key: Hashable, headers: Mapping[str, str] | None) -> None:
        """Give back the slot of a finished request, learning from the answer's headers (None: no answer)."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                return
            now = self._clock()
            bucket.in_flight = max(bucket.in_flight - 1, 0)
            bucket.done.append(now)
            bucket.probed = True
            if headers is None:
                return
            limit, remaining, interval_ms = pacing_limits(headers)
            if limit is not None and limit > 0 and interval_ms is not None and interval_ms > 0:
                bucket.limit = limit
                bucket.interval = interval_ms / 1000
            if bucket.limit is None or remaining is None:
                return
            done = bucket.done
            cutoff = now - bucket.interval
            while done and done[0] <= cutoff:
                done.popleft()
            available = bucket.limit - len(done) - bucket.in_flight
            if remaining < available:
                done.extend([now] * (available - max(remaining, 0)))
            elif remaining > available and bucket.in_flight == 0:
                for _ in range(min(remaining - available, len(done))):
                    done.popleft()


__all__ = ["RateLimitHeaders", "RateLimitPacer", "pacing_limits"]
