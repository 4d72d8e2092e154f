"""Bearer tokens: a fixed string, or a provider asked for the current token (OAuth access tokens expire daily).

A provider is any callable returning the token, or (for the asyncio client) returning an awaitable of it. It is asked
before every request, so it should cache; after a 401 answer it is asked once more and, when it returns a different
token, the request is resent with it (a 401 is refused before processing, so even a POST is safe to resend). A fixed
string is sent as it is and a 401 is raised at once.
"""

import inspect
import os
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from .errors import MissingTokenError

#: The environment variable a client reads its token from when none is given.
TOKEN_ENV = "HIGHLEVEL_TOKEN"

TokenProvider = Callable[[], str] | Callable[[], Awaitable[str]]
Token = str | TokenProvider


def resolve_token(token: Token | None) -> Token:
    """`token`, or the value of HIGHLEVEL_TOKEN when `token` is None; MissingTokenError when neither is set."""
    if token is not None:
        return token
    value = os.environ.get(TOKEN_ENV, "").strip()
    if not value:
        raise MissingTokenError(f"no token: pass one (a string or a provider) or set the {TOKEN_ENV} variable")
    return value


class TokenAuth(httpx.Auth):
    """Sets the Authorization header from a token provider (see the module docstring)."""

    def __init__(self, provider: TokenProvider, *, prefix: str = "Bearer", header_name: str = "Authorization") -> None:
        self.provider = provider
        self.prefix = prefix
        self.header_name = header_name

    def _value(self, token: str) -> str:
        return f"{self.prefix} {token}" if self.prefix else token

    def _sync_token(self) -> str:
        value = self.provider()
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()
            raise TypeError("this token provider is asynchronous: use it with the asyncio client")
        return _checked(value)

    async def _async_token(self) -> str:
        value = self.provider()
        if inspect.isawaitable(value):
            value = await value
        return _checked(value)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._sync_token()
        request.headers[self.header_name] = self._value(token)
        response = yield request
        if response.status_code == 401:
            fresh = self._sync_token()
            if fresh != token:
                request.headers[self.header_name] = self._value(fresh)
                yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token()
        request.headers[self.header_name] = self._value(token)
        response = yield request
        if response.status_code == 401:
            fresh = await self._async_token()
            if fresh != token:
                request.headers[self.header_name] = self._value(fresh)
                yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider!r})"


def _checked(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("the token provider must return a non-empty string")
    return value


__all__ = ["TOKEN_ENV", "Token", "TokenAuth", "TokenProvider", "resolve_token"]
