"""The one route matcher takes a request as the vendor's router would: literal segments in any case, ids as
they are, repeated and trailing slashes dropped, literal routes before parameterised ones whatever order they are
declared in; and the suite's cards are routed by it."""

from __future__ import annotations

import pytest

from contract_tests.operations import registry
from contract_tests.operations.routes import Route, Router, normalized_path

ROUTER = Router(
    [
        Route("DELETE", "/things/{thingId}", "delete"),
        Route("GET", "/things/{thingId}", "get"),
        Route("GET", "/things/special", "special"),  # declared after the parameter: still tried first
        Route("POST", "/things/{thingId}/void", "void"),
    ]
)


@pytest.mark.parametrize(
    ("method", "path", "target", "params"),
    [
        ("GET", "/things/special", "special", {}),
        ("get", "/THINGS/Special/", "special", {}),
        ("GET", "//things//special//", "special", {}),
        ("GET", "/things/AbC123", "get", {"thingId": "AbC123"}),
        ("HEAD", "/things/AbC123", "get", {"thingId": "AbC123"}),
        ("DELETE", "/things/special", "delete", {"thingId": "special"}),
        ("POST", "/Things/x/VOID", "void", {"thingId": "x"}),
    ],
)
def test_a_request_reaches_the_route_the_vendors_router_takes(
    method: str, path: str, target: str, params: dict[str, str]
) -> None:
    found = ROUTER.match(method, path)
    assert found is not None
    assert (found.target, dict(found.params)) == (target, params)


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/things/x"), ("GET", "/things"), ("GET", "/things/x/y"), ("PUT", "/things/x")]
)
def test_other_requests_reach_no_route(method: str, path: str) -> None:
    assert ROUTER.match(method, path) is None


def test_paths_are_normalized_as_the_router_reads_them() -> None:
    assert normalized_path("//a//B/") == "/a/B"
    assert normalized_path("/") == "/"
    assert normalized_path("") == "/"


def test_every_card_is_reached_at_its_own_path_in_any_case_and_with_a_trailing_slash() -> None:
    for card in registry.CARDS:
        path = card.path.replace("{", "").replace("}", "")  # a parameter's own name as its value
        for variant in (path, path.upper() + "/", "/" + path + "//"):
            found = registry.match(card.method.lower(), variant)
            assert found is not None, variant
            assert found.target is card, (variant, found.target)
