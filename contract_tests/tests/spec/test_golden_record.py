"""The golden record: the package generated from a small fixture spec that uses every construct the templates support
(golden/fixture.openapi.yaml) is committed (golden/expected/), regenerating it must give the same bytes, a deliberate
template change must show, and the committed package must work against a tiny loopback server of that spec.

`make golden-record` regenerates the record after a deliberate template change (then review its diff).
"""

from __future__ import annotations

import asyncio
import datetime
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.tests.spec.golden_server import LOCATION, TOKEN, Server, create_app
from highlevel_invoices_emulator.serving import serve_in_thread
from scripts.generate import GOLDEN_TARGET, TEMPLATES, render

EXPECTED = GOLDEN_TARGET.output
sys.path.insert(0, str(EXPECTED))

import golden_pets  # noqa: E402
from golden_pets import (  # noqa: E402
    AsyncGoldenPets,
    GoldenPets,
    InternalServerError,
    MissingLocationError,
    NotFoundError,
    ResponseTooLargeError,
    RetryPolicy,
    UnprocessableEntityError,
)
from golden_pets.deadline import Deadline, deadline_of  # noqa: E402
from golden_pets.models import FeedResult, Pet, PetKind, Size, Toy  # noqa: E402

FAST = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }


def _stale(rendered: Path) -> list[str]:
    expected, committed = _tree(rendered), _tree(EXPECTED)
    return sorted(name for name in expected.keys() | committed.keys() if expected.get(name) != committed.get(name))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("golden") / "expected"
    result = render(output, GOLDEN_TARGET)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_the_golden_record_is_what_the_templates_generate(fresh: Path) -> None:
    assert _stale(fresh) == [], "the templates' output changed: review it, then run `make golden-record`"


@pytest.mark.slow
def test_a_deliberate_template_change_fails_the_golden_record(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    kind = templates / "kinds" / "int_property.py.jinja"
    kind.write_text(kind.read_text().replace("parse_int", "parse_float"), encoding="utf-8")
    output = tmp_path / "expected"
    result = render(output, GOLDEN_TARGET, templates=templates)
    assert result.returncode == 0, result.stdout + result.stderr
    # Only `Problem.statusCode` is a bare integer: `PetPage.total` is a union with a string, read as a string.
    assert _stale(output) == ["golden_pets/models/problem.py"]


def test_the_golden_package_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "golden_pets"],
        capture_output=True,
        text=True,
        check=False,
        cwd=EXPECTED,  # outside the project's mypy configuration, which leaves the golden record out
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_endpoint_modules_are_thin() -> None:
    for path in (GOLDEN_TARGET.package / "api" / "pets").glob("*.py"):
        if path.name != "__init__.py":
            assert len(path.read_text().splitlines()) < 80, path.name


# Against a tiny server of the fixture spec, over loopback HTTP.


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def base_url(server: Server) -> Iterator[str]:
    with serve_in_thread(create_app(server)) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[GoldenPets]:
    with GoldenPets(TOKEN, base_url=base_url, location_id=LOCATION, retry=FAST) as client:
        yield client


def _create(client: GoldenPets, **changes: Any) -> Pet:
    fields: dict[str, Any] = {
        "name": "Rex",
        "kind": "dog",
        "size": Size.VALUE_2,
        "tags": ["good"],
        "toys": [{"name": "ball", "squeaks": True, "price": 2.5}],
        "born_at": "2020-02-29T10:00:00+01:00",
        "adopted_on": "2021-03-01",
        "nickname": None,
        "labels": {"colour": "brown"},
    }
    fields.update(changes)
    return client.pets.create(**fields)


def test_create_reads_a_201_as_the_created_pet(client: GoldenPets, server: Server) -> None:
    pet = _create(client)
    assert server.pets[pet.id]["name"] == "Rex"
    assert pet.kind is PetKind.DOG
    assert pet.size is Size.VALUE_2
    assert pet.born_at == datetime.datetime(2020, 2, 29, 9, 0, tzinfo=datetime.UTC)
    assert pet.adopted_on == datetime.date(2021, 3, 1)
    assert pet.toys == [Toy(name="ball", squeaks=True, price=2.5)]
    assert not isinstance(pet.labels, Unset)
    assert pet.labels["colour"] == "brown"
    assert pet.nickname is None
    assert pet.weight is None
    assert pet["owner"] == "not in the spec"
    assert isinstance(pet.number, str)  # the oneOf of a string and an integer, delivered as a string
    server.create_status = 200
    assert _create(client, name="Fido").name == "Fido"


def test_the_location_travels_where_the_spec_says(client: GoldenPets, server: Server) -> None:
    pet = _create(client)
    assert client.pets.get_pet(pet.id, x_request_tag="t-1").id == pet.id
    method, _path, query, headers = server.requests[-1]
    assert (method, query, headers["x-request-tag"], headers["version"]) == (
        "GET",
        {"altId": LOCATION, "altType": "location"},
        "t-1",
        "2024-05-01",
    )
    client.pets.delete(pet.id)  # the 204: no body, documented so (the method returns None)
    assert pet.id not in server.pets
    with pytest.raises(NotFoundError) as caught:
        client.pets.get_pet(pet.id)
    assert caught.value.message == "no such pet"
    assert caught.value.parsed_body is not None


