"""Reading an answer's body within bounds: at most `max_response_size` bytes once decompressed, by the call's deadline.

The retry transports read every body through `read_body` / `aread_body` before handing the answer over. The size is
counted while the body streams in, after decompression, and decompression itself is bounded (zlib's `max_length`), so a
gzip bomb (2 MB expanding to 2 GiB) or an endless chunked body costs at most the limit in memory. The client asks for
`gzip, deflate` only (`ACCEPT_ENCODING`): they are the encodings it can decompress in bounded steps; an answer in
another encoding raises ResponseBodyError rather than being expanded blindly.
"""

import time
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from .deadline import Deadline
from .errors import ResponseBodyError, ResponseTooLargeError

#: The default bound on an answer's body, decompressed: 8 MiB (an invoice document is a few KiB).
DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024
#: The Accept-Encoding the client sends: the encodings `read_body` decompresses in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"


class _TooLarge(Exception):
    pass


class _Undecodable(Exception):
    pass


def _framing(response: httpx.Response) -> tuple[str, int | None]:
    """The answer's Content-Encoding (lower case, "" for none) and Content-Length (None when absent or unreadable),
    in one pass over the raw headers."""
    encoding = b""
    length: int | None = None
    for name, value in response.headers.raw:
        lowered = name.lower()
        if lowered == b"content-encoding":
            encoding = value.strip().lower() if not encoding else encoding + b"," + value.strip().lower()
        elif lowered == b"content-length":
            try:
                length = int(value)
            except ValueError:
                length = None
    return encoding.decode("latin-1"), length


class _Inflater:
    """Decompresses gzip or deflate in steps that never produce more than the bytes still allowed."""

    def __init__(self, encoding: str, room: int) -> None:
        self.raw_deflate_tried = encoding != "deflate"  # deflate: zlib-wrapped, else raw (what httpx accepts too)
        self.decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding != "deflate" else zlib.MAX_WBITS)
        self.room = room

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while pending and not self.decompressor.eof:
            try:
                piece = self.decompressor.decompress(pending, self.room + 1)
            except zlib.error:
                if self.raw_deflate_tried:
                    raise _Undecodable from None
                self.raw_deflate_tried = True
                self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self.raw_deflate_tried = True
            self.room -= len(piece)
            if self.room < 0:
                raise _TooLarge
            if piece:
                yield piece
            pending = self.decompressor.unconsumed_tail

    def finish(self) -> bytes:
        try:
            rest = self.decompressor.flush(self.room + 1)
        except zlib.error:
            raise _Undecodable from None
        self.room -= len(rest)
        if self.room < 0:
            raise _TooLarge
        return rest


def _check_time(deadline: Deadline | None, request: httpx.Request) -> None:
    if deadline is not None and time.monotonic() >= deadline.at:
        deadline.binds = True
        raise httpx.ReadTimeout("the call's deadline passed while the answer's body arrived", request=request)


