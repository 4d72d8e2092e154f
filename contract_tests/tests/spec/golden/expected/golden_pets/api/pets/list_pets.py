"""List the pets of a location: `GET /pets`."""

import datetime
from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.alt_type import AltType
from ...models.api_version import ApiVersion
from ...models.pet_kind import PetKind
from ...models.pet_page import PetPage
from ...models.problem import Problem
from ...operation import Operation
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[PetPage] = Operation(
    "GET",
    "/pets",
    success={"200": PetPage.from_dict},
    errors={"400": Problem.from_dict, "5XX": Problem.from_dict},
    resend="always",
)


def call(
    *,
    client: AuthenticatedClient | Client,
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
) -> endpoint.Call[PetPage]:
    """`GET /pets`: List the pets of a location (see the module).

    Args: timeout, extra_headers: For this call only (seconds for the whole call, or an httpx.Timeout per phase: see
            `deadline`; headers to add).

    Raises:
        errors.HighLevelError: An APIStatusError subclass for an error status, ResponseValidationError for an unusable
            success body, RequestValidationError for bad input (nothing was sent), APIConnectionError without an answer.
    """
    return endpoint.Call(
        OPERATION,
        client,
        query={
            "altId": alt_id,
            "altType": alt_type,
            "limit": limit,
            "offset": offset,
            "kind": kind,
            "bornAfter": born_after,
        },
        headers={"Version": version, "X-Request-Tag": x_request_tag},
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
