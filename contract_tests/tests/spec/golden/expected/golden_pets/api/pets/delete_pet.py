"""Delete a pet: `DELETE /pets/{petId}`."""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.location import Location, LocationDict
from ...models.problem import Problem
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[None] = Operation(
    "DELETE",
    "/pets/{petId}",
    success={"204": None},
    errors={"404": Problem.from_dict},
    resend="always",
)


def call(
    pet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Location | LocationDict,
    alt_id: str | Unset = UNSET,
    alt_type: str | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[None]:
    """`DELETE /pets/{petId}`: Delete a pet (see the module).

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
        body=read_body(Location, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
