"""The low-level clients the generated endpoint functions take, without anything the spec decides.

`client.py` of the generated package derives `Client` and `AuthenticatedClient` from these classes and sets the spec's
defaults (`default_base_url`, `default_headers`, e.g. the `Version` header). Every call of an operation takes one path,
`request` / `arequest`: the operation builds the request (operation.py), `send_request` / `async_send_request` apply
per-call options, stamp the call's deadline (see `deadline`) and turn transport failures into `APIConnectionError` /
`APITimeoutError`, the retry transports read the body within that deadline and `max_response_size` (see `bodies`), and
the operation reads the answer (a success model, or the typed error raised). The httpx clients are made lazily and
shared by `with_options` copies, so a copy costs no new connection pool.
"""

import copy
import ssl
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import httpx
from attrs import evolve

from .auth import Token, TokenAuth
from .bodies import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_SIZE
from .deadline import Timeout, stamp, timeout_error
from .errors import APIConnectionError
from .operation import Operation
from .ratelimit import RateLimitPacer
from .retry import POLICY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from .types import NOT_GIVEN, UNSET, NotGiven, Response

T = TypeVar("T")

#: Connect within 5 s, 30 s for the rest (read, write, pool), the whole call within 120 s (DEFAULT_TOTAL_TIMEOUT).
DEFAULT_TIMEOUT = Timeout(30.0, connect=5.0)

TimeoutTypes = float | httpx.Timeout | None


