"""What the high-level clients share whatever the spec's operations are: construction, options, closing.

`client.py` of the generated package derives `HighLevelInvoices` from `SyncFacade` and `AsyncHighLevelInvoices` from
`AsyncFacade`, adding one method per operation of the spec and one resource per tag (`client.invoices`).
"""

import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from .auth import Token, resolve_token
from .base_client import DEFAULT_TIMEOUT, AuthenticatedClient, TimeoutTypes
from .bodies import DEFAULT_MAX_RESPONSE_SIZE
from .errors import MissingLocationError
from .ratelimit import RateLimitPacer
from .retry import RetryEvent, RetryPolicy
from .types import NOT_GIVEN, NotGiven

#: The environment variable the base URL is read from when none is given.
BASE_URL_ENV = "HIGHLEVEL_BASE_URL"
#: The environment variable the location id is read from when none is given.
LOCATION_ENV = "HIGHLEVEL_LOCATION_ID"


class _Facade:
    client_class: ClassVar[type[AuthenticatedClient]] = AuthenticatedClient
    _client: AuthenticatedClient
    #: The location (sub-account) id that operations needing one take when the call names none.
    location_id: str | None

    def _setup(
        self,
        token: Token | None,
        *,
        location_id: str | None,
        base_url: str | None,
        version: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        retry_unsafe_posts: bool,
        on_retry: Callable[[RetryEvent], None] | None,
        retry: RetryPolicy | None,
        pacing: bool,
        pacer: RateLimitPacer | None,
        headers: Mapping[str, str] | None,
        strict: bool,
        max_response_size: int,
        http_base_url: str | None,
        transports: dict[str, Any],
    ) -> None:
        extra_headers = dict(headers or {})
        if version is not None:
            extra_headers["Version"] = version
        if base_url is None:
            base_url = http_base_url or os.environ.get(BASE_URL_ENV, "").strip() or None
        self.location_id = location_id if location_id is not None else os.environ.get(LOCATION_ENV, "").strip() or None
        policy = (
            retry
            if retry is not None
            else RetryPolicy(max_retries=max_retries, retry_unsafe_posts=retry_unsafe_posts, on_retry=on_retry)
        )
        self._client = self.client_class(
            token=resolve_token(token),
            base_url=base_url,
            headers=extra_headers,
            timeout=timeout,
            retry=policy,
            pacer=(pacer if pacer is not None else RateLimitPacer()) if pacing else None,
            strict=strict,
            max_response_size=max_response_size,
            **transports,
        )

    @property
    def client(self) -> AuthenticatedClient:
        """The low-level client, for the functions of `api/`."""
        return self._client

    def resolve_location(self, given: str | None) -> str:
        """The location id for an operation that needs one: `given`, else the client's `location_id`.

        Raises:
            MissingLocationError: Neither is set (nothing is sent).
        """
        location = given if given is not None else self.location_id
        if location is None:
            raise MissingLocationError(
                f"no location id: pass alt_id=, or set location_id= on the client or the {LOCATION_ENV} variable"
            )
        return location

    def with_options(
        self,
        *,
        token: Token | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
        location_id: str | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connections and rate-limit pacing.

        E.g. `client.with_options(timeout=5, max_retries=0).generate_invoice_number(...)`. `headers` are added to the
        current ones, `token` replaces the token (a string or a provider), `location_id` the location. Closing either
        closes both.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        if location_id is not None:
            clone.location_id = location_id
        clone._client = self._client.with_options(
            token=token, timeout=timeout, headers=headers, max_retries=max_retries, retry=retry, strict=strict
        )
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client.base_url!r})"


