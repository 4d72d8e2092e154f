"""What may reach the target: the guard forwards only a request it parsed and re-serialized itself.

The rule is structural, not a search for bad words. A request goes out in one of three shapes, all rebuilt here:
- no body (headers kept, but never a content coding);
- a JSON body: exactly one `Content-Type: application/json` header (charset absent or UTF-8), no
  `Content-Encoding`, a body that is strict UTF-8 JSON (no byte order mark, no NaN/Infinity, no duplicate keys,
  at most `MAX_DEPTH` levels deep), whose objects satisfy the draft rule; the bytes forwarded are this module's
  own `json.dumps` of what it parsed, with `Content-Type: application/json` and a fresh `Content-Length`;
- a known malformed probe: a body of `MALFORMED_PROBES`, or unparseable junk without a `{` (no parser can read
  an object from it), byte for byte, as `application/json`; or a
  body that passes the JSON rule, re-serialized, under one of `PROBE_MEDIA_TYPES` (Schemathesis' wrong-type probes).

Anything else is refused: another media type or charset (the vendor decodes UTF-16/32 when told to), a form body,
a second `Content-Type` or `Content-Encoding` header, JSON this module cannot parse (Python's `json` refuses an
integer of more than 4,300 digits that a Node parser accepts; escapes like `\\u0061ction` are decoded before the
rule is applied, and the escape never reaches the wire), nesting deeper than `MAX_DEPTH`.

The draft rule: a JSON object body for an operation whose card sets a `billing` rule, as the vendor's router
matches it (`contract_tests.operations.routes`: any case, repeated or trailing slashes), names the billing fields
exactly as that rule says (text2pay `action: "draft"`, `liveMode: false`; a create `liveMode: false`; a send
`action: "send_manually"`, `liveMode: false`; an update at most `liveMode: false`), spelled exactly so; no key
anywhere spells either name in another case, no nested object carries them, and a body for any other route names
neither. In live mode, in addition: only
operations whose card sets a live rule may be called, each as its rule admits (e.g. an update or a delete only of
an invoice this run created); no method-override header (`X-HTTP-Method-Override`, `X-HTTP-Method`,
`X-Method-Override`: a server that honours one would run another method than the one checked) on any request; a
write (any method but GET and HEAD) carries only the query parameters its operation declares, each once; and the
path and query forwarded are the normalized ones checked here (the query re-encoded from what was parsed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from contract_tests.operations import registry
from contract_tests.operations.card import Card, LiveCall
from contract_tests.operations.drafts import BILLING_KEYS
from contract_tests.operations.routes import normalized_path

MAX_DEPTH = 32  # the vendor's request schemas nest 4 deep; a fuzzed body deeper than this proves nothing
JSON_MEDIA_TYPE = "application/json"

# Schemathesis' coverage phase sends a valid body under a Content-Type the operation does not accept, to see it
# rejected. Such a probe goes out only if its body passes the JSON rule too (the guard's own serialization of a
# draft), and only under types that cannot give it billing fields: text/plain has no keys, and multipart/form-data
# without a boundary cannot be split into parts. (A form, application/x-www-form-urlencoded, is never one: the
# vendor parses it into keys.)
PROBE_MEDIA_TYPES = frozenset({"text/plain", "multipart/form-data"})

# Bodies the suite may send on purpose to see how the target answers broken input: fixed bytes that no parser
# reads as an object (each is cut before its first key), forwarded unchanged.
MALFORMED_PROBES = frozenset({b"{", b'{"altId": ', b"[1, 2"})

_BILLING_WORDS = re.compile(rb"action|livemode", re.IGNORECASE)

DROPPED_HEADERS = frozenset({b"content-type", b"content-length", b"content-encoding", b"transfer-encoding"})
# Headers some frameworks (Express's method-override, Rails, Symfony) read as the method to run instead.
METHOD_OVERRIDE_HEADERS = frozenset({b"x-http-method-override", b"x-http-method", b"x-method-override"})
READ_METHODS = frozenset({"GET", "HEAD"})

Headers = tuple[tuple[bytes, bytes], ...]


class RefusedRequestError(ValueError):
    """A request the policy will not forward; the message says why."""


@dataclass(frozen=True)
class OutgoingRequest:
    method: str
    path: str
    headers: Headers
    body: bytes
    query: bytes = b""  # the raw query string, without `?`


@dataclass(frozen=True)
class Policy:
    """`live`: the path and ownership rules apply too; `owns(invoice_id)` says whether this run created it."""

    live: bool = False
    owns: Callable[[str], bool] = lambda _invoice_id: False


def header_values(headers: Headers, name: bytes) -> list[str]:
    return [v.decode("latin-1") for k, v in headers if k.lower() == name]


def _content_coding(headers: Headers) -> None:
    codings = header_values(headers, b"content-encoding")
    if len(codings) > 1:
        raise RefusedRequestError(f"{len(codings)} Content-Encoding headers ({codings!r}); none may be sent")
    if codings and codings[0].strip().lower() != "identity":
        raise RefusedRequestError(f"a body with Content-Encoding {codings[0]!r}; the guard forwards no content coding")


def _media_type(headers: Headers) -> str:
    """The media type the body goes out under: `application/json`, or one of PROBE_MEDIA_TYPES."""
    types = header_values(headers, b"content-type")
    if len(types) != 1:
        raise RefusedRequestError(f"a body with {len(types)} Content-Type headers; exactly one application/json")
    media, *params = (part.strip() for part in types[0].split(";"))
    if media.lower() in PROBE_MEDIA_TYPES and not params:
        return media.lower()
    if media.lower() != JSON_MEDIA_TYPE:
        raise RefusedRequestError(f"a body of Content-Type {types[0]!r}; only application/json in UTF-8 goes out")
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() != "charset" or value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise RefusedRequestError(f"Content-Type {types[0]!r}: only UTF-8 JSON goes out (no other parameters)")
    return JSON_MEDIA_TYPE


def is_malformed_probe(body: bytes) -> bool:
    """A body forwarded as is: one of MALFORMED_PROBES, or unparseable junk naming no billing field from which no
    parser can read an object: junk without a `{` (such as a lone NUL byte), or junk without NUL bytes whose first
    character (read as UTF-8, after byte order marks and JSON white space) opens no object or array, so a JSON
    parser fails on it (Schemathesis sends such random bytes). Only under `application/json`, where the vendor
    parses no form."""
    if body in MALFORMED_PROBES:
        return True
    if _BILLING_WORDS.search(body) or _parses(body):
        return False
    return b"{" not in body or (b"\x00" not in body and not _opens_container(body))


def _opens_container(body: bytes) -> bool:
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff \t\n\r")
    return text.startswith(("{", "["))


def _parses(body: bytes) -> bool:
    try:
        parse_json(body)
    except RefusedRequestError:
        return False
    return True


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def parse_json(body: bytes) -> Any:
    """The body as strict JSON, or RefusedRequestError (a RecursionError of a deep body included)."""
    if body.startswith(b"\xef\xbb\xbf"):
        raise RefusedRequestError("a JSON body with a byte order mark")
    try:
        text = body.decode("utf-8")
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_unique_keys)
    except UnicodeDecodeError as error:
        raise RefusedRequestError(f"a body that is not UTF-8 ({error.reason} at byte {error.start})") from None
    except RecursionError:
        raise RefusedRequestError("a JSON body nested too deeply to parse") from None
    except ValueError as error:
        raise RefusedRequestError(f"a body the guard cannot parse as JSON ({error})") from None


def _walk(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every object in `value` with its depth (the top level is 0), without recursion."""
    stack: list[tuple[int, Any]] = [(0, value)]
    while stack:
        depth, node = stack.pop()
        if depth > MAX_DEPTH:
            raise RefusedRequestError(f"a JSON body nested deeper than {MAX_DEPTH} levels")
        if isinstance(node, dict):
            yield depth, node
            stack.extend((depth + 1, child) for child in node.values())
        elif isinstance(node, list):
            stack.extend((depth + 1, child) for child in node)


