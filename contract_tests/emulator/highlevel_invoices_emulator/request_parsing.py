"""Request bodies, query strings and headers, read the way Express (body-parser, qs, Node's http) reads them."""

from __future__ import annotations

import codecs
import json
import re
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote_plus

from starlette.datastructures import Headers

from highlevel_invoices_emulator.errors import HttpError, nest_error, vendor_error

# Deeper documents are refused: Python's JSON codec recurses and would exhaust the stack. Node has no such limit.
MAX_JSON_DEPTH = 256
QUERY_PARAMETER_LIMIT = 1000  # qs drops parameters beyond this
QUERY_ARRAY_LIMIT = 20  # qs turns larger indices into object keys
QUERY_DEPTH = 5

# Node keeps only the first of these when a request repeats them, and joins repeats of others with ", ".
_NODE_SINGLE_HEADERS = frozenset(
    {
        "age",
        "authorization",
        "content-length",
        "content-type",
        "etag",
        "expires",
        "from",
        "host",
        "if-modified-since",
        "if-unmodified-since",
        "last-modified",
        "location",
        "max-forwards",
        "proxy-authorization",
        "referer",
        "retry-after",
        "server",
        "user-agent",
    }
)


def node_header(headers: Headers, name: str) -> str | None:
    """The header as `req.headers[name]` shows it in Node (trimmed; repeats dropped or joined)."""
    values = [v.strip(" \t") for v in headers.getlist(name)]
    if not values:
        return None
    if name.lower() in _NODE_SINGLE_HEADERS:
        return values[0]
    return ", ".join(values)


@dataclass(frozen=True)
class ParsedBody:
    dto_value: object  # what the DTO sees: `{}` when there is no (parsable) body
    json: object | None  # the parsed JSON document, for the journal; None when the body was not JSON


NO_BODY = ParsedBody({}, None)


@dataclass(frozen=True)
class _MediaType:
    essence: str
    charset: str | None


def _media_type(value: str | None) -> _MediaType | None:
    if not value:
        return None
    essence, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.strip().partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip('"').lower()
    return _MediaType(essence.strip().lower(), charset)


def _too_large() -> HttpError:
    # Nest's exception filter passes body-parser's http-errors through as {statusCode, message}.
    return vendor_error(413, "request entity too large")


def compressed_limit(limit: int) -> int:
    """The most raw bytes a compressed body may take: zlib's deflateBound of `limit` plus the gzip frame.

    So every body that inflates to at most `limit` fits, and a stream that inflates to little or nothing (empty
    deflate blocks) is refused after about `limit` raw bytes instead of being read whole.
    """
    return limit + (limit >> 12) + (limit >> 14) + (limit >> 25) + 64


