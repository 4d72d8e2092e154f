"""A client library for HighLevel Invoices, generated from its curated OpenAPI spec.

Quick start::

    from highlevel_invoices import HighLevelInvoices

    with HighLevelInvoices("<token>", location_id="<location id>") as client:  # or HIGHLEVEL_TOKEN, ..._LOCATION_ID
        number = client.invoices.generate_number()

Runtime dependencies: httpx and attrs. `__version__` is the spec's `info.version` plus a digest of the spec
(`SPEC_DIGEST`), so two builds from different specs never share a version.
"""

from ._metadata import SPEC_DIGEST, SPEC_VERSION, __version__
from .client import AsyncHighLevelInvoices, AsyncInvoices, AuthenticatedClient, Client, HighLevelInvoices, Invoices
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
    RequestValidationError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from .models.delete_invoice_request import DeleteInvoiceRequestDict
from .models.text_2_pay_invoice_request import Text2PayInvoiceRequestDict
from .paging import AsyncPager, SyncPager
from .ratelimit import RateLimitPacer
from .retry import AsyncRetryTransport, RetryEvent, RetryPolicy, RetryTransport

__all__ = (
    "SPEC_DIGEST",
    "SPEC_VERSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHighLevelInvoices",
    "AsyncInvoices",
    "AsyncPager",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DeleteInvoiceRequestDict",
    "HighLevelError",
    "HighLevelInvoices",
    "InternalServerError",
    "Invoices",
    "MissingLocationError",
    "MissingTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitPacer",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
    "SyncPager",
    "Text2PayInvoiceRequestDict",
    "UnprocessableEntityError",
    "__version__",
)
