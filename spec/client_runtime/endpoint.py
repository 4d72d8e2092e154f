"""The four functions of every generated endpoint module, made from its one `call` function.

An endpoint module (`api/<tag>/<operation>.py`) states its operation (`OPERATION`) and one function, `call(...)`, whose
signature is the operation's parameters plus `client=`, `timeout=` and `extra_headers=`, returning a `Call`. From it::

    sync_detailed = endpoint.sync_detailed(call)  # -> Response[T]
    sync = endpoint.sync(call)  # -> T
    asyncio_detailed = endpoint.asyncio_detailed(call)  # -> Awaitable[Response[T]]
    asyncio = endpoint.asyncio(call)  # -> Awaitable[T]

each with `call`'s signature (for type checkers and `inspect.signature`) and docstring. So the signature is written once
per operation, and every call goes through `Client.request`, the one request path.
"""

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Generic, ParamSpec, TypeVar

from .base_client import Client, TimeoutTypes
from .operation import Operation
from .types import NOT_GIVEN, UNSET, NotGiven, Response

T = TypeVar("T")
P = ParamSpec("P")


class Call(Generic[T]):
    """One call of an operation with its arguments, made by `send()` or `await asend()` (each sends one request)."""

    __slots__ = ("body", "client", "extra_headers", "headers", "operation", "path", "query", "timeout")

    def __init__(
        self,
        operation: Operation[T],
        client: Client,
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.operation = operation
        self.client = client
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.extra_headers = extra_headers

    def send(self) -> Response[T]:
        """Send the request and read the answer (see `Client.request`)."""
        return self.client.request(
            self.operation,
            path=self.path,
            query=self.query,
            headers=self.headers,
            body=self.body,
            timeout=self.timeout,
            extra_headers=self.extra_headers,
        )

    async def asend(self) -> Response[T]:
        """The asyncio twin of `send`."""
        return await self.client.arequest(
            self.operation,
            path=self.path,
            query=self.query,
            headers=self.headers,
            body=self.body,
            timeout=self.timeout,
            extra_headers=self.extra_headers,
        )

    def __repr__(self) -> str:
        return f"Call({self.operation.method} {self.operation.path})"


def sync_detailed(call: Callable[P, Call[T]]) -> Callable[P, Response[T]]:
    """`call`, sent: the whole Response (status, headers, attempts, tolerated differences, the model)."""

    @functools.wraps(call)
    def sync_detailed(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        return call(*args, **kwargs).send()

    return sync_detailed


def sync(call: Callable[P, Call[T]]) -> Callable[P, T]:
    """`call`, sent: the success model."""

    @functools.wraps(call)
    def sync(*args: P.args, **kwargs: P.kwargs) -> T:
        return call(*args, **kwargs).send().parsed

    return sync


def asyncio_detailed(call: Callable[P, Call[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """`call`, sent with asyncio: the whole Response."""

    @functools.wraps(call)
    async def asyncio_detailed(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        return await call(*args, **kwargs).asend()

    return asyncio_detailed


def asyncio(call: Callable[P, Call[T]]) -> Callable[P, Awaitable[T]]:
    """`call`, sent with asyncio: the success model."""

    @functools.wraps(call)
    async def asyncio(*args: P.args, **kwargs: P.kwargs) -> T:
        return (await call(*args, **kwargs).asend()).parsed

    return asyncio


__all__ = ["Call", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
