"""Retries and pacing as an httpx transport: `RetryTransport` and `AsyncRetryTransport` wrap any httpx transport.

* Retries with exponential backoff and full jitter on 429 (waiting as long as Retry-After, else the X-RateLimit-*
  headers, say), on 502/503/504 and on connection failures, including a failure while the body of the answer is read (a
  reset or a truncated body after the headers arrived).
* Idempotent requests (GET, ...) are retried freely. A POST only when it provably never reached the server (connect
  error, connect or pool timeout) or was refused before processing (429), unless `RetryPolicy.retry_unsafe_posts` is
  set: a POST is not resent after a read or write timeout, a broken answer or a 5xx, because the server may have
  processed it (a second invoice).
* Pacing by a `RateLimitPacer` shared across the threads and tasks that use the transport.
* Bounds (see `deadline` and `bodies`): every attempt, wait and body read ends by the call's deadline; a wait that would
  end past it (or past `RetryPolicy.max_wait`) is not started: a retry is given up (the last answer or error is raised),
  a pacing slot raises RateLimitWaitError. Every body is read here, counting at most `max_response_size` bytes
  decompressed, so a connection that breaks while the body arrives is retried like one that breaks before (for
  requests that may be resent).
* Debug logging on the `highlevel_invoices` logger: method, URL, status, attempt and timing (never headers, so never the
  token).

A request may carry its own policy in `request.extensions[POLICY_EXTENSION]` (what per-call and `with_options` settings
of the clients use); otherwise the transport's policy applies.
"""

import asyncio
import logging
import random
import time
from collections.abc import Callable, Hashable

import httpx
from attrs import define

from .bodies import DEFAULT_MAX_RESPONSE_SIZE, aread_body, read_body
from .deadline import (
    CURRENT,
    DEADLINE_EXTENSION,
    AsyncBoundedHTTPTransport,
    BoundedHTTPTransport,
    Deadline,
    clip_phases,
    deadline_of,
    total_of,
)
from .errors import ATTEMPTS_EXTENSION, RateLimitWaitError
from .ratelimit import RateLimitHeaders, RateLimitPacer

logger = logging.getLogger("highlevel_invoices")

#: Key of `httpx.Request.extensions` for a RetryPolicy that overrides the transport's own for one request.
POLICY_EXTENSION = "highlevel_invoices.retry_policy"
#: Key of `httpx.Request.extensions` for the operation's own resend rule (the spec's `x-resend`), which overrides the
#: method's: "always" (resending changes nothing, e.g. a void), "never" (never after an ambiguous failure, whatever
#: `retry_unsafe_posts` says: a payment or an email twice), "opt-in" (only with `retry_unsafe_posts`).
RESEND_EXTENSION = "highlevel_invoices.resend"
#: Methods that may be resent whatever happened to the first attempt.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Transport errors that prove the request never reached the server: safe to resend even a POST.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Transport errors after which an idempotent request is resent.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@define(frozen=True)
class RetryEvent:
    """Passed to `RetryPolicy.on_retry` before each resend; `attempt` is the attempt that failed (1 = the first)."""

    method: str
    url: str
    attempt: int
    delay: float
    status_code: int | None = None
    error: str | None = None