class _CountedStream(httpx.SyncByteStream):
    """The raw stream of an answer, raising once more than `limit` bytes came (for bodies without an encoding)."""

    def __init__(self, inner: httpx.SyncByteStream, limit: int, deadline: Deadline | None, request: httpx.Request):
        self._inner = inner
        self._limit = limit
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        room = self._limit
        for chunk in self._inner:
            room -= len(chunk)
            if room < 0:
                raise _TooLarge
            _check_time(self._deadline, self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncCountedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, limit: int, deadline: Deadline | None, request: httpx.Request):
        self._inner = inner
        self._limit = limit
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        room = self._limit
        async for chunk in self._inner:
            room -= len(chunk)
            if room < 0:
                raise _TooLarge
            _check_time(self._deadline, self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _decoded(response: httpx.Response, content: bytes, request: httpx.Request) -> httpx.Response:
    """A read answer holding the decompressed `content`, with the headers exactly as they came (as httpx presents a
    response it decompressed itself)."""
    plain = [(k, v) for k, v in response.headers.raw if k.lower() not in (b"content-encoding", b"content-length")]
    fresh = httpx.Response(
        response.status_code, headers=plain, content=content, request=request, extensions=response.extensions
    )
    fresh.headers = response.headers
    return fresh


def _refuse(response: httpx.Response, error: Exception, encoding: str, limit: int) -> ResponseBodyError:
    if isinstance(error, _TooLarge):
        return ResponseTooLargeError(response=response, limit=limit)
    return ResponseBodyError(f"the answer's {encoding} body is corrupt", response=response)


def read_body(
    response: httpx.Response, request: httpx.Request, limit: int, deadline: Deadline | None, *, bounded: bool = False
) -> httpx.Response:
    """`response` with its body read (see the module docstring); ResponseBodyError / ResponseTooLargeError otherwise,
    after closing it. Transport failures (httpx.TransportError) pass through for the retry rules.

    `bounded` says that the transport ends every socket operation by the deadline (`deadline.BoundedHTTPTransport`).
    """
    if response.is_stream_consumed:  # read already (a transport that builds its answers from bytes)
        if len(response.content) > limit:
            raise ResponseTooLargeError(response=response, limit=limit)
        return response
    encoding, length = _framing(response)
    if encoding in ("", "identity"):
        if length is not None and length > limit:
            response.close()
            raise ResponseTooLargeError(response=response, limit=limit)
        if length is not None and bounded:  # HTTP/1.1 framing stops at Content-Length, the sockets at the deadline
            response.read()
            return response
        response.stream = _CountedStream(response.stream, limit, deadline, request)  # type: ignore[arg-type]
        try:
            response.read()
        except _TooLarge:
            response.close()
            raise ResponseTooLargeError(response=response, limit=limit) from None
        return response
    if encoding not in ("gzip", "x-gzip", "deflate"):
        response.close()
        raise ResponseBodyError(
            f"the answer's content-encoding {encoding!r} is not one the client reads", response=response
        )
    inflater = _Inflater(encoding, limit)
    pieces: list[bytes] = []
    try:
        for chunk in response.iter_raw():
            pieces.extend(inflater.feed(chunk))
            _check_time(deadline, request)
        pieces.append(inflater.finish())
    except (_TooLarge, _Undecodable) as exc:
        raise _refuse(response, exc, encoding, limit) from None
    finally:
        response.close()
    return _decoded(response, b"".join(pieces), request)


async def aread_body(
    response: httpx.Response, request: httpx.Request, limit: int, deadline: Deadline | None, *, bounded: bool = False
) -> httpx.Response:
    """The asyncio twin of `read_body`."""
    if response.is_stream_consumed:  # read already (a transport that builds its answers from bytes)
        if len(response.content) > limit:
            raise ResponseTooLargeError(response=response, limit=limit)
        return response
    encoding, length = _framing(response)
    if encoding in ("", "identity"):
        if length is not None and length > limit:
            await response.aclose()
            raise ResponseTooLargeError(response=response, limit=limit)
        if length is not None and bounded:  # HTTP/1.1 framing stops at Content-Length, the sockets at the deadline
            await response.aread()
            return response
        response.stream = _AsyncCountedStream(response.stream, limit, deadline, request)  # type: ignore[arg-type]
        try:
            await response.aread()
        except _TooLarge:
            await response.aclose()
            raise ResponseTooLargeError(response=response, limit=limit) from None
        return response
    if encoding not in ("gzip", "x-gzip", "deflate"):
        await response.aclose()
        raise ResponseBodyError(
            f"the answer's content-encoding {encoding!r} is not one the client reads", response=response
        )
    inflater = _Inflater(encoding, limit)
    pieces: list[bytes] = []
    try:
        async for chunk in response.aiter_raw():
            pieces.extend(inflater.feed(chunk))
            _check_time(deadline, request)
        pieces.append(inflater.finish())
    except (_TooLarge, _Undecodable) as exc:
        raise _refuse(response, exc, encoding, limit) from None
    finally:
        await response.aclose()
    return _decoded(response, b"".join(pieces), request)


__all__ = ["ACCEPT_ENCODING", "DEFAULT_MAX_RESPONSE_SIZE", "aread_body", "read_body"]
