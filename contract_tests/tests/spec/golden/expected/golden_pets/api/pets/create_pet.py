"""Create a pet: `POST /pets`.

Creates a pet; the server answers 200 or 201 with the pet.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.api_version import ApiVersion
from ...models.new_pet import NewPet, NewPetDict
from ...models.pet import Pet
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, UNSET, NotGiven, Unset

OPERATION: Operation[Pet] = Operation(
    "POST",
    "/pets",
    success={"200": Pet.from_dict, "201": Pet.from_dict},
    errors={"400": Problem.from_dict, "422": ValidationProblem.from_dict},
    resend="opt-in",
)


def call(
    *,
    client: AuthenticatedClient | Client,
    body: NewPet | NewPetDict,
    version: ApiVersion | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[Pet]:
    """`POST /pets`: Create a pet (see the module).

    Args: timeout, extra_headers: For this call only (seconds for the whole call, or an httpx.Timeout per phase: see
            `deadline`; headers to add).

    Raises:
        errors.HighLevelError: An APIStatusError subclass for an error status, ResponseValidationError for an unusable
            success body, RequestValidationError for bad input (nothing was sent), APIConnectionError without an answer.
    """
    return endpoint.Call(
        OPERATION,
        client,
        headers={"Version": version},
        body=read_body(NewPet, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