def as_timeout(timeout: TimeoutTypes) -> httpx.Timeout | None:
    """`timeout` as httpx.Timeout: a number bounds the whole call and each phase (connect, read, write, pool) alike; an
    httpx.Timeout is kept; None means no limit per phase (the deadline model is in `deadline`)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    return Timeout(timeout, total=timeout)


class _Pool:
    """The httpx clients that one client and its `with_options` copies share."""

    __slots__ = ("async_client", "async_injected", "sync_client", "sync_injected")

    def __init__(self) -> None:
        self.sync_client: httpx.Client | None = None
        self.async_client: httpx.AsyncClient | None = None
        self.sync_injected = False
        self.async_injected = False


class _Overrides:
    """What a `with_options` copy changes for each of its requests."""

    __slots__ = ("auth", "headers", "policy", "timeout")

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.timeout: httpx.Timeout | NotGiven | None = NOT_GIVEN
        self.policy: RetryPolicy | None = None
        self.auth: httpx.Auth | None = None


class Client:
    """A client for the endpoints that need no token.

    Keyword arguments:
        base_url: The base URL of the API (default: the spec's server).
        cookies, headers: Sent with every request (`headers` override the defaults, e.g. `Version`).
        timeout: Seconds for the whole call (every attempt and wait), or an httpx.Timeout per phase with the whole
            call bounded by its `total` (`deadline.Timeout`) or else 120 s (default: connect 5 s, the rest 30 s, 120 s
            in all).
        max_response_size: The largest body accepted, in bytes once decompressed (default 8 MiB).
        verify_ssl, follow_redirects, httpx_args: Passed to the httpx clients.
        retry: The RetryPolicy. pacer: The RateLimitPacer (None: no pacing; default: one of its own).
        transport, async_transport: The httpx transports the retry transports wrap (default: HTTP).
        strict: Decode success answers strictly, raising on any difference from the spec (default: tolerant).
    """

    default_base_url: ClassVar[str] = ""
    default_headers: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        *,
        base_url: str | None = None,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        retry: RetryPolicy | None = None,
        pacer: RateLimitPacer | NotGiven | None = NOT_GIVEN,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        raise_on_unexpected_status: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._base_url = (base_url if base_url is not None else self.default_base_url).rstrip("/")
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = as_timeout(timeout)
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.retry = retry if retry is not None else RetryPolicy()
        self.pacer = RateLimitPacer() if isinstance(pacer, NotGiven) else pacer
        self.transport = transport
        self.async_transport = async_transport
        self.strict = strict
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.max_response_size = max_response_size
        self._pool = _Pool()
        self._overrides: _Overrides | None = None
        self._root = self  # the client whose settings the shared httpx clients are made with

    @property
    def base_url(self) -> str:
        return self._base_url

    def _auth(self) -> httpx.Auth | None:
        return None

    def request_headers(self) -> dict[str, str]:
        """The headers every request carries: the spec's defaults, then the client's own."""
        return {**self.default_headers, **self._headers}

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings for its requests, sharing this one's connections and pacer.

        `headers` are added to (and override) the current ones; `max_retries` changes only that figure of the current
        RetryPolicy, `retry` replaces it.
        """
        clone = copy.copy(self)
        overrides = _Overrides()
        if self._overrides is not None:
            overrides.headers = dict(self._overrides.headers)
            overrides.timeout = self._overrides.timeout
            overrides.policy = self._overrides.policy
            overrides.auth = self._overrides.auth
        if headers:
            overrides.headers.update(headers)
            clone._headers = {**self._headers, **headers}
        if not isinstance(timeout, NotGiven):
            overrides.timeout = as_timeout(timeout)
            clone._timeout = as_timeout(timeout)
        if retry is not None or max_retries is not None:
            policy = retry if retry is not None else self.retry
            if max_retries is not None:
                policy = evolve(policy, max_retries=max_retries)
            overrides.policy = policy
            clone.retry = policy
        if strict is not None:
            clone.strict = strict
        clone._overrides = overrides
        return clone

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy of this client that adds `headers` to every request (see `with_options`)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: TimeoutTypes) -> Self:
        """A copy of this client with another timeout (see `with_options`)."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """This client's cookies, and those of the copies sharing its connections, extended by `cookies`."""
        self._cookies.update(cookies)
        for client in (self._pool.sync_client, self._pool.async_client):
            if client is not None:
                client.cookies.update(dict(cookies))
        return self

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use `client` for every request, as it is.

        Its transport decides about retries and pacing (wrap it in `RetryTransport` to keep them); the default headers
        and the token are added per request, and `close()` leaves it open.
        """
        self._pool.sync_client = client
        self._pool.sync_injected = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client requests go through, made on first use (with the settings of the original client)."""
        pool = self._pool
        if pool.sync_client is None:
            root = self._root
            pool.sync_client = httpx.Client(
                base_url=root._base_url,
                cookies=root._cookies,
                headers={"Accept-Encoding": ACCEPT_ENCODING, **root.request_headers()},
                timeout=root._timeout,
                verify=root._verify_ssl,
                follow_redirects=root._follow_redirects,
                transport=RetryTransport(
                    root.transport, policy=root.retry, pacer=root.pacer, max_response_size=root.max_response_size
                ),
                auth=root._auth(),
                **root._httpx_args,
            )
        return pool.sync_client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` for every request (see `set_httpx_client`)."""
        self._pool.async_client = async_client
        self._pool.async_injected = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient requests go through, made on first use (with the settings of the original client)."""
        pool = self._pool
        if pool.async_client is None:
            root = self._root
            pool.async_client = httpx.AsyncClient(
                base_url=root._base_url,
                cookies=root._cookies,
                headers={"Accept-Encoding": ACCEPT_ENCODING, **root.request_headers()},
                timeout=root._timeout,
                verify=root._verify_ssl,
                follow_redirects=root._follow_redirects,
                transport=AsyncRetryTransport(
                    root.async_transport, policy=root.retry, pacer=root.pacer, max_response_size=root.max_response_size
                ),
                auth=root._auth(),
                **root._httpx_args,
            )
        return pool.async_client

    def _call_kwargs(
        self,
        kwargs: dict[str, Any],
        injected: bool,
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        """`kwargs` of an endpoint module with what the client and the call add to that one request."""
        kwargs = dict(kwargs)
        headers: dict[str, str] = {}
        if injected:
            headers.update(self.request_headers())
            kwargs["url"] = self._base_url + kwargs["url"]
            auth = self._auth()
            if auth is not None:
                kwargs["auth"] = auth
        headers.update(kwargs.get("headers") or {})
        overrides = self._overrides
        if overrides is not None:
            headers.update(overrides.headers)
            if not isinstance(overrides.timeout, NotGiven):
                kwargs["timeout"] = overrides.timeout
            if overrides.policy is not None:
                kwargs["extensions"] = {**kwargs.get("extensions", {}), POLICY_EXTENSION: overrides.policy}
            if overrides.auth is not None:
                kwargs["auth"] = overrides.auth
        if extra_headers:
            headers.update(extra_headers)
        if not isinstance(timeout, NotGiven):
            kwargs["timeout"] = as_timeout(timeout)
        if headers:
            kwargs["headers"] = headers
        return kwargs

    def request(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[T]:
        """Call `operation`: the one request path of every endpoint function and resource method.

        `path`, `query` and `headers` map the spec's parameter names to values (UNSET ones are not sent), `body` is the
        JSON body (UNSET: none). Returns the success answer (any 2xx) as a Response; raises the typed error of any other
        status, or APIConnectionError / APITimeoutError when there was no answer.
        """
        kwargs = operation.build(path, query, headers, body)
        response = self.send_request(kwargs, timeout=timeout, extra_headers=extra_headers)
        return operation.read(response, strict=self.strict)

    async def arequest(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[T]:
        """The asyncio twin of `request`."""
        kwargs = operation.build(path, query, headers, body)
        response = await self.async_send_request(kwargs, timeout=timeout, extra_headers=extra_headers)
        return operation.read(response, strict=self.strict)

    def send_request(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request built by an endpoint module; transport failures raise APIConnectionError/APITimeoutError.

        `timeout` and `extra_headers` apply to this request only; the call's deadline starts now.
        """
        client = self.get_httpx_client()
        injected = self._pool.sync_injected
        if injected or self._overrides is not None or extra_headers or not isinstance(timeout, NotGiven):
            kwargs = self._call_kwargs(kwargs, injected, timeout, extra_headers)
        stamp(kwargs, self._timeout if isinstance(timeout, NotGiven) else as_timeout(timeout))
        try:
            return client.request(**kwargs)
        except httpx.TransportError as exc:
            raise translate(exc) from exc

    async def async_send_request(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The asyncio twin of `send_request`."""
        client = self.get_async_httpx_client()
        injected = self._pool.async_injected
        if injected or self._overrides is not None or extra_headers or not isinstance(timeout, NotGiven):
            kwargs = self._call_kwargs(kwargs, injected, timeout, extra_headers)
        stamp(kwargs, self._timeout if isinstance(timeout, NotGiven) else as_timeout(timeout))
        try:
            return await client.request(**kwargs)
        except httpx.TransportError as exc:
            raise translate(exc) from exc

    def close(self) -> None:
        """Close the httpx.Client this client made (an injected one is left to its owner); copies share it."""
        pool = self._pool
        if pool.sync_client is not None and not pool.sync_injected:
            pool.sync_client.close()

    async def aclose(self) -> None:
        """Close the httpx.AsyncClient this client made (an injected one is left to its owner); copies share it."""
        pool = self._pool
        if pool.async_client is not None and not pool.async_injected:
            await pool.async_client.aclose()

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"


class AuthenticatedClient(Client):
    """The client for endpoints that need a token, sent in the Authorization header.

    `token` is a string or a provider (see `auth`); it is never shown by `repr()`. `prefix` and `auth_header_name` shape
    the header (default `Authorization: Bearer <token>`). The other keyword arguments are those of `Client`.
    """

    def __init__(
        self,
        *,
        token: Token,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _auth(self) -> httpx.Auth | None:
        if isinstance(self.token, str):
            return None
        return TokenAuth(self.token, prefix=self.prefix, header_name=self.auth_header_name)

    def request_headers(self) -> dict[str, str]:
        """The headers every request carries: the spec's defaults, the client's own, and a fixed token."""
        headers = super().request_headers()
        if isinstance(self.token, str):
            headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers

    def with_options(
        self,
        *,
        token: Token | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings (see `Client.with_options`), or another `token`."""
        clone = super().with_options(
            timeout=timeout, headers=headers, max_retries=max_retries, retry=retry, strict=strict
        )
        if token is not None:
            assert clone._overrides is not None
            clone.token = token
            provider = token if not isinstance(token, str) else (lambda: token)
            clone._overrides.auth = TokenAuth(provider, prefix=self.prefix, header_name=self.auth_header_name)
        return clone


def translate(exc: httpx.TransportError) -> APIConnectionError:
    """The client error for an httpx transport failure."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    if isinstance(exc, httpx.TimeoutException):
        return timeout_error(exc, request)
    detail = str(exc)
    return APIConnectionError(f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__, request=request)


__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "TimeoutTypes", "as_timeout", "translate"]