_ARGS_DOC = """
        Args:
            token: A location (sub-account) or agency OAuth access token, or a private integration token (`pit-...`);
                a string or a provider returning one, asked before each request and again after a 401 (see `auth`).
                Default: the environment variable HIGHLEVEL_TOKEN.
            location_id: The location (sub-account) id that operations needing one take (as `altId`, with `altType:
                location`) when the call names none. Default: the environment variable HIGHLEVEL_LOCATION_ID.
            base_url: Default: the base URL of `http_client` when it has one, else the environment variable
                HIGHLEVEL_BASE_URL, else the spec's server.
            version: The `Version` header (default: the value the spec documents).
            timeout: Seconds for the whole call: connecting, every read, every retry and every wait. Or an
                httpx.Timeout, limits per phase as in httpx, with the whole call bounded by its `total`
                (`highlevel_invoices.Timeout(30, connect=5, total=60)`) or else by 120 s. Default: connect 5 s, the
                rest 30 s, the whole call 120 s. None: no limit per phase (the call stays bounded by 120 s).
            max_retries: Resends after the first attempt (ignored when `retry` is given).
            retry_unsafe_posts: Resend a POST even when it may have been processed (read timeout, 5xx): may create
                duplicate invoices. Ignored when `retry` is given.
            on_retry: Called with a RetryEvent before each resend (ignored when `retry` is given).
            retry: A full RetryPolicy.
            pacing: Pace requests by the X-RateLimit-* headers (default on).
            pacer: A RateLimitPacer to share with other clients using the same token.
            headers: Extra headers for every request.
            strict: Raise ResponseValidationError on any difference of a success answer from the spec, instead of
                reading it tolerantly (see `decoding`).
            max_response_size: The largest answer body accepted, in bytes once decompressed (default 8 MiB); a larger
                one raises ResponseTooLargeError.
            transport: The httpx transport to send through (wrapped with retries and pacing), e.g. a MockTransport.
            http_client: Your own httpx client, used as it is (no retries or pacing unless its transport is a retry
                transport); it is not closed by `close()`.
"""


class SyncFacade(_Facade):
    """The base of the synchronous high-level client."""

    def __init__(
        self,
        token: Token | None = None,
        *,
        location_id: str | None = None,
        base_url: str | None = None,
        version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_unsafe_posts: bool = False,
        on_retry: Callable[[RetryEvent], None] | None = None,
        retry: RetryPolicy | None = None,
        pacing: bool = True,
        pacer: RateLimitPacer | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._setup(
            token,
            location_id=location_id,
            base_url=base_url,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            retry_unsafe_posts=retry_unsafe_posts,
            on_retry=on_retry,
            retry=retry,
            pacing=pacing,
            pacer=pacer,
            headers=headers,
            strict=strict,
            max_response_size=max_response_size,
            http_base_url=str(http_client.base_url) if http_client is not None else None,
            transports={"transport": transport},
        )
        if http_client is not None:
            self._client.set_httpx_client(http_client)

    __init__.__doc__ = _ARGS_DOC

    def close(self) -> None:
        """Close the connections this client opened."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFacade(_Facade):
    """The base of the asyncio high-level client."""

    def __init__(
        self,
        token: Token | None = None,
        *,
        location_id: str | None = None,
        base_url: str | None = None,
        version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_unsafe_posts: bool = False,
        on_retry: Callable[[RetryEvent], None] | None = None,
        retry: RetryPolicy | None = None,
        pacing: bool = True,
        pacer: RateLimitPacer | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._setup(
            token,
            location_id=location_id,
            base_url=base_url,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            retry_unsafe_posts=retry_unsafe_posts,
            on_retry=on_retry,
            retry=retry,
            pacing=pacing,
            pacer=pacer,
            headers=headers,
            strict=strict,
            max_response_size=max_response_size,
            http_base_url=str(http_client.base_url) if http_client is not None else None,
            transports={"async_transport": transport},
        )
        if http_client is not None:
            self._client.set_async_httpx_client(http_client)

    __init__.__doc__ = _ARGS_DOC

    async def close(self) -> None:
        """Close the connections this client opened."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


__all__ = ["BASE_URL_ENV", "LOCATION_ENV", "AsyncFacade", "SyncFacade"]
