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
from .models.create_invoice_request import CreateInvoiceRequestDict
from .models.delete_invoice_request import DeleteInvoiceRequestDict
from .models.record_payment_request import RecordPaymentRequestDict
from .models.send_invoice_request import SendInvoiceRequestDict
from .models.text_2_pay_invoice_request import Text2PayInvoiceRequestDict
from .models.update_invoice_request import UpdateInvoiceRequestDict
from .models.void_invoice_request import VoidInvoiceRequestDict
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
    "CreateInvoiceRequestDict",
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
    "RateLimitWaitError",
    "RecordPaymentRequestDict",
    "RequestValidationError",
    "ResponseBodyError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
    "SendInvoiceRequestDict",
    "SyncPager",
    "Text2PayInvoiceRequestDict",
    "Timeout",
    "UnprocessableEntityError",
    "UpdateInvoiceRequestDict",
    "VoidInvoiceRequestDict",
    "__version__",
)
