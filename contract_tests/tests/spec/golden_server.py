"""A tiny server for the golden record's fixture spec (golden/fixture.openapi.yaml), served on loopback by the tests.

It implements the fixture's five operations over an in-memory store, strictly enough to prove what the generated
client sends: it checks the bearer token and the Version header, where the location travels, and the JSON bodies, and
it answers with every shape the spec allows (a 201 for a create when asked, numbers as strings or integers, a null
pet, extra fields). `Server.faults` scripts answers for the next requests (e.g. a 503 after a feeding was recorded).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "golden-token"
VERSION = "2024-05-01"
LOCATION = "loc-1"


@dataclass
class Server:
    """The store and the journal of the tiny server."""

    pets: dict[str, dict[str, Any]] = field(default_factory=dict)
    feedings: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    #: Scripted statuses for the next requests that reach a handler: the request is processed, then this is answered.
    faults: list[int] = field(default_factory=list)
    create_status: int = 201
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def seed(self, count: int) -> None:
        for _ in range(count):
            self._store({"name": f"pet {len(self.pets) + 1}", "kind": "cat", "altId": LOCATION, "altType": "location"})

    def _store(self, body: dict[str, Any]) -> dict[str, Any]:
        number = next(self.ids)
        pet = {key: value for key, value in body.items() if key not in ("altId", "altType")}
        pet.update(
            id=f"pet-{number}",
            number=number if number % 2 else str(number),  # both wire forms of the oneOf
            bornAt=body.get("bornAt", "2024-01-02T03:04:05Z"),
            weight=None,
            owner="not in the spec",  # an extra field: kept, never an error
        )
        self.pets[pet["id"]] = pet
        return pet


def _problem(status: int, message: str) -> JSONResponse:
    return JSONResponse({"message": message, "statusCode": status}, status_code=status)


def create_app(server: Server) -> Starlette:
    async def guarded(request: Request, handler: Any) -> Response:
        server.requests.append(
            (
                request.method,
                request.url.path,
                dict(request.query_params),
                {k.lower(): v for k, v in request.headers.items()},
            )
        )
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return _problem(401, "bad token")
        if request.headers.get("version") != VERSION:
            return _problem(400, "bad version")
        response: Response = await handler(request)
        if server.faults:
            return _problem(server.faults.pop(0), "scripted fault")
        return response

    def location_in_query(request: Request) -> bool:
        return request.query_params.get("altId") == LOCATION and request.query_params.get("altType") == "location"

    async def list_pets(request: Request) -> Response:
        if not location_in_query(request):
            return _problem(400, "altId/altType missing from the query")
        limit, offset = int(request.query_params["limit"]), int(request.query_params["offset"])
        pets = [pet for pet in server.pets.values() if request.query_params.get("kind", pet["kind"]) == pet["kind"]]
        total: int | str = len(pets) if offset % 2 else str(len(pets))
        return JSONResponse({"pets": pets[offset : offset + limit], "total": total})

    async def create_pet(request: Request) -> Response:
        body = json.loads(await request.body())
        if body.get("altId") != LOCATION or body.get("altType") != "location":
            return _problem(400, "altId/altType missing from the body")
        if not body.get("name"):
            return JSONResponse({"message": ["name should not be empty"]}, status_code=422)
        return JSONResponse(server._store(body), status_code=server.create_status)

    async def get_pet(request: Request) -> Response:
        pet = server.pets.get(request.path_params["pet_id"])
        if pet is None or not location_in_query(request):
            return _problem(404, "no such pet")
        headers = {"x-request-tag": request.headers["x-request-tag"]} if "x-request-tag" in request.headers else {}
        return JSONResponse(pet, headers=headers)

    async def delete_pet(request: Request) -> Response:
        body = json.loads(await request.body())
        if body != {"altId": LOCATION, "altType": "location"} or not location_in_query(request):
            return _problem(400, "the location must travel in the body and in the query")
        if server.pets.pop(request.path_params["pet_id"], None) is None:
            return _problem(404, "no such pet")
        return Response(status_code=204)

    async def feed_pet(request: Request) -> Response:
        body = json.loads(await request.body())
        server.feedings.append(body)
        pet = server.pets.get(request.path_params["pet_id"])
        return JSONResponse({"fedAt": "2024-05-01T12:00:00+02:00", "pet": pet})

    def route(path: str, handler: Any, method: str) -> Route:
        async def endpoint(request: Request) -> Response:
            return await guarded(request, handler)

        return Route(path, endpoint, methods=[method])

    return Starlette(
        routes=[
            route("/pets", list_pets, "GET"),
            route("/pets", create_pet, "POST"),
            route("/pets/{pet_id}", get_pet, "GET"),
            route("/pets/{pet_id}", delete_pet, "DELETE"),
            route("/pets/{pet_id}/feed", feed_pet, "POST"),
        ]
    )


__all__ = ["LOCATION", "TOKEN", "VERSION", "Server", "create_app"]