def _draft_rule(data: Any, card: Card | None) -> None:
    """An object body of an operation with a billing rule names the billing fields only as the rule says (a
    text2pay body is a draft in test mode); any other body names neither billing field at all."""
    rule = card.billing if card is not None else None
    allowed = dict(rule.values) if rule is not None else {}
    for depth, node in _walk(data):
        for key in node:
            spelling = BILLING_KEYS.get(key.casefold())
            if spelling is None:
                continue
            if key != spelling:
                raise RefusedRequestError(f"a body with the key {key!r}: only {spelling!r}, spelled so, may go out")
            if depth > 0:
                raise RefusedRequestError(f"a body with {key!r} in a nested object; only the top level may name it")
            if key not in allowed:
                where = card.label if card is not None else "an unknown route"
                takes = "no billing fields" if rule is None else f"no {key!r}"
                raise RefusedRequestError(f"a body naming {key!r} sent to {where}, which takes {takes}")
    if rule is not None and isinstance(data, dict):
        for key, wanted in rule.values:
            found = data.get(key, "<missing>")
            if (found == "<missing>" and rule.optional) or (found == wanted and type(found) is type(wanted)):
                continue
            shown = ", ".join(f"{k}={data.get(k, '<missing>')!r}" for k, _ in rule.values)
            raise RefusedRequestError(f"a body with {shown} (only {rule.describe()})")