@define(frozen=True)
class RetryPolicy:
    """When and how long to wait before resending a request.

    Attributes:
        max_retries: Resends after the first attempt (so at most `max_retries + 1` attempts).
        backoff_initial: Upper bound of the first backoff, in seconds; it doubles per attempt ("full jitter": the wait
            is uniformly random between 0 and the bound).
        backoff_max: Cap of the backoff bound, in seconds.
        max_wait: Longest wait at once, in seconds: for one resend (a 429 asking for more, e.g. because the daily quota
            is used up, is raised as RateLimitError) and for a rate-limit pacing slot (one further away raises
            RateLimitWaitError). Every wait also ends by the call's deadline (see `deadline`).
        retry_unsafe_posts: Also resend non-idempotent requests (POST) after a read or write timeout, a broken answer or
            a 502/503/504. Off by default: the first request may have created an invoice.
        retry_statuses: Statuses that are retried (429 always follows the rate-limit rules).
        on_retry: Called with a RetryEvent before each resend.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    max_wait: float = 60.0
    retry_unsafe_posts: bool = False
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    on_retry: Callable[[RetryEvent], None] | None = None

    def backoff(self, attempt: int) -> float:
        """A random wait before resending after attempt number `attempt` failed."""
        return random.uniform(0, min(self.backoff_max, self.backoff_initial * 2 ** (attempt - 1)))

    def may_resend(self, request: httpx.Request) -> bool:
        """Whether `request` may be resent after it may have been processed: by its operation's rule when it carries
        one (RESEND_EXTENSION), else when it is idempotent or unsafe posts are allowed."""
        rule = request.extensions.get(RESEND_EXTENSION)
        if rule is not None:
            return rule == "always" or (rule == "opt-in" and self.retry_unsafe_posts)
        return self.retry_unsafe_posts or request.method in IDEMPOTENT_METHODS

    def delay_after_error(self, request: httpx.Request, attempt: int, error: Exception) -> float | None:
        """Seconds to wait before resending after a transport error, or None to give up."""
        if attempt > self.max_retries:
            return None
        if isinstance(error, NOT_SENT_ERRORS) or (isinstance(error, RETRYABLE_ERRORS) and self.may_resend(request)):
            return self.backoff(attempt)
        return None

    def delay_after_response(self, request: httpx.Request, attempt: int, response: httpx.Response) -> float | None:
        """Seconds to wait before resending after `response`, or None to hand the response over."""
        status = response.status_code
        if attempt > self.max_retries or status not in self.retry_statuses:
            return None
        if status == 429:  # refused before processing: safe to resend whatever the method
            wait = RateLimitHeaders.from_headers(response.headers).retry_after()
            if wait is None:
                return self.backoff(attempt)
            if wait > self.max_wait:
                return None
            return wait + random.uniform(0, min(0.05 * wait, 1.0))
        if self.may_resend(request):
            return self.backoff(attempt)
        return None


class _RetryCore:
    def __init__(self, policy: RetryPolicy | None, pacer: RateLimitPacer | None, max_response_size: int) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer
        self.max_response_size = max_response_size

    @staticmethod
    def deadline_for(request: httpx.Request) -> Deadline:
        """The call's deadline (stamped by the client); a request sent without one gets the default bound from now."""
        deadline = deadline_of(request)
        if deadline is None:
            deadline = request.extensions[DEADLINE_EXTENSION] = Deadline(total_of(None))
        return deadline

    @staticmethod
    def fits(deadline: Deadline, delay: float) -> bool:
        """Whether a wait of `delay` seconds ends before the deadline, leaving a moment for another attempt."""
        return time.monotonic() + delay < deadline.at

    @staticmethod
    def pacing_wait(
        pacer: RateLimitPacer,
        *,
        key: Hashable,
        request: httpx.Request,
        policy: RetryPolicy,
        deadline: Deadline,
        wait: float,
        waited_since: float | None,
    ) -> float:
        """When the pacer asks to wait `wait` s: the time the wait started (now, on the first ask), after checking that
        it ends within the call's deadline and `policy.max_wait`; RateLimitWaitError otherwise."""
        now = time.monotonic()
        since = now if waited_since is None else waited_since
        cap_at = since + policy.max_wait
        if now + wait <= min(cap_at, deadline.at):
            return since
        limit, interval_ms = pacer.demand(key)
        if deadline.at <= cap_at:
            bound, allowed = f"the call's timeout of {deadline.total:g} s", deadline.at - now
        else:
            bound, allowed = f"the pacing cap (RetryPolicy.max_wait = {policy.max_wait:g} s)", cap_at - now
        raise RateLimitWaitError(request, wait=wait, allowed=allowed, bound=bound, limit=limit, interval_ms=interval_ms)

    def policy_for(self, request: httpx.Request) -> RetryPolicy:
        """The request's own policy (per-call options), else the transport's."""
        own = request.extensions.get(POLICY_EXTENSION)
        return own if isinstance(own, RetryPolicy) else self.policy

    @staticmethod
    def _retry_event(
        policy: RetryPolicy,
        request: httpx.Request,
        *,
        attempt: int,
        delay: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> None:
        event = RetryEvent(
            method=request.method,
            url=str(request.url),
            attempt=attempt,
            delay=delay,
            status_code=response.status_code if response is not None else None,
            error=type(error).__name__ if error is not None else None,
        )
        logger.debug(
            "%s %s: attempt %d failed (%s), resending in %.3f s",
            event.method,
            event.url,
            attempt,
            event.status_code or event.error,
            delay,
        )
        if policy.on_retry is not None:
            policy.on_retry(event)

    @staticmethod
    def _log(request: httpx.Request, attempt: int, started: float, outcome: object) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d)", request.method, request.url, outcome, elapsed_ms, attempt
            )


