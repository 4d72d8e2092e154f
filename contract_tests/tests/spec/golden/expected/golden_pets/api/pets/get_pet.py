"""Get a pet: `GET /pets/{petId}`."""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.alt_type import AltType
from ...models.pet import Pet
from ...models.problem import Problem
from ...operation import Operation
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[Pet] = Operation(
    "GET",
    "/pets/{petId}",
    success={"200": Pet.from_dict},
    errors={"404": Problem.from_dict},
)


def call(
    pet_id: str,
    *,
    client: AuthenticatedClient | Client,
    alt_id: str,
    alt_type: AltType = AltType.LOCATION,
    x_request_tag: str | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[Pet]:
    """`GET /pets/{petId}`: Get a pet (see the module).

    Args: timeout, extra_headers: For this call only (seconds for the whole call, or an httpx.Timeout per phase: see
            `deadline`; headers to add).

    Raises:
        errors.HighLevelError: An APIStatusError subclass for an error status, ResponseValidationError for an unusable
            success body, RequestValidationError for bad input (nothing was sent), APIConnectionError without an answer.
    """
    return endpoint.Call(
        OPERATION,
        client,
        path={"petId": pet_id},
        query={"altId": alt_id, "altType": alt_type},
        headers={"X-Request-Tag": x_request_tag},
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