def serialize(data: Any) -> bytes:
    """The guard's own encoding of what it checked: compact UTF-8 JSON (escaped where a string is not UTF-8)."""
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a `\\ud800` escape: keep it escaped
        return json.dumps(data, ensure_ascii=True, allow_nan=False).encode("ascii")


def _live_rules(method: str, path: str, data: Any, policy: Policy) -> None:
    """The card's live rule decides; an operation without a card, or whose card sets none, is never called."""
    found = registry.match(method, path)
    if found is None:
        raise RefusedRequestError(f"{method} {path}: not an operation a live run may call")
    card = found.target
    if card.live_rule is None:
        raise RefusedRequestError(
            f"{method} {path}: {card.operation_id} sets no live rule, so a live run never calls it"
        )
    reason = card.live_rule(LiveCall(card, found.params, data), policy.owns)
    if reason is not None:
        raise RefusedRequestError(reason)


def _method_override(headers: Headers) -> None:
    named = sorted({k.decode("latin-1") for k, _ in headers if k.lower() in METHOD_OVERRIDE_HEADERS})
    if named:
        raise RefusedRequestError(f"a method-override header ({', '.join(named)}); the method sent is the one checked")


def _live_query(method: str, path: str, query: bytes) -> bytes:
    """The query to forward in live mode, re-encoded from what was parsed; a write carries only its operation's
    declared parameters, each once."""
    try:
        pairs = parse_qsl(query.decode("ascii"), keep_blank_values=True, strict_parsing=bool(query))
    except (UnicodeDecodeError, ValueError):
        raise RefusedRequestError(f"{method} {path}: a query string the guard cannot parse ({query[:80]!r})") from None
    if method not in READ_METHODS and pairs:
        found = registry.match(method, path)
        declared = found.target.query_parameters if found is not None else frozenset()
        names = [name for name, _ in pairs]
        unknown = sorted({name for name in names if name not in declared})
        if unknown:
            raise RefusedRequestError(
                f"{method} {path} with the query parameter(s) {', '.join(map(repr, unknown))}, which the operation "
                "does not declare; a write carries only its declared ones"
            )
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise RefusedRequestError(f"{method} {path} with the query parameter(s) {repeated!r} given twice")
    return urlencode(pairs).encode("ascii")


def check(request: OutgoingRequest, policy: Policy) -> OutgoingRequest:
    """The request to forward in place of `request`, or RefusedRequestError."""
    kept = tuple((k, v) for k, v in request.headers if k.lower() not in DROPPED_HEADERS)
    _content_coding(request.headers)
    path = normalized_path(request.path) if policy.live else request.path
    method = request.method.upper()
    query = request.query
    if policy.live:
        _method_override(request.headers)
        query = _live_query(method, path, request.query)
    if not request.body:
        if policy.live:
            _live_rules(method, path, None, policy)
        types = header_values(request.headers, b"content-type")
        if len(types) > 1:
            raise RefusedRequestError(f"{len(types)} Content-Type headers; at most one may be sent")
        content_type = tuple((b"content-type", v.encode("latin-1")) for v in types)
        return OutgoingRequest(method, path, kept + content_type, b"", query)
    media_type = _media_type(request.headers)
    if media_type == JSON_MEDIA_TYPE and is_malformed_probe(request.body):
        body, data = request.body, None
    else:
        data = parse_json(request.body)
        found = registry.match(method, request.path)
        _draft_rule(data, found.target if found is not None else None)
        body = serialize(data)
    if policy.live:
        _live_rules(method, path, data, policy)
    length = str(len(body)).encode()
    headers = (*kept, (b"content-type", media_type.encode()), (b"content-length", length))
    return OutgoingRequest(method, path, headers, body, query)


def raw_path(path: str) -> bytes:
    """`path` percent-encoded for the wire (what a forwarder sends for a checked path)."""
    return quote(path, safe="/:@!$&'()*+,;=-._~").encode("ascii")
