"""Clients for the API, and the transport that gives them retries and rate-limit
pacing.

Start with `HighLevelInvoices(token)` (or `AsyncHighLevelInvoices`): every operation
is one method call that returns
the success model or raises an error of `errors`. The generated per-endpoint functions
in `api/` take the lower-level
`AuthenticatedClient`, which the high-level clients wrap (`.client`).

Requests go through `RetryTransport` / `AsyncRetryTransport`, which wrap any httpx
transport:

* Retries with exponential backoff and full jitter on 429 (waiting as long as
  Retry-After, else the X-RateLimit-*
  headers, say), on 502/503/504 and on connection failures. Idempotent requests (GET,
  ...) are retried freely; a
  POST only when it provably never reached the server (connect error, connect or pool
  timeout) or was refused
  before processing (429), unless `RetryPolicy.retry_unsafe_posts` is set: a POST is
  not resent after a read or
  write timeout, a broken response or a 5xx, because the server may have processed it
  (a second invoice).
* Pacing: `RateLimitPacer` reads X-RateLimit-Max / -Remaining / -Interval-Milliseconds
  and keeps the number of
  requests in any interval within the vendor's budget, per base URL and token, across
  the threads and tasks that
  share the client.
* Debug logging on the `highlevel_invoices` logger: method, URL, status, attempt and
  timing (never headers, so never the token).
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

from .errors import (
    ATTEMPTS_EXTENSION,
    APIConnectionError,
    APITimeoutError,
    RateLimitHeaders,
    pacing_limits,
)
from .models.alt_type import AltType
from .models.api_version import ApiVersion
from .models.delete_invoice_request import DeleteInvoiceRequest
from .models.deleted_invoice import DeletedInvoice
from .models.next_invoice_number import NextInvoiceNumber
from .models.text_2_pay_invoice_request import Text2PayInvoiceRequest
from .models.text_2_pay_invoice_response import Text2PayInvoiceResponse
from .types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .api.invoices import create_and_send_invoice as _api_create_and_send_invoice
    from .api.invoices import delete_invoice as _api_delete_invoice
    from .api.invoices import generate_invoice_number as _api_generate_invoice_number

logger = logging.getLogger("highlevel_invoices")

#: The vendor's production API.
DEFAULT_BASE_URL = "https://services.leadconnectorhq.com"
#: Connect within 5 s; 30 s for everything else (read, write, pool).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: Headers every request carries unless overridden (the API version these endpoints
#: are documented for).
DEFAULT_HEADERS: dict[str, str] = {
    "Version": "2021-07-28",
}
#: Methods that may be resent whatever happened to the first attempt.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Transport errors that prove the request never reached the server: safe to resend
#: even a POST.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
#: Transport errors after which an idempotent request is resent.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@define(frozen=True)
class RetryEvent:
    """Passed to `RetryPolicy.on_retry` before each resend. `attempt` is the attempt
    that failed (1 = the first)."""

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
        max_retries: Resends after the first attempt (so at most `max_retries + 1`
            attempts).
        backoff_initial: Upper bound of the first backoff, in seconds; it doubles
            per attempt ("full jitter": the
            wait is uniformly random between 0 and the bound).
        backoff_max: Cap of the backoff bound, in seconds.
        max_wait: Longest wait for one resend; a 429 asking for more (e.g. the
            daily quota is used up) is raised.
        retry_unsafe_posts: Also resend non-idempotent requests (POST) after a
            read/write timeout, a broken
            response or a 502/503/504. Off by default: the first request may have
            created an invoice.
        retry_statuses: Statuses that are retried (429 always follows the
            rate-limit rules).
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
        return random.uniform(
            0, min(self.backoff_max, self.backoff_initial * 2 ** (attempt - 1))
        )

    def _may_resend(self, request: httpx.Request) -> bool:
        return self.retry_unsafe_posts or request.method in IDEMPOTENT_METHODS

    def delay_after_error(
        self, request: httpx.Request, attempt: int, error: Exception
    ) -> float | None:
        """Seconds to wait before resending after a transport error, or None to give
        up."""
        if attempt > self.max_retries:
            return None
        if isinstance(error, NOT_SENT_ERRORS) or (
            isinstance(error, RETRYABLE_ERRORS) and self._may_resend(request)
        ):
            return self.backoff(attempt)
        return None

    def delay_after_response(
        self, request: httpx.Request, attempt: int, response: httpx.Response
    ) -> float | None:
        """Seconds to wait before resending after `response`, or None to hand the
        response over."""
        status = response.status_code
        if attempt > self.max_retries or status not in self.retry_statuses:
            return None
        if (
            status == 429
        ):  # refused before processing: safe to resend whatever the method
            wait = RateLimitHeaders.from_headers(response.headers).retry_after()
            if wait is None:
                return self.backoff(attempt)
            if wait > self.max_wait:
                return None
            return wait + random.uniform(0, min(0.05 * wait, 1.0))
        if self._may_resend(request):
            return self.backoff(attempt)
        return None


class _Bucket:
    __slots__ = ("done", "in_flight", "interval", "limit", "probed")

    def __init__(self) -> None:
        self.limit: int | None = None
        self.interval = 0.0
        self.probed = False
        self.in_flight = 0
        self.done: deque[float] = deque()


class RateLimitPacer:
    """Keeps requests within the vendor's burst budget, learnt from the X-RateLimit-*
    headers.

    The vendor counts requests per resource in a sliding window: at most
    X-RateLimit-Max requests in any
    X-RateLimit-Interval-Milliseconds. The pacer keeps the same window on the client
    side, stamping each request
    when its answer arrived (no earlier than the server counted it), counting requests
    in flight, and never letting
    more than the budget into one window; when X-RateLimit-Remaining says fewer are
    left than it thinks (another
    process shares the token), it believes the server. Until the first answer for a
    key is in, one request at a
    time is sent. Buckets are kept per base URL and token; one pacer may be shared by
    several clients, threads and
    tasks.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        poll_interval: float = 0.005,
    ) -> None:
        self._clock = clock
        self._poll = poll_interval
        self._lock = threading.Lock()
        self._buckets: dict[Hashable, _Bucket] = {}

    @staticmethod
    def key_for(request: httpx.Request) -> Hashable:
        url = request.url
        token = b""
        for (
            name,
            value,
        ) in request.headers.raw:  # one pass; Headers.get would lower-case every header
            if name.lower() == b"authorization":
                token = value
                break
        return (url.scheme, url.host, url.port, hash(token))

    def reserve(self, key: Hashable) -> float:
        """Take a slot (returns 0.0) or say how many seconds to wait before asking
        again."""
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

    def release(self, key: Hashable, headers: Mapping[str, str] | None) -> None:
        """Give back the slot of a finished request, learning from the answer's
        headers (None: no answer)."""
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
            if (
                limit is not None
                and limit > 0
                and interval_ms is not None
                and interval_ms > 0
            ):
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