async def _read_limited(stream: AsyncIterator[bytes], limit: int, declared_length: int | None, encoding: str) -> bytes:
    raw_limit = limit if encoding == "identity" else compressed_limit(limit)
    if declared_length is not None and declared_length > raw_limit:
        raise _too_large()  # before reading a single byte
    chunks: list[bytes] = []
    size = 0
    raw_size = 0
    inflater = None
    if encoding in ("gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # auto-detects gzip and zlib headers
    async for received in stream:
        raw_size += len(received)
        if raw_size > raw_limit:
            raise _too_large()
        chunk = received
        if inflater is not None:
            try:
                chunk = inflater.decompress(received, limit + 1 - size)
            except zlib.error:
                raise vendor_error(400, "invalid compressed body") from None
        size += len(chunk)
        if size > limit:
            raise _too_large()
        chunks.append(chunk)
    if inflater is not None:
        tail = inflater.flush()
        if size + len(tail) > limit:
            raise _too_large()
        chunks.append(tail)
    return b"".join(chunks)


def _decode(raw: bytes, charset: str) -> str:
    text = raw.decode(charset, errors="replace")
    return text.removeprefix("\ufeff")


class _NonStandardConstant(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _reject_constant(name: str) -> object:
    raise _NonStandardConstant(name)


def _parse_int(text: str) -> int | float:
    # JavaScript numbers are doubles; long digit strings also trip Python's int-conversion limit.
    return int(text) if len(text) <= 15 else float(text)


def _syntax_error(message: str) -> HttpError:
    return nest_error(400, message)


def _unexpected(text: str, pos: int) -> HttpError:
    if pos >= len(text):
        return _syntax_error("Unexpected end of JSON input")
    return _syntax_error(f"Unexpected token {text[pos]} in JSON at position {pos}")


def _json_depth_exceeds(value: object, limit: int) -> bool:
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict | list):
            if depth > limit:
                return True
            children = current.values() if isinstance(current, dict) else current
            stack.extend((child, depth + 1) for child in children)
    return False


def parse_json_text(text: str) -> object:
    """body-parser's strict JSON parse: only an object or array may open the document."""
    stripped = text.lstrip(" \t\n\r")
    if not stripped:
        raise _syntax_error("Unexpected end of JSON input")
    if stripped[0] not in "{[":
        raise _unexpected(text, len(text) - len(stripped))
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
    except _NonStandardConstant as exc:
        raise _unexpected(text, max(text.find(exc.name), 0)) from None
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string"):
            raise _syntax_error("Unexpected end of JSON input") from None
        raise _unexpected(text, exc.pos) from None
    except RecursionError:
        raise _syntax_error(f"JSON nesting deeper than {MAX_JSON_DEPTH} levels is not supported") from None
    if _json_depth_exceeds(value, MAX_JSON_DEPTH):
        raise _syntax_error(f"JSON nesting deeper than {MAX_JSON_DEPTH} levels is not supported")
    return value


def _charset_or_415(charset: str | None, *, json_body: bool) -> str:
    name = charset or "utf-8"
    allowed = name.startswith("utf-") if json_body else name == "utf-8"
    if allowed:
        try:
            return codecs.lookup(name).name
        except (LookupError, ValueError):  # ValueError: a NUL in the name
            pass
    raise vendor_error(415, f'unsupported charset "{name.upper()}"')


def _content_encoding(headers: Headers) -> str:
    encoding = (node_header(headers, "content-encoding") or "identity").lower()
    if encoding not in ("identity", "gzip", "deflate"):
        raise vendor_error(415, f'unsupported content encoding "{encoding}"')
    return encoding


def _declared_length(headers: Headers) -> int | None:
    value = node_header(headers, "content-length")
    if value is None:
        return None
    if not (value.isascii() and value.isdigit()):
        raise vendor_error(400, "invalid content-length header")
    return int(value)


async def read_body(
    headers: Headers,
    stream: AsyncIterator[bytes],
    *,
    limit: int,
    other_types: Literal["ignored", "reject-415"],
) -> ParsedBody:
    """Parse the body as Nest's default parsers would; raise the HttpError they would cause."""
    declared = _declared_length(headers)
    if declared is None and "transfer-encoding" not in headers:
        return NO_BODY
    media = _media_type(node_header(headers, "content-type"))
    if media is not None and media.essence == "application/json":
        charset = _charset_or_415(media.charset, json_body=True)
        raw = await _read_limited(stream, limit, declared, _content_encoding(headers))
        if not raw:
            return NO_BODY
        document = parse_json_text(_decode(raw, charset))
        return ParsedBody(document, document)
    if media is not None and media.essence == "application/x-www-form-urlencoded":
        charset = _charset_or_415(media.charset, json_body=False)
        raw = await _read_limited(stream, limit, declared, _content_encoding(headers))
        return ParsedBody(parse_query_string(_decode(raw, charset)), None)
    if other_types == "reject-415" and (declared or "transfer-encoding" in headers):
        sent = media.essence if media is not None else "no Content-Type"
        raise nest_error(415, f"Unsupported Media Type: {sent}; send the body as application/json")
    return NO_BODY  # Express leaves other bodies unread


# --- qs -----------------------------------------------------------------------------------------------------
# Express parses query strings and urlencoded bodies with `qs`: `a[0][b]=1` builds nested arrays and objects,
# explicit indices up to QUERY_ARRAY_LIMIT are array positions (sparse ones compacted), larger or non-numeric
# ones object keys, `a[]=x` appends, and a repeated plain key becomes an array. qs builds one object per pair and
# merges them with its `utils.merge`; `_merge` below follows that function, with `_Sparse` standing for a
# JavaScript array that may have holes.

_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


class _Sparse(dict[int, object]):
    """A JavaScript array with possible holes: index -> value."""

    @property
    def length(self) -> int:
        return max(self) + 1 if self else 0

    def push(self, value: object) -> None:
        self[self.length] = value


def _key_segments(key: str) -> list[str]:
    """qs's key splitting: `a[b][c]` -> `a`, `[b]`, `[c]`; beyond QUERY_DEPTH the rest is one literal segment."""
    opening = key.find("[")
    if opening == -1:
        return [key]
    parent = key[:opening]
    segments = [parent] if parent else []
    position = opening
    for _ in range(QUERY_DEPTH):
        match = _BRACKETS.match(key, position)
        if match is None:
            break
        segments.append(match.group(0))
        position = match.end()
    if position < len(key):
        segments.append("[" + key[position:] + "]")
    return segments


def _leaf_object(segments: list[str], value: object) -> object:
    """qs's parseObject: the object one key-value pair stands for."""
    leaf: object = value
    for segment in reversed(segments):
        if segment == "[]":
            array = _Sparse()
            array.push(leaf)
            leaf = array
            continue
        clean = segment[1:-1] if segment.startswith("[") and segment.endswith("]") else segment
        index = int(clean) if clean.isascii() and clean.isdigit() else -1
        if segment != clean and str(index) == clean and 0 <= index <= QUERY_ARRAY_LIMIT:
            array = _Sparse()
            array[index] = leaf
            leaf = array
        else:
            leaf = {clean: leaf}
    return leaf


def _to_object(array: _Sparse) -> dict[str, object]:
    return {str(index): item for index, item in sorted(array.items())}


def _merge(target: object, source: object) -> object:
    """qs's utils.merge (plainObjects off, allowPrototypes off)."""
    if not isinstance(source, dict):
        if isinstance(target, _Sparse):
            target.push(source)
            return target
        if isinstance(target, dict):
            target.setdefault(str(source), True)
            return target
        return _concat([target], source)
    if not isinstance(target, dict):
        return _concat([target], source)
    merged: dict[Any, object] = target
    if isinstance(target, _Sparse) and not isinstance(source, _Sparse):
        merged = _to_object(target)
    if isinstance(merged, _Sparse) and isinstance(source, _Sparse):
        for index, item in sorted(source.items()):
            if index in merged:
                current = merged[index]
                if isinstance(current, dict) and isinstance(item, dict):
                    merged[index] = _merge(current, item)
                else:
                    merged.push(item)
            else:
                merged[index] = item
        return merged
    items = _to_object(source).items() if isinstance(source, _Sparse) else source.items()
    for key, value in items:
        merged[key] = _merge(merged[key], value) if key in merged else value
    return merged


def _concat(head: list[object], tail: object) -> _Sparse:
    """`[target].concat(source)`: an array source is spread (holes kept), anything else appended."""
    result = _Sparse(enumerate(head))
    if isinstance(tail, _Sparse):
        offset = result.length
        for index, item in tail.items():
            result[offset + index] = item
    else:
        result.push(tail)
    return result


def _compact(value: object) -> object:
    """qs's utils.compact: arrays lose their holes; everything becomes plain lists and dicts."""
    if isinstance(value, _Sparse):
        return [_compact(item) for _, item in sorted(value.items())]
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items()}
    return value


def parse_query_string(text: str) -> dict[str, object]:
    """Express's default (`qs`) parse of a query string or an urlencoded body."""
    result: object = {}
    for part in text.split("&")[:QUERY_PARAMETER_LIMIT]:
        if not part:
            continue
        raw_key, equals, raw_value = part.partition("=")
        key = unquote_plus(raw_key, errors="replace")
        if not key:
            continue
        value = unquote_plus(raw_value, errors="replace") if equals else ""
        result = _merge(result, _leaf_object(_key_segments(key), value))
    compacted = _compact(result)
    return compacted if isinstance(compacted, dict) else {}