class RetryTransport(httpx.BaseTransport, _RetryCore):
    """Wraps an httpx transport with the retry rules of `policy`, the pacing of `pacer` (None: no pacing) and the
    bounds of the call's deadline and `max_response_size` (bytes of a body, decompressed).

    The default transport is `BoundedHTTPTransport`, httpx's HTTP transport with every socket operation cut to the
    deadline.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pacer: RateLimitPacer | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        _RetryCore.__init__(self, policy, pacer, max_response_size)
        self.transport = transport if transport is not None else BoundedHTTPTransport()
        self.bounded = getattr(self.transport, "bounded", False) is True

    def _acquire(
        self, pacer: RateLimitPacer, key: Hashable, request: httpx.Request, policy: RetryPolicy, deadline: Deadline
    ) -> None:
        since: float | None = None
        while (wait := pacer.reserve(key)) > 0:
            since = self.pacing_wait(
                pacer, key=key, request=request, policy=policy, deadline=deadline, wait=wait, waited_since=since
            )
            time.sleep(wait)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = self.deadline_for(request)
        token = CURRENT.set(deadline)
        try:
            return self._send(request, deadline)
        finally:
            CURRENT.reset(token)

    def _send(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        pacer = self.pacer
        policy = self.policy_for(request)
        key = pacer.key_for(request) if pacer is not None else None
        attempt = 0
        while True:
            attempt += 1
            request.extensions[ATTEMPTS_EXTENSION] = attempt
            if pacer is not None:
                self._acquire(pacer, key, request, policy, deadline)
            debug = logger.isEnabledFor(logging.DEBUG)  # no timing or log work otherwise
            started = time.perf_counter() if debug else 0.0
            released = False
            try:
                clip_phases(request, deadline)
                response = self.transport.handle_request(request)
                if pacer is not None:
                    pacer.release(key, response.headers)
                    released = True
                response = read_body(response, request, self.max_response_size, deadline, bounded=self.bounded)
            except httpx.TransportError as exc:
                if pacer is not None and not released:
                    pacer.release(key, None)
                if debug:
                    self._log(request, attempt, started, type(exc).__name__)
                delay = policy.delay_after_error(request, attempt, exc)
                if delay is None or not self.fits(deadline, delay):
                    raise
                self._retry_event(policy, request, attempt=attempt, delay=delay, response=None, error=exc)
                time.sleep(delay)
                continue
            except BaseException:
                if pacer is not None and not released:
                    pacer.release(key, None)
                raise
            if debug:
                self._log(request, attempt, started, response.status_code)
            delay = policy.delay_after_response(request, attempt, response)
            if delay is None or not self.fits(deadline, delay):
                return response
            response.close()
            self._retry_event(policy, request, attempt=attempt, delay=delay, response=response, error=None)
            time.sleep(delay)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport, _RetryCore):
    """The asyncio twin of `RetryTransport` (same rules, same pacer type; default `AsyncBoundedHTTPTransport`)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pacer: RateLimitPacer | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        _RetryCore.__init__(self, policy, pacer, max_response_size)
        self.transport = transport if transport is not None else AsyncBoundedHTTPTransport()
        self.bounded = getattr(self.transport, "bounded", False) is True

    async def _acquire(
        self, pacer: RateLimitPacer, key: Hashable, request: httpx.Request, policy: RetryPolicy, deadline: Deadline
    ) -> None:
        since: float | None = None
        while (wait := pacer.reserve(key)) > 0:
            since = self.pacing_wait(
                pacer, key=key, request=request, policy=policy, deadline=deadline, wait=wait, waited_since=since
            )
            await asyncio.sleep(wait)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = self.deadline_for(request)
        token = CURRENT.set(deadline)
        try:
            return await self._send(request, deadline)
        finally:
            CURRENT.reset(token)

    async def _send(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        pacer = self.pacer
        policy = self.policy_for(request)
        key = pacer.key_for(request) if pacer is not None else None
        attempt = 0
        while True:
            attempt += 1
            request.extensions[ATTEMPTS_EXTENSION] = attempt
            if pacer is not None:
                await self._acquire(pacer, key, request, policy, deadline)
            debug = logger.isEnabledFor(logging.DEBUG)  # no timing or log work otherwise
            started = time.perf_counter() if debug else 0.0
            released = False
            try:
                clip_phases(request, deadline)
                response = await self.transport.handle_async_request(request)
                if pacer is not None:
                    pacer.release(key, response.headers)
                    released = True
                response = await aread_body(response, request, self.max_response_size, deadline, bounded=self.bounded)
            except httpx.TransportError as exc:
                if pacer is not None and not released:
                    pacer.release(key, None)
                if debug:
                    self._log(request, attempt, started, type(exc).__name__)
                delay = policy.delay_after_error(request, attempt, exc)
                if delay is None or not self.fits(deadline, delay):
                    raise
                self._retry_event(policy, request, attempt=attempt, delay=delay, response=None, error=exc)
                await asyncio.sleep(delay)
                continue
            # Cancelled, or a bug in the wrapped transport: give the slot back.
            except BaseException:
                if pacer is not None and not released:
                    pacer.release(key, None)
                raise
            if debug:
                self._log(request, attempt, started, response.status_code)
            delay = policy.delay_after_response(request, attempt, response)
            if delay is None or not self.fits(deadline, delay):
                return response
            await response.aclose()
            self._retry_event(policy, request, attempt=attempt, delay=delay, response=response, error=None)
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self.transport.aclose()


__all__ = [
    "IDEMPOTENT_METHODS",
    "NOT_SENT_ERRORS",
    "POLICY_EXTENSION",
    "RESEND_EXTENSION",
    "RETRYABLE_ERRORS",
    "AsyncRetryTransport",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
]