class _RetryCore:
    def __init__(
        self, policy: RetryPolicy | None, pacer: RateLimitPacer | None
    ) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer

    def _retry_event(
        self,
        request: httpx.Request,
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
        if self.policy.on_retry is not None:
            self.policy.on_retry(event)

    @staticmethod
    def _log(
        request: httpx.Request, attempt: int, started: float, outcome: object
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d)",
                request.method,
                request.url,
                outcome,
                elapsed_ms,
                attempt,
            )


class RetryTransport(httpx.BaseTransport, _RetryCore):
    """Wraps an httpx transport with the retry rules of `policy` and the pacing of
    `pacer` (None: no pacing)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pacer: RateLimitPacer | None = None,
    ) -> None:
        _RetryCore.__init__(self, policy, pacer)
        self.transport = transport if transport is not None else httpx.HTTPTransport()

    def _acquire(self, key: Hashable) -> None:
        assert self.pacer is not None
        while (wait := self.pacer.reserve(key)) > 0:
            time.sleep(wait)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pacer = self.pacer
        key = pacer.key_for(request) if pacer is not None else None
        attempt = 0
        while True:
            attempt += 1
            request.extensions[ATTEMPTS_EXTENSION] = attempt
            if pacer is not None:
                self._acquire(key)
            debug = logger.isEnabledFor(
                logging.DEBUG
            )  # no timing or log work otherwise
            started = time.perf_counter() if debug else 0.0
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                if pacer is not None:
                    pacer.release(key, None)
                if debug:
                    self._log(request, attempt, started, type(exc).__name__)
                delay = self.policy.delay_after_error(request, attempt, exc)
                if delay is None:
                    raise
                self._retry_event(request, attempt, delay, None, exc)
                time.sleep(delay)
                continue
            except BaseException:
                if pacer is not None:
                    pacer.release(key, None)
                raise
            if pacer is not None:
                pacer.release(key, response.headers)
            if debug:
                self._log(request, attempt, started, response.status_code)
            delay = self.policy.delay_after_response(request, attempt, response)
            if delay is None:
                return response
            response.close()
            self._retry_event(request, attempt, delay, response, None)
            time.sleep(delay)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport, _RetryCore):
    """The asyncio twin of `RetryTransport` (same rules, same pacer type)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pacer: RateLimitPacer | None = None,
    ) -> None:
        _RetryCore.__init__(self, policy, pacer)
        self.transport = (
            transport if transport is not None else httpx.AsyncHTTPTransport()
        )

    async def _acquire(self, key: Hashable) -> None:
        assert self.pacer is not None
        while (wait := self.pacer.reserve(key)) > 0:
            await asyncio.sleep(wait)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pacer = self.pacer
        key = pacer.key_for(request) if pacer is not None else None
        attempt = 0
        while True:
            attempt += 1
            request.extensions[ATTEMPTS_EXTENSION] = attempt
            if pacer is not None:
                await self._acquire(key)
            debug = logger.isEnabledFor(
                logging.DEBUG
            )  # no timing or log work otherwise
            started = time.perf_counter() if debug else 0.0
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as exc:
                if pacer is not None:
                    pacer.release(key, None)
                if debug:
                    self._log(request, attempt, started, type(exc).__name__)
                delay = self.policy.delay_after_error(request, attempt, exc)
                if delay is None:
                    raise
                self._retry_event(request, attempt, delay, None, exc)
                await asyncio.sleep(delay)
                continue
            # Cancelled, or a bug in the wrapped transport: give the slot back.
            except BaseException:
                if pacer is not None:
                    pacer.release(key, None)
                raise
            if pacer is not None:
                pacer.release(key, response.headers)
            if debug:
                self._log(request, attempt, started, response.status_code)
            delay = self.policy.delay_after_response(request, attempt, response)
            if delay is None:
                return response
            await response.aclose()
            self._retry_event(request, attempt, delay, response, None)
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self.transport.aclose()


