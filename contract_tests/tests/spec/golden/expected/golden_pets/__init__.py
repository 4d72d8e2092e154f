"""A client library for Golden Pets, generated from its curated OpenAPI spec.

Quick start::

    from golden_pets import GoldenPets

    with GoldenPets("<token>", location_id="<location id>") as client:  # or HIGHLEVEL_TOKEN, ..._LOCATION_ID
        number = client.invoices.generate_number()

Runtime dependencies: httpx and attrs. `__version__` is the spec's `info.version` plus a digest of the spec
(`SPEC_DIGEST`), so two builds from different specs never share a version.
"""

from ._metadata import SPEC_DIGEST, SPEC_VERSION, __version__
from .client import AsyncGoldenPets, AsyncPets, AuthenticatedClient, Client, GoldenPets, Pets
from .deadline import Timeout
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HighLevelError,
    InternalServerError,
    MissingLocationError,
    MissingTokenError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitWaitError,
    RequestValidationError,
    ResponseBodyError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from .models.feeding import FeedingDict
from .models.location import LocationDict
from .models.new_pet import NewPetDict
from .paging import AsyncPager, SyncPager
from .ratelimit import RateLimitPacer
from .retry import AsyncRetryTransport, RetryEvent, RetryPolicy, RetryTransport

__all__ = (
    "SPEC_DIGEST",
    "SPEC_VERSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncGoldenPets",
    "AsyncPager",
    "AsyncPets",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "FeedingDict",
    "GoldenPets",
    "HighLevelError",
    "InternalServerError",
    "LocationDict",
    "MissingLocationError",
    "MissingTokenError",
    "NewPetDict",
    "NotFoundError",
    "PermissionDeniedError",
    "Pets",
    "RateLimitError",
    "RateLimitPacer",
    "RateLimitWaitError",
    "RequestValidationError",
    "ResponseBodyError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
    "SyncPager",
    "Timeout",
    "UnprocessableEntityError",
    "__version__",
)
