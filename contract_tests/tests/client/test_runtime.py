"""The hand-written runtime, tested where it is written (spec/client_runtime/), without the generated package."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import httpx
import pytest

from spec.client_runtime import decoding
from spec.client_runtime.auth import TokenAuth, resolve_token
from spec.client_runtime.base_client import AuthenticatedClient, as_timeout
from spec.client_runtime.deadline import Timeout
from spec.client_runtime.enums import OpenIntEnum, OpenStrEnum
from spec.client_runtime.errors import MissingTokenError
from spec.client_runtime.retry import POLICY_EXTENSION, RetryPolicy, RetryTransport
from spec.client_runtime.types import UNSET


class Colour(OpenStrEnum):
    RED = "red"


class Size(OpenIntEnum):
    ONE = 1


def test_parse_enum_strict_and_tolerant() -> None:
    assert decoding.parse_enum(Colour, "red") is Colour.RED
    with pytest.raises(decoding.DecodeError, match="unexpected value 'blue'"):
        decoding.parse_enum(Colour, "blue")
    value, problems = decoding.decode(lambda raw: decoding.parse_enum(Colour, raw), "blue")
    assert (value, value.is_known, type(value)) == ("blue", False, Colour)
    assert [problem.reason for problem in problems] == ["unexpected value 'blue'; expected one of 'red'"]
    number, _ = decoding.decode(lambda raw: decoding.parse_enum(Size, raw), 7)
    assert (number, number.is_known) == (7, False)
    with pytest.raises(decoding.DecodeError):  # a JSON type the enum cannot hold is never kept
        decoding.decode(lambda raw: decoding.parse_enum(Size, raw), "7")


def test_read_field_tolerates_below_the_top_level_only() -> None:
    def nested(raw: object) -> object:
        return decoding.read_field(decoding.parse_int, decoding.ABSENT, "qty")

    with pytest.raises(decoding.DecodeError, match="required field is missing"):
        decoding.decode(lambda raw: decoding.read_field(decoding.parse_int, decoding.ABSENT, "qty"), {})
    value, problems = decoding.decode(lambda raw: decoding.read_field(nested, raw, "item"), {})
    assert value is UNSET
    assert [problem.path for problem in problems] == ["item.qty"]
    assert decoding.read_field(decoding.parse_str, decoding.ABSENT, "altType", "location") == "location"


def test_reject_unknown_names_the_nearest_key() -> None:
    with pytest.raises(decoding.DecodeError) as caught:
        decoding.reject_unknown(["acton"], {"action", "altId"})
    assert str(caught.value) == "acton: unknown field; did you mean 'action'?"
    with pytest.raises(decoding.DecodeError, match="valid names: action, altId"):
        decoding.reject_unknown(["zzz"], {"action", "altId"})
    _, problems = decoding.decode(lambda raw: decoding.reject_unknown(raw, {"action"}), ["acton"])
    assert [problem.path for problem in problems] == ["acton"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [("2025-05-28T07:00:00.000Z", True), ("2025-05-28T07:00:00+02:00", True), ("2025-05-28T07:00:00", False),
     ("2025-05-28", False)],
)  # fmt: skip
def test_date_times_are_timezone_aware(text: str, ok: bool) -> None:
    if ok:
        assert decoding.parse_datetime(text).tzinfo is not None
    else:
        with pytest.raises(decoding.DecodeError):
            decoding.parse_datetime(text)


def test_resolve_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIGHLEVEL_TOKEN", " pit-env ")
    assert resolve_token(None) == "pit-env"
    assert resolve_token("given") == "given"
    monkeypatch.setenv("HIGHLEVEL_TOKEN", "")
    with pytest.raises(MissingTokenError):
        resolve_token(None)


def test_token_auth_rejects_an_empty_token() -> None:
    flow = TokenAuth(lambda: "").sync_auth_flow(httpx.Request("GET", "http://127.0.0.1/"))
    with pytest.raises(TypeError, match="non-empty string"):
        next(flow)


def test_a_request_can_carry_its_own_retry_policy() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    transport = RetryTransport(httpx.MockTransport(handler), policy=RetryPolicy(max_retries=3, backoff_initial=0))
    request = httpx.Request("GET", "http://127.0.0.1/", extensions={POLICY_EXTENSION: RetryPolicy(max_retries=0)})
    assert transport.handle_request(request).status_code == 503
    assert len(calls) == 1


def test_base_client_defaults_come_from_the_subclass() -> None:
    class Spec(AuthenticatedClient):
        default_base_url: ClassVar[str] = "http://127.0.0.1:9/"
        default_headers: ClassVar[Mapping[str, str]] = {"Version": "v"}

    client = Spec(token="t")
    assert client.base_url == "http://127.0.0.1:9"
    assert client.request_headers() == {"Version": "v", "Authorization": "Bearer t"}
    assert as_timeout(3) == Timeout(3, total=3)  # a number bounds each phase and the whole call
    assert as_timeout(3) != httpx.Timeout(3)
    assert as_timeout(None) is None