def _request_of(exc: httpx.HTTPError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


def _translate(exc: httpx.TransportError) -> APIConnectionError:
    request = _request_of(exc)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"request timed out ({type(exc).__name__})", request=request
        )
    detail = str(exc)
    return APIConnectionError(
        f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__,
        request=request,
    )


@define
class Client:
    """A client for the unauthenticated endpoints (this API has none; kept for the
    generated interface).

    Keyword arguments:

        ``base_url``: The base URL of the API (default: the vendor's production API).

        ``cookies``, ``headers``: Sent with every request (``headers`` override the
        defaults, e.g. ``Version``).

        ``timeout``: An httpx.Timeout, per attempt (default: connect 5 s, the rest
        30 s).

        ``verify_ssl``, ``follow_redirects``, ``httpx_args``: Passed to the httpx
        clients.

        ``retry``: The RetryPolicy. ``pacer``: The RateLimitPacer (None: no pacing).

        ``transport`` / ``async_transport``: The httpx transport the retry transport
        wraps (default: HTTP).

    """

    _base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True, alias="base_url")
    _cookies: dict[str, str] = field(
        factory=dict, kw_only=True, alias="cookies", repr=False
    )
    _headers: dict[str, str] = field(
        factory=dict, kw_only=True, alias="headers", repr=False
    )
    _timeout: httpx.Timeout | None = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl", repr=False
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects", repr=False
    )
    _httpx_args: dict[str, Any] = field(
        factory=dict, kw_only=True, alias="httpx_args", repr=False
    )
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    pacer: RateLimitPacer | None = field(
        factory=RateLimitPacer, kw_only=True, repr=False
    )
    transport: httpx.BaseTransport | None = field(
        default=None, kw_only=True, repr=False
    )
    async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, repr=False
    )
    raise_on_unexpected_status: bool = field(default=True, kw_only=True, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(
        default=None, init=False, repr=False
    )
    _injected: bool = field(default=False, init=False, repr=False)
    _async_injected: bool = field(default=False, init=False, repr=False)

    def request_headers(self) -> dict[str, str]:
        """The headers every request carries.

        The defaults (Version), the client's own.
        """
        headers = {**DEFAULT_HEADERS, **self._headers}
        return headers

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use `client` for every request. It is used as it is: its transport decides
        about retries and pacing
        (wrap it in `RetryTransport` to keep them); the default headers and the token
        are added per request."""
        self._client = client
        self._injected = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously
        set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self.request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(
                    self.transport, policy=self.retry, pacer=self.pacer
                ),
                **self._httpx_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` for every request (see `set_httpx_client`)."""
        self._async_client = async_client
        self._async_injected = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not
        previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self.request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(
                    self.async_transport, policy=self.retry, pacer=self.pacer
                ),
                **self._httpx_args,
            )
        return self._async_client

    def _injected_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        headers = self.request_headers()
        if kwargs.get("headers"):
            headers.update(kwargs["headers"])
        return {
            **kwargs,
            "url": self._base_url.rstrip("/") + kwargs["url"],
            "headers": headers,
        }

    def send_request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one request built by an endpoint module; transport failures raise
        APIConnectionError/APITimeoutError."""
        client = self.get_httpx_client()
        if self._injected:
            kwargs = self._injected_kwargs(kwargs)
        try:
            return client.request(**kwargs)
        except httpx.TransportError as exc:
            raise _translate(exc) from exc

    async def async_send_request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """The asyncio twin of `send_request`."""
        client = self.get_async_httpx_client()
        if self._async_injected:
            kwargs = self._injected_kwargs(kwargs)
        try:
            return await client.request(**kwargs)
        except httpx.TransportError as exc:
            raise _translate(exc) from exc

    def close(self) -> None:
        """Close the httpx.Client this client made (an injected one is left to its
        owner)."""
        if self._client is not None and not self._injected:
            self._client.close()

    async def aclose(self) -> None:
        """Close the httpx.AsyncClient this client made (an injected one is left to
        its owner)."""
        if self._async_client is not None and not self._async_injected:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


@define
class AuthenticatedClient:
    """The low-level client the functions of `api/` take; the token goes into the
    Authorization header.

    ``token`` (required) is never shown by ``repr()``.
    Keyword arguments:

        ``base_url``: The base URL of the API (default: the vendor's production API).

        ``cookies``, ``headers``: Sent with every request (``headers`` override the
        defaults, e.g. ``Version``).

        ``timeout``: An httpx.Timeout, per attempt (default: connect 5 s, the rest
        30 s).

        ``verify_ssl``, ``follow_redirects``, ``httpx_args``: Passed to the httpx
        clients.

        ``retry``: The RetryPolicy. ``pacer``: The RateLimitPacer (None: no pacing).

        ``transport`` / ``async_transport``: The httpx transport the retry transport
        wraps (default: HTTP).

    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True, repr=False)
    auth_header_name: str = field(default="Authorization", kw_only=True, repr=False)
    _base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True, alias="base_url")
    _cookies: dict[str, str] = field(
        factory=dict, kw_only=True, alias="cookies", repr=False
    )
    _headers: dict[str, str] = field(
        factory=dict, kw_only=True, alias="headers", repr=False
    )
    _timeout: httpx.Timeout | None = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl", repr=False
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects", repr=False
    )
    _httpx_args: dict[str, Any] = field(
        factory=dict, kw_only=True, alias="httpx_args", repr=False
    )
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    pacer: RateLimitPacer | None = field(
        factory=RateLimitPacer, kw_only=True, repr=False
    )
    transport: httpx.BaseTransport | None = field(
        default=None, kw_only=True, repr=False
    )
    async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, repr=False
    )
    raise_on_unexpected_status: bool = field(default=True, kw_only=True, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(
        default=None, init=False, repr=False
    )
    _injected: bool = field(default=False, init=False, repr=False)
    _async_injected: bool = field(default=False, init=False, repr=False)

    def request_headers(self) -> dict[str, str]:
        """The headers every request carries.

        The defaults (Version), the client's own and the
        Authorization header.
        """
        headers = {**DEFAULT_HEADERS, **self._headers}
        headers[self.auth_header_name] = (
            f"{self.prefix} {self.token}" if self.prefix else self.token
        )
        return headers

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use `client` for every request. It is used as it is: its transport decides
        about retries and pacing
        (wrap it in `RetryTransport` to keep them); the default headers and the token
        are added per request."""
        self._client = client
        self._injected = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously
        set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self.request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(
                    self.transport, policy=self.retry, pacer=self.pacer
                ),
                **self._httpx_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` for every request (see `set_httpx_client`)."""
        self._async_client = async_client
        self._async_injected = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not
        previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self.request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(
                    self.async_transport, policy=self.retry, pacer=self.pacer
                ),
                **self._httpx_args,
            )
        return self._async_client

    def _injected_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        headers = self.request_headers()
        if kwargs.get("headers"):
            headers.update(kwargs["headers"])
        return {
            **kwargs,
            "url": self._base_url.rstrip("/") + kwargs["url"],
            "headers": headers,
        }

    def send_request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one request built by an endpoint module; transport failures raise
        APIConnectionError/APITimeoutError."""
        client = self.get_httpx_client()
        if self._injected:
            kwargs = self._injected_kwargs(kwargs)
        try:
            return client.request(**kwargs)
        except httpx.TransportError as exc:
            raise _translate(exc) from exc

    async def async_send_request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """The asyncio twin of `send_request`."""
        client = self.get_async_httpx_client()
        if self._async_injected:
            kwargs = self._injected_kwargs(kwargs)
        try:
            return await client.request(**kwargs)
        except httpx.TransportError as exc:
            raise _translate(exc) from exc

    def close(self) -> None:
        """Close the httpx.Client this client made (an injected one is left to its
        owner)."""
        if self._client is not None and not self._injected:
            self._client.close()

    async def aclose(self) -> None:
        """Close the httpx.AsyncClient this client made (an injected one is left to
        its owner)."""
        if self._async_client is not None and not self._async_injected:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class HighLevelInvoices:
    """The client: `HighLevelInvoices(token)`, then one method per operation. Use it
    as a context manager or call
    `close()`. Safe to share between threads (pacing is shared).

    Each method returns the success model or raises an error of `errors`; the
    `*_detailed` variants return a
    `Response` with the status, headers and the number of attempts as well.
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        version: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_unsafe_posts: bool = False,
        on_retry: Callable[[RetryEvent], None] | None = None,
        retry: RetryPolicy | None = None,
        pacing: bool = True,
        pacer: RateLimitPacer | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """
        Args:
            token: A location (sub-account) or agency OAuth access token, or a
                private integration token (`pit-...`).
            base_url: Default: the vendor's production API (or the base URL of
                `http_client` when it has one).
            version: The `Version` header
                (default 2021-07-28).
            timeout: Per attempt (default: connect 5 s, the rest 30 s).
            max_retries: Resends after the first attempt (ignored when `retry` is
                given).
            retry_unsafe_posts: Resend a POST even when it may have been processed
                (read timeout, 5xx): may
                create duplicate invoices. Ignored when `retry` is given.
            on_retry: Called with a RetryEvent before each resend (ignored when
                `retry` is given).
            retry: A full RetryPolicy.
            pacing: Pace requests by the X-RateLimit-* headers (default on).
            pacer: A RateLimitPacer to share with other clients using the same token.
            headers: Extra headers for every request.
            transport: The httpx transport to send through (wrapped with retries
                and pacing), e.g. a MockTransport.
            http_client: Your own httpx client, used as it is (no retries or
                pacing unless its transport is a
                retry transport); it is not closed by `close()`.
        """
        extra_headers = dict(headers or {})
        if version is not None:
            extra_headers["Version"] = version
        if base_url is None:
            base_url = (
                str(http_client.base_url)
                if http_client is not None and str(http_client.base_url)
                else DEFAULT_BASE_URL
            )
        policy = (
            retry
            if retry is not None
            else RetryPolicy(
                max_retries=max_retries,
                retry_unsafe_posts=retry_unsafe_posts,
                on_retry=on_retry,
            )
        )
        self._client = AuthenticatedClient(
            token=token,
            base_url=base_url.rstrip("/"),
            headers=extra_headers,
            timeout=timeout
            if timeout is None or isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(timeout),
            retry=policy,
            pacer=(pacer if pacer is not None else RateLimitPacer())
            if pacing
            else None,
            transport=transport,
        )
        if http_client is not None:
            self._client.set_httpx_client(http_client)

    @property
    def client(self) -> AuthenticatedClient:
        """The low-level client, for the functions of `api/`."""
        return self._client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client._base_url!r})"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location.

        See `api.invoices.generate_invoice_number.sync`.
        """
        return _api_generate_invoice_number.sync(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    def generate_invoice_number_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[NextInvoiceNumber]:
        """Like `generate_invoice_number`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return _api_generate_invoice_number.sync_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    def create_and_send_invoice(
        self,
        body: Text2PayInvoiceRequest,
        *,
        version: ApiVersion | Unset = UNSET,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer.

        See `api.invoices.create_and_send_invoice.sync`.
        """
        return _api_create_and_send_invoice.sync(
            client=self._client,
            body=body,
            version=version,
        )

    def create_and_send_invoice_detailed(
        self,
        body: Text2PayInvoiceRequest,
        *,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[Text2PayInvoiceResponse]:
        """Like `create_and_send_invoice`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return _api_create_and_send_invoice.sync_detailed(
            client=self._client,
            body=body,
            version=version,
        )

    def delete_invoice(
        self,
        body: DeleteInvoiceRequest,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: AltType | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
    ) -> DeletedInvoice:
        """Delete a draft invoice.

        See `api.invoices.delete_invoice.sync`.
        """
        return _api_delete_invoice.sync(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    def delete_invoice_detailed(
        self,
        body: DeleteInvoiceRequest,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: AltType | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[DeletedInvoice]:
        """Like `delete_invoice`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return _api_delete_invoice.sync_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )


class AsyncHighLevelInvoices:
    """The asyncio client: `AsyncHighLevelInvoices(token)`, then `await` one method
    per operation. Use it as an async
    context manager or `await close()`. Safe to share between tasks (pacing is
    shared).
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        version: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_unsafe_posts: bool = False,
        on_retry: Callable[[RetryEvent], None] | None = None,
        retry: RetryPolicy | None = None,
        pacing: bool = True,
        pacer: RateLimitPacer | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """
        Args:
            token: A location (sub-account) or agency OAuth access token, or a
                private integration token (`pit-...`).
            base_url: Default: the vendor's production API (or the base URL of
                `http_client` when it has one).
            version: The `Version` header
                (default 2021-07-28).
            timeout: Per attempt (default: connect 5 s, the rest 30 s).
            max_retries: Resends after the first attempt (ignored when `retry` is
                given).
            retry_unsafe_posts: Resend a POST even when it may have been processed
                (read timeout, 5xx): may
                create duplicate invoices. Ignored when `retry` is given.
            on_retry: Called with a RetryEvent before each resend (ignored when
                `retry` is given).
            retry: A full RetryPolicy.
            pacing: Pace requests by the X-RateLimit-* headers (default on).
            pacer: A RateLimitPacer to share with other clients using the same token.
            headers: Extra headers for every request.
            transport: The httpx transport to send through (wrapped with retries
                and pacing), e.g. a MockTransport.
            http_client: Your own httpx client, used as it is (no retries or
                pacing unless its transport is a
                retry transport); it is not closed by `close()`.
        """
        extra_headers = dict(headers or {})
        if version is not None:
            extra_headers["Version"] = version
        if base_url is None:
            base_url = (
                str(http_client.base_url)
                if http_client is not None and str(http_client.base_url)
                else DEFAULT_BASE_URL
            )
        policy = (
            retry
            if retry is not None
            else RetryPolicy(
                max_retries=max_retries,
                retry_unsafe_posts=retry_unsafe_posts,
                on_retry=on_retry,
            )
        )
        self._client = AuthenticatedClient(
            token=token,
            base_url=base_url.rstrip("/"),
            headers=extra_headers,
            timeout=timeout
            if timeout is None or isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(timeout),
            retry=policy,
            pacer=(pacer if pacer is not None else RateLimitPacer())
            if pacing
            else None,
            async_transport=transport,
        )
        if http_client is not None:
            self._client.set_async_httpx_client(http_client)

    @property
    def client(self) -> AuthenticatedClient:
        """The low-level client, for the functions of `api/`."""
        return self._client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client._base_url!r})"

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
    ) -> NextInvoiceNumber:
        """Get the next invoice number of a location.

        See `api.invoices.generate_invoice_number.asyncio`.
        """
        return await _api_generate_invoice_number.asyncio(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    async def generate_invoice_number_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[NextInvoiceNumber]:
        """Like `generate_invoice_number`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return await _api_generate_invoice_number.asyncio_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    async def create_and_send_invoice(
        self,
        body: Text2PayInvoiceRequest,
        *,
        version: ApiVersion | Unset = UNSET,
    ) -> Text2PayInvoiceResponse:
        """Create or update a Text2Pay invoice, as a draft or sent to the customer.

        See `api.invoices.create_and_send_invoice.asyncio`.
        """
        return await _api_create_and_send_invoice.asyncio(
            client=self._client,
            body=body,
            version=version,
        )

    async def create_and_send_invoice_detailed(
        self,
        body: Text2PayInvoiceRequest,
        *,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[Text2PayInvoiceResponse]:
        """Like `create_and_send_invoice`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return await _api_create_and_send_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            version=version,
        )

    async def delete_invoice(
        self,
        body: DeleteInvoiceRequest,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: AltType | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
    ) -> DeletedInvoice:
        """Delete a draft invoice.

        See `api.invoices.delete_invoice.asyncio`.
        """
        return await _api_delete_invoice.asyncio(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )

    async def delete_invoice_detailed(
        self,
        body: DeleteInvoiceRequest,
        *,
        invoice_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: AltType | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
    ) -> Response[DeletedInvoice]:
        """Like `delete_invoice`, returning the whole Response.

        The Response has the status, headers and number of attempts as well.
        """
        return await _api_delete_invoice.asyncio_detailed(
            client=self._client,
            body=body,
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
            version=version,
        )


if not TYPE_CHECKING:
    # The endpoint modules import this one, so they are bound last, once its classes
    # exist; as module globals they cost the methods above no import per call.
    from .api.invoices import create_and_send_invoice as _api_create_and_send_invoice
    from .api.invoices import delete_invoice as _api_delete_invoice
    from .api.invoices import generate_invoice_number as _api_generate_invoice_number


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_TIMEOUT",
    "AsyncHighLevelInvoices",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "Client",
    "HighLevelInvoices",
    "RateLimitPacer",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
]
