"""The vendor's rate limits: a burst window and a daily quota per resource (a location, or a company).

Every answer to an authenticated request carries the vendor's headers. A request over the burst or the daily
quota is refused and does not count. The burst window slides: a request counts for `interval_ms` after it.
Requests are counted once the token is known (the limit is per resource), before scopes and validation.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]
_DAY = 86_400.0


@dataclass(frozen=True)
class RateLimitConfig:
    max_requests: int = 100
    interval_ms: int = 10_000
    daily_limit: int = 200_000

    def __post_init__(self) -> None:
        if min(self.max_requests, self.interval_ms, self.daily_limit) <= 0:
            raise ValueError("rate limit values must be positive")


@dataclass(frozen=True)
class RateLimitDecision:
    allowed: bool
    headers: dict[str, str]
    retry_after_seconds: int  # 0 when allowed


class RateLimiter:
    def __init__(self, config: RateLimitConfig, clock: Clock) -> None:
        self.config = config
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}
        self._days: dict[str, tuple[int, int]] = {}  # resource -> (day number, requests that day)

    def hit(self, resource: str) -> RateLimitDecision:
        now = self._clock()
        interval = self.config.interval_ms / 1000
        today = math.floor(now / _DAY)
        with self._lock:
            window = self._windows.setdefault(resource, deque())
            while window and window[0] <= now - interval:
                window.popleft()
            day, used_today = self._days.get(resource, (today, 0))
            if day != today:
                used_today = 0
            retry_after = 0
            allowed = False
            if used_today >= self.config.daily_limit:
                retry_after = max(math.ceil((today + 1) * _DAY - now), 1)
            elif len(window) >= self.config.max_requests:
                retry_after = max(math.ceil(window[0] + interval - now), 1)
            else:
                allowed = True
                window.append(now)
                used_today += 1
            self._days[resource] = (today, used_today)
            headers = self._headers(used_today, len(window))
        return RateLimitDecision(allowed, headers, retry_after)

    def peek(self, resource: str) -> dict[str, str]:
        """The headers an answer for `resource` carries now, without counting a request."""
        now = self._clock()
        interval = self.config.interval_ms / 1000
        with self._lock:
            in_window = sum(1 for hit in self._windows.get(resource, ()) if hit > now - interval)
            day, used_today = self._days.get(resource, (math.floor(now / _DAY), 0))
            if day != math.floor(now / _DAY):
                used_today = 0
            return self._headers(used_today, in_window)

    def _headers(self, used_today: int, in_window: int) -> dict[str, str]:
        return {
            "X-RateLimit-Limit-Daily": str(self.config.daily_limit),
            "X-RateLimit-Daily-Remaining": str(max(self.config.daily_limit - used_today, 0)),
            "X-RateLimit-Interval-Milliseconds": str(self.config.interval_ms),
            "X-RateLimit-Max": str(self.config.max_requests),
            "X-RateLimit-Remaining": str(max(self.config.max_requests - in_window, 0)),
        }
