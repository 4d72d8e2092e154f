"""The emulator's endpoints in the order Express would try their routes (each one's module is in `endpoints/`).

Adding an endpoint is one module under `endpoints/` and one line here, in route order: a literal path such as
`/invoices/generate-invoice-number` must come before a parameterised one such as `/invoices/:invoiceId`.
"""

from __future__ import annotations

from .endpoints import delete_invoice, generate_invoice_number, text2pay
from .routing import Endpoint

ENDPOINTS: tuple[Endpoint, ...] = (
    generate_invoice_number.ENDPOINT,
    text2pay.ENDPOINT,
    delete_invoice.ENDPOINT,
)
