"""The facts of one operation (`Operation`), and the two halves of the one request path every call takes: building the
request from its arguments, and reading the answer.

A generated endpoint module states its operation's facts once, e.g.::

    OPERATION: Operation[DeletedInvoice] = Operation(
        "DELETE", "/invoices/{invoiceId}", success={"200": DeletedInvoice.from_dict}, errors={"400": ...}
    )

and `Client.request` (base_client.py) sends it. Success is decided here, once: any 2xx answer is a success, read with
the decoder the spec documents for its status, else with the operation's documented success body (a 201 where the docs
say 200 is still the invoice that was created). Every other status raises the typed error `errors.error_class` maps it
to, with the error body read by the model the spec documents for that status.
"""

import datetime
import enum
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote

import httpx

from .decoding import parse_union
from .errors import attempts_of
from .reading import decode_success, status_error
from .retry import IDEMPOTENT_METHODS, RESEND_EXTENSION
from .types import UNSET, Response

T = TypeVar("T")

Decoder = Callable[[Any], Any]
#: Argument values that are not sent (`in` compares by identity first, and UNSET and None equal nothing else).
_ABSENT = (UNSET, None)
#: The resend rules of the spec's `x-resend` (see retry.RESEND_EXTENSION).
RESEND_RULES = frozenset({"always", "never", "opt-in"})


def wire_value(value: object) -> object:
    """A query value as httpx sends it: an enum as its value, a date or date-time in ISO 8601, lists item by item."""
    if type(value) is str:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [wire_value(item) for item in value]
    return value


def header_value(value: object) -> str:
    """A header value as text (booleans as JSON writes them)."""
    value = wire_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _by_status(table: Mapping[str, Decoder | None]) -> tuple[dict[int, Decoder | None], dict[int, Decoder | None]]:
    """The decoders of `table` (keyed by the spec's status patterns: "200", "2XX") by exact status and by class."""
    exact: dict[int, Decoder | None] = {}
    classes: dict[int, Decoder | None] = {}
    for pattern, decoder in table.items():
        if pattern.isdigit():
            exact[int(pattern)] = decoder
        elif len(pattern) == 3 and pattern[0].isdigit() and pattern[1:].upper() == "XX":
            classes[int(pattern[0])] = decoder
        else:
            raise ValueError(f"status pattern {pattern!r} is neither a status (200) nor a class (2XX)")
    return exact, classes


class Operation(Generic[T]):
    """One operation of the spec: its method, path template, documented answers and resend rule.

    Args:
        method, path: The HTTP method and the path template, with the spec's `{name}` placeholders.
        success: The decoder of each documented 2xx body, by status pattern ("200", "2XX"); None for a documented 2xx
            without a body.
        errors: The decoder of each documented error body, by status pattern.
        resend: The spec's `x-resend` ("always", "never", "opt-in"), or None for the method's own rule.
    """

    __slots__ = (
        "_error_classes",
        "_errors",
        "_extensions",
        "_fallback",
        "_success",
        "_success_classes",
        "method",
        "path",
        "resend",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        success: Mapping[str, Callable[[Any], T] | None],
        errors: Mapping[str, Callable[[Any], object] | None] | None = None,
        resend: str | None = None,
    ) -> None:
        if resend is not None and resend not in RESEND_RULES:
            raise ValueError(f"resend rule {resend!r} is not one of {sorted(RESEND_RULES)}")
        self.method = method.upper()
        self.path = path
        self.resend = resend
        # The rule travels with the request only where it differs from the method's own (one dict less per call).
        default = "always" if self.method in IDEMPOTENT_METHODS else "opt-in"
        self._extensions = None if resend is None or resend == default else {RESEND_EXTENSION: resend}
        self._success, self._success_classes = _by_status(success)
        self._errors, self._error_classes = _by_status(errors or {})
        bodies = list(dict.fromkeys(decoder for decoder in success.values() if decoder is not None))
        self._fallback: Decoder | None = (
            None if not bodies else bodies[0] if len(bodies) == 1 else lambda data: parse_union(data, *bodies)
        )

    def build(
        self,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = UNSET,
    ) -> dict[str, Any]:
        """The keyword arguments of `httpx.Client.request` for one call; UNSET and None values are left out."""
        url = self.path
        if path:
            for name, value in path.items():
                url = url.replace("{" + name + "}", quote(str(wire_value(value)), safe=""))
        kwargs: dict[str, Any] = {"method": self.method, "url": url}
        if query:
            params = {
                name: wire_value(value) for name, value in query.items() if value is not UNSET and value is not None
            }
            if params:
                kwargs["params"] = params
        if headers:
            sent = {
                name: header_value(value) for name, value in headers.items() if value is not UNSET and value is not None
            }
            if sent:  # only then: per-request headers cost httpx a merge
                kwargs["headers"] = sent
        if json is not UNSET:
            kwargs["json"] = json
        if self._extensions is not None:
            kwargs["extensions"] = dict(self._extensions)
        return kwargs

    def success_decoder(self, status: int) -> Decoder | None:
        """The decoder of a 2xx answer: the one documented for its status, else for its class, else the operation's
        documented success body (None: no body to read)."""
        if status in self._success:
            return self._success[status]
        if 2 in self._success_classes:
            return self._success_classes[2]
        return self._fallback

    def error_decoder(self, status: int) -> Callable[[Any], object] | None:
        """The decoder of the error body documented for `status` (by status, then by class), or None."""
        if status in self._errors:
            return self._errors[status]
        return self._error_classes.get(status // 100)

    def read(self, response: httpx.Response, *, strict: bool = False) -> Response[T]:
        """The answer as a `Response` when it is a success (any 2xx); otherwise the typed error, raised."""
        status = response.status_code
        if not 200 <= status <= 299:
            raise status_error(response, body_model=self.error_decoder(status))
        decoder = self.success_decoder(status)
        parsed: object = None
        problems: tuple[str, ...] = ()
        if decoder is not None:
            parsed, problems = decode_success(response, decoder, strict=strict)
        return Response(
            status_code=_http_status(status),
            content=response.content,
            headers=response.headers,
            parsed=cast(T, parsed),
            attempts=attempts_of(response.request),
            problems=problems,
        )

    def __repr__(self) -> str:
        return f"Operation({self.method} {self.path})"


_HTTP_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def _http_status(status: int) -> HTTPStatus:
    """`status` as an HTTPStatus; a code the standard library does not name (e.g. 299) stays the int it is."""
    return _HTTP_STATUSES.get(status, cast(HTTPStatus, status))


__all__ = ["RESEND_RULES", "Operation", "header_value", "wire_value"]
