"""The clients: `GoldenPets(token)` and `AsyncGoldenPets(token)`, with one resource per tag of the spec (`client.pets`,
one method per operation) and one method per operation of their own.

Each method returns the success model or raises an error of `errors`; its `*_detailed` twin returns a `Response` with
the status, headers, number of attempts and the tolerated differences from the spec as well. Every method takes
`timeout=` and `extra_headers=` for that call; `with_options(...)` makes a copy with other settings. `Client` and
`AuthenticatedClient` are the low-level clients the functions of `api/` take, with the spec's defaults.
"""

import builtins
import datetime
from collections.abc import Mapping
from operator import attrgetter
from typing import ClassVar, Literal, cast

from . import base_client, models
from ._metadata import SERVER_URL
from .api.pets import create_pet as _api_create_pet
from .api.pets import delete_pet as _api_delete_pet
from .api.pets import feed_pet as _api_feed_pet
from .api.pets import get_pet as _api_get_pet
from .api.pets import list_pets as _api_list_pets
from .base_client import TimeoutTypes
from .facade import AsyncFacade, SyncFacade
from .models.alt_type import AltType
from .models.api_version import ApiVersion
from .models.feed_result import FeedResult
from .models.feeding import Feeding, FeedingDict
from .models.location import Location, LocationDict
from .models.new_pet import NewPet, NewPetDict
from .models.pet import Pet
from .models.pet_kind import PetKind
from .models.pet_page import PetPage
from .paging import AsyncPager, SyncPager
from .types import NOT_GIVEN, UNSET, NotGiven, Response, Unset, without_unset

#: The spec's server.
DEFAULT_BASE_URL = SERVER_URL
#: Headers every request carries unless overridden: the required headers the spec allows one value for.
DEFAULT_HEADERS: Mapping[str, str] = {
    "Version": ApiVersion.V2024_05_01.value,
}
DEFAULT_TIMEOUT = base_client.DEFAULT_TIMEOUT


class Client(base_client.Client):
    __doc__ = base_client.Client.__doc__
    default_base_url: ClassVar[str] = DEFAULT_BASE_URL
    default_headers: ClassVar[Mapping[str, str]] = DEFAULT_HEADERS


class AuthenticatedClient(base_client.AuthenticatedClient):
    __doc__ = base_client.AuthenticatedClient.__doc__
    default_base_url: ClassVar[str] = DEFAULT_BASE_URL
    default_headers: ClassVar[Mapping[str, str]] = DEFAULT_HEADERS


