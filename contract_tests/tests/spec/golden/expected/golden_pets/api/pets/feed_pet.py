"""Feed a pet: `POST /pets/{petId}/feed`.

Never resent after an ambiguous failure, whatever the client allows: a pet fed twice is fed twice.
"""

from collections.abc import Mapping

from ... import endpoint
from ...base_client import AuthenticatedClient, Client, TimeoutTypes
from ...models.feed_result import FeedResult
from ...models.feeding import Feeding, FeedingDict
from ...models.problem import Problem
from ...operation import Operation
from ...reading import read_body
from ...types import NOT_GIVEN, NotGiven

OPERATION: Operation[FeedResult] = Operation(
    "POST",
    "/pets/{petId}/feed",
    success={"200": FeedResult.from_dict},
    errors={"409": Problem.from_dict},
    resend="never",
)


def call(
    pet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Feeding | FeedingDict,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
) -> endpoint.Call[FeedResult]:
    """`POST /pets/{petId}/feed`: Feed a pet (see the module).

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
        body=read_body(Feeding, body),
        timeout=timeout,
        extra_headers=extra_headers,
    )


sync_detailed = endpoint.sync_detailed(call)
sync = endpoint.sync(call)
asyncio_detailed = endpoint.asyncio_detailed(call)
asyncio = endpoint.asyncio(call)