def test_without_a_location_nothing_is_sent(base_url: str, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIGHLEVEL_LOCATION_ID", raising=False)
    with GoldenPets(TOKEN, base_url=base_url) as client, pytest.raises(MissingLocationError):
        client.pets.get_pet("pet-1")
    assert server.requests == []
    monkeypatch.setenv("HIGHLEVEL_LOCATION_ID", LOCATION)
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", base_url)
    with GoldenPets(TOKEN) as client:
        assert list(client.pets.list()) == []
    assert server.requests[-1][2]["altId"] == LOCATION


def test_validation_errors_are_typed(client: GoldenPets) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        _create(client, name="")
    assert caught.value.messages == ["name should not be empty"]


def test_the_pager_fetches_pages_lazily_and_stops_at_the_total(client: GoldenPets, server: Server) -> None:
    server.seed(5)
    pager = client.pets.list(kind=PetKind.CAT)
    assert server.requests == []  # nothing is fetched before iteration
    names = [pet.name for pet in pager]
    assert names == [f"pet {n}" for n in range(1, 6)]
    offsets = [query["offset"] for _, _, query, _ in server.requests]
    assert offsets == ["0", "2", "4"]  # 2 a page (the spec's page-size); stopped at total 5, no empty page fetched
    assert [query["limit"] for _, _, query, _ in server.requests] == ["2", "2", "2"]
    pages = list(client.pets.list(page_size=3).pages)
    assert [len(page.pets) for page in pages] == [3, 2]
    assert [page.total for page in pages] == ["5", "5"]


def test_the_pager_stops_at_an_empty_page(client: GoldenPets, server: Server) -> None:
    server.seed(4)
    assert len(list(client.pets.list(page_size=4))) == 4
    assert [query["offset"] for _, _, query, _ in server.requests] == ["0"]
    assert list(client.pets.list(kind=PetKind.DOG)) == []


def test_the_async_pager_and_methods(base_url: str, server: Server) -> None:
    server.seed(3)

    async def run() -> tuple[list[str], list[int], FeedResult]:
        async with AsyncGoldenPets(TOKEN, base_url=base_url, location_id=LOCATION) as client:
            names = [pet.name async for pet in client.pets.list()]
            sizes = [len(page.pets) async for page in client.pets.list(page_size=2).pages]
            fed = await client.pets.feed_pet("pet-1", grams=20, food={"brand": "Acme"})
            return names, sizes, fed

    names, sizes, fed = asyncio.run(run())
    assert names == ["pet 1", "pet 2", "pet 3"]
    assert sizes == [2, 1]
    assert fed.fed_at.utcoffset() == datetime.timedelta(hours=2)
    assert isinstance(fed.pet, Pet)
    assert fed.pet.id == "pet-1"


def test_every_page_is_one_call_bounded_by_its_timeout_and_max_response_size(base_url: str, server: Server) -> None:
    server.seed(5)
    deadlines: list[Deadline | None] = []
    inner = httpx.HTTPTransport()

    class Recording(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            deadlines.append(deadline_of(request))
            return inner.handle_request(request)

    with GoldenPets(TOKEN, base_url=base_url, location_id=LOCATION, transport=Recording()) as client:
        assert len(list(client.pets.list(timeout=2.5))) == 5
    assert [deadline.total if deadline else None for deadline in deadlines] == [2.5, 2.5, 2.5]
    assert len({id(deadline) for deadline in deadlines}) == 3  # each page its own call, with its own deadline
    small = GoldenPets(TOKEN, base_url=base_url, location_id=LOCATION, max_response_size=64)
    with small, pytest.raises(ResponseTooLargeError) as caught:
        next(iter(small.pets.list()))
    assert caught.value.limit == 64


def test_a_never_resend_operation_is_not_resent_whatever_the_client_allows(base_url: str, server: Server) -> None:
    """feedPet is `x-resend: never`: a 503 after the server recorded the feeding is raised, not retried, even with
    retry_unsafe_posts; the opt-in create is resent under the same policy."""
    policy = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002, retry_unsafe_posts=True)
    with GoldenPets(TOKEN, base_url=base_url, location_id=LOCATION, retry=policy) as client:
        server.faults = [503]
        with pytest.raises(InternalServerError):
            client.pets.feed_pet("pet-1", grams=10, food="kibble")
        assert len(server.feedings) == 1
        server.faults = [503]
        _create(client)
        assert len(server.pets) == 2  # opt-in: resent, since the client allowed it (and created twice, as warned)


def test_an_opt_in_operation_is_not_resent_by_default(client: GoldenPets, server: Server) -> None:
    server.faults = [503]
    with pytest.raises(InternalServerError):
        _create(client)
    assert len(server.pets) == 1


def test_an_always_operation_is_resent(client: GoldenPets, server: Server) -> None:
    server.seed(1)
    server.faults = [503]
    assert [pet.name for pet in client.pets.list()] == ["pet 1"]
    assert len(server.requests) == 2


def test_the_low_level_functions_still_work(client: GoldenPets, server: Server) -> None:
    from golden_pets.api.pets import list_pets

    response = list_pets.sync_detailed(client=client.client, alt_id=LOCATION, limit="1", offset=0)
    assert response.status_code == 200
    assert response.parsed.pets == []
    assert golden_pets.__version__.startswith("2024.5.1+spec.")


Unset = golden_pets.types.Unset
