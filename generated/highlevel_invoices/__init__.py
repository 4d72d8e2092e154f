"""A client library for accessing HighLevel's Invoices API (generated; vendor this
whole directory).

Quick start::

    from highlevel_invoices import HighLevelInvoices

    with HighLevelInvoices("<token>") as client:
        number = client.generate_invoice_number(alt_id="<location id>")

Runtime dependencies: httpx, attrs, python-dateutil.
"""

from .client import (
    AsyncHighLevelInvoices,
    AsyncRetryTransport,
    AuthenticatedClient,
    Client,
    HighLevelInvoices,
    RateLimitPacer,
    RetryEvent,
    RetryPolicy,
    RetryTransport,
)
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HighLevelError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)

__all__ = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHighLevelInvoices",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "HighLevelError",
    "HighLevelInvoices",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitPacer",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
    "UnprocessableEntityError",
)