class Pets:
    """The `pets` operations of the synchronous client: `client.pets.<method>(...)`."""

    def __init__(self, facade: SyncFacade) -> None:
        self._facade = facade

    def list(
        self,
        *,
        alt_id: str | None = None,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        page_size: int = 2,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[PetPage, models.Pet]:
        """List the pets of a location: `GET /pets`, every page.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). Returns an iterator over
        the items that fetches `page_size` of them at a time as it goes (`.pages`: the pages). See `api.pets.list_pets`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)

        def fetch(offset: int, limit: int) -> PetPage:
            return (
                _api_list_pets.call(
                    client=self._facade.client,
                    alt_id=_location,
                    limit=str(limit),
                    offset=offset,
                    kind=kind,
                    born_after=born_after,
                    version=version,
                    x_request_tag=x_request_tag,
                    timeout=timeout,
                    extra_headers=extra_headers,
                ).send()
            ).parsed

        return SyncPager(fetch, items=attrgetter("pets"), total=attrgetter("total"), page_size=page_size)

    def create(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        kind: models.PetKind | Literal["cat", "dog", "bird"],
        size: models.Size | Literal[1, 2, 3] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        toys: builtins.list[models.ToyDict] | Unset = UNSET,
        born_at: str | Unset = UNSET,
        adopted_on: str | Unset = UNSET,
        nickname: str | None | Unset = UNSET,
        labels: models.LabelsDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Create a pet: `POST /pets`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.create_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "kind": kind,
            "size": size,
            "tags": tags,
            "toys": toys,
            "bornAt": born_at,
            "adoptedOn": adopted_on,
            "nickname": nickname,
            "labels": labels,
        }
        return (
            _api_create_pet.call(
                client=self._facade.client,
                body=cast("models.NewPetDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def get_pet(
        self,
        pet_id: str,
        *,
        alt_id: str | None = None,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get a pet: `GET /pets/{petId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.get_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            _api_get_pet.call(
                pet_id,
                client=self._facade.client,
                alt_id=_location,
                x_request_tag=x_request_tag,
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def delete(
        self,
        pet_id: str,
        *,
        alt_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a pet: `DELETE /pets/{petId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.delete_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            _api_delete_pet.call(
                pet_id,
                client=self._facade.client,
                body=cast("models.LocationDict", without_unset(_body)),
                alt_id=_location,
                alt_type="location",
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed

    def feed_pet(
        self,
        pet_id: str,
        *,
        grams: float,
        food: models.FoodDict | str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FeedResult:
        """Feed a pet: `POST /pets/{petId}/feed`.

        See `api.pets.feed_pet` for the arguments and errors.
        """
        _body = {
            "grams": grams,
            "food": food,
        }
        return (
            _api_feed_pet.call(
                pet_id,
                client=self._facade.client,
                body=cast("models.FeedingDict", without_unset(_body)),
                timeout=timeout,
                extra_headers=extra_headers,
            ).send()
        ).parsed


class AsyncPets:
    """The `pets` operations of the asyncio client: `await client.pets.<method>(...)` (a list method returns its
    iterator at once: `async for item in client.pets.<list method>(...)`)."""

    def __init__(self, facade: AsyncFacade) -> None:
        self._facade = facade

    def list(
        self,
        *,
        alt_id: str | None = None,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        page_size: int = 2,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PetPage, models.Pet]:
        """List the pets of a location: `GET /pets`, every page.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). Returns an iterator over
        the items that fetches `page_size` of them at a time as it goes (`.pages`: the pages). See `api.pets.list_pets`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)

        async def fetch(offset: int, limit: int) -> PetPage:
            return (
                await _api_list_pets.call(
                    client=self._facade.client,
                    alt_id=_location,
                    limit=str(limit),
                    offset=offset,
                    kind=kind,
                    born_after=born_after,
                    version=version,
                    x_request_tag=x_request_tag,
                    timeout=timeout,
                    extra_headers=extra_headers,
                ).asend()
            ).parsed

        return AsyncPager(fetch, items=attrgetter("pets"), total=attrgetter("total"), page_size=page_size)

    async def create(
        self,
        *,
        alt_id: str | None = None,
        name: str,
        kind: models.PetKind | Literal["cat", "dog", "bird"],
        size: models.Size | Literal[1, 2, 3] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        toys: builtins.list[models.ToyDict] | Unset = UNSET,
        born_at: str | Unset = UNSET,
        adopted_on: str | Unset = UNSET,
        nickname: str | None | Unset = UNSET,
        labels: models.LabelsDict | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Create a pet: `POST /pets`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.create_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
            "name": name,
            "kind": kind,
            "size": size,
            "tags": tags,
            "toys": toys,
            "bornAt": born_at,
            "adoptedOn": adopted_on,
            "nickname": nickname,
            "labels": labels,
        }
        return (
            await _api_create_pet.call(
                client=self._facade.client,
                body=cast("models.NewPetDict", without_unset(_body)),
                version=version,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def get_pet(
        self,
        pet_id: str,
        *,
        alt_id: str | None = None,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get a pet: `GET /pets/{petId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.get_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        return (
            await _api_get_pet.call(
                pet_id,
                client=self._facade.client,
                alt_id=_location,
                x_request_tag=x_request_tag,
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def delete(
        self,
        pet_id: str,
        *,
        alt_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a pet: `DELETE /pets/{petId}`.

        `alt_id` defaults to the client's location id (`location_id=`, HIGHLEVEL_LOCATION_ID). See `api.pets.delete_pet`
        for the arguments and errors.
        """
        _location = self._facade.resolve_location(alt_id)
        _body = {
            "altId": _location,
            "altType": "location",
        }
        return (
            await _api_delete_pet.call(
                pet_id,
                client=self._facade.client,
                body=cast("models.LocationDict", without_unset(_body)),
                alt_id=_location,
                alt_type="location",
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed

    async def feed_pet(
        self,
        pet_id: str,
        *,
        grams: float,
        food: models.FoodDict | str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FeedResult:
        """Feed a pet: `POST /pets/{petId}/feed`.

        See `api.pets.feed_pet` for the arguments and errors.
        """
        _body = {
            "grams": grams,
            "food": food,
        }
        return (
            await _api_feed_pet.call(
                pet_id,
                client=self._facade.client,
                body=cast("models.FeedingDict", without_unset(_body)),
                timeout=timeout,
                extra_headers=extra_headers,
            ).asend()
        ).parsed


class GoldenPets(SyncFacade):
    """The client: `GoldenPets(token)`, then `client.<resource>.<method>(...)` (or one method per operation); use it as
    a context manager or call `close()`. Safe to share between threads (pacing is shared).
    """

    client_class = AuthenticatedClient

    @property
    def pets(self) -> Pets:
        """The `pets` operations: `client.pets.<method>(...)`."""
        return Pets(self)

    def list_pets(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        limit: str,
        offset: int,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PetPage:
        """List the pets of a location.

        See `api.pets.list_pets.sync`.
        """
        return _api_list_pets.sync(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            limit=limit,
            offset=offset,
            kind=kind,
            born_after=born_after,
            version=version,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_pets_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        limit: str,
        offset: int,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[PetPage]:
        """Like `list_pets`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_list_pets.sync_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            limit=limit,
            offset=offset,
            kind=kind,
            born_after=born_after,
            version=version,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_pet(
        self,
        body: NewPet | NewPetDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Create a pet.

        See `api.pets.create_pet.sync`.
        """
        return _api_create_pet.sync(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_pet_detailed(
        self,
        body: NewPet | NewPetDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Pet]:
        """Like `create_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_create_pet.sync_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_pet(
        self,
        *,
        pet_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get a pet.

        See `api.pets.get_pet.sync`.
        """
        return _api_get_pet.sync(
            client=self._client,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_pet_detailed(
        self,
        *,
        pet_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Pet]:
        """Like `get_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_get_pet.sync_detailed(
            client=self._client,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_pet(
        self,
        body: Location | LocationDict,
        *,
        pet_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a pet.

        See `api.pets.delete_pet.sync`.
        """
        return _api_delete_pet.sync(
            client=self._client,
            body=body,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_pet_detailed(
        self,
        body: Location | LocationDict,
        *,
        pet_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[None]:
        """Like `delete_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_delete_pet.sync_detailed(
            client=self._client,
            body=body,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def feed_pet(
        self,
        body: Feeding | FeedingDict,
        *,
        pet_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FeedResult:
        """Feed a pet.

        See `api.pets.feed_pet.sync`.
        """
        return _api_feed_pet.sync(
            client=self._client,
            body=body,
            pet_id=pet_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def feed_pet_detailed(
        self,
        body: Feeding | FeedingDict,
        *,
        pet_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[FeedResult]:
        """Like `feed_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return _api_feed_pet.sync_detailed(
            client=self._client,
            body=body,
            pet_id=pet_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncGoldenPets(AsyncFacade):
    """The asyncio client: `AsyncGoldenPets(token)`, then `await client.<resource>.<method>(...)` (or one method per
    operation); use it as an async context manager or `await close()`. Safe to share between tasks (pacing is shared).
    """

    client_class = AuthenticatedClient

    @property
    def pets(self) -> AsyncPets:
        """The `pets` operations: `client.pets.<method>(...)`."""
        return AsyncPets(self)

    async def list_pets(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        limit: str,
        offset: int,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PetPage:
        """List the pets of a location.

        See `api.pets.list_pets.asyncio`.
        """
        return await _api_list_pets.asyncio(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            limit=limit,
            offset=offset,
            kind=kind,
            born_after=born_after,
            version=version,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_pets_detailed(
        self,
        *,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        limit: str,
        offset: int,
        kind: PetKind | Unset = UNSET,
        born_after: datetime.datetime | Unset = UNSET,
        version: ApiVersion | Unset = UNSET,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[PetPage]:
        """Like `list_pets`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_list_pets.asyncio_detailed(
            client=self._client,
            alt_id=alt_id,
            alt_type=alt_type,
            limit=limit,
            offset=offset,
            kind=kind,
            born_after=born_after,
            version=version,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_pet(
        self,
        body: NewPet | NewPetDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Create a pet.

        See `api.pets.create_pet.asyncio`.
        """
        return await _api_create_pet.asyncio(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_pet_detailed(
        self,
        body: NewPet | NewPetDict,
        *,
        version: ApiVersion | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Pet]:
        """Like `create_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_create_pet.asyncio_detailed(
            client=self._client,
            body=body,
            version=version,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_pet(
        self,
        *,
        pet_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get a pet.

        See `api.pets.get_pet.asyncio`.
        """
        return await _api_get_pet.asyncio(
            client=self._client,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_pet_detailed(
        self,
        *,
        pet_id: str,
        alt_id: str,
        alt_type: AltType = AltType.LOCATION,
        x_request_tag: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Pet]:
        """Like `get_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_get_pet.asyncio_detailed(
            client=self._client,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            x_request_tag=x_request_tag,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_pet(
        self,
        body: Location | LocationDict,
        *,
        pet_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a pet.

        See `api.pets.delete_pet.asyncio`.
        """
        return await _api_delete_pet.asyncio(
            client=self._client,
            body=body,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_pet_detailed(
        self,
        body: Location | LocationDict,
        *,
        pet_id: str,
        alt_id: str | Unset = UNSET,
        alt_type: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[None]:
        """Like `delete_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_delete_pet.asyncio_detailed(
            client=self._client,
            body=body,
            pet_id=pet_id,
            alt_id=alt_id,
            alt_type=alt_type,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def feed_pet(
        self,
        body: Feeding | FeedingDict,
        *,
        pet_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FeedResult:
        """Feed a pet.

        See `api.pets.feed_pet.asyncio`.
        """
        return await _api_feed_pet.asyncio(
            client=self._client,
            body=body,
            pet_id=pet_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def feed_pet_detailed(
        self,
        body: Feeding | FeedingDict,
        *,
        pet_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[FeedResult]:
        """Like `feed_pet`, returning the whole Response.

        The Response has the status, headers, number of attempts and tolerated differences from the spec as well.
        """
        return await _api_feed_pet.asyncio_detailed(
            client=self._client,
            body=body,
            pet_id=pet_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_TIMEOUT",
    "AsyncGoldenPets",
    "AsyncPets",
    "AuthenticatedClient",
    "Client",
    "GoldenPets",
    "Pets",
]
