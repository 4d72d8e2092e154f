"""The emulator's endpoints in the order Express would try their routes (each one's module is in `endpoints/`).

Adding an endpoint is one module under `endpoints/` and one line here, in route order: a literal path such as
`/invoices/generate-invoice-number` must come before a parameterised one such as `/invoices/:invoiceId`.
"""

from __future__ import annotations

from highlevel_invoices_emulator.endpoints import (
    create_invoice,
    delete_invoice,
    generate_invoice_number,
    get_invoice,
    list_invoices,
    record_payment,
    send_invoice,
    text2pay,
    update_invoice,
    void_invoice,
)
from highlevel_invoices_emulator.routing import Endpoint

ENDPOINTS: tuple[Endpoint, ...] = (
    generate_invoice_number.ENDPOINT,
    text2pay.ENDPOINT,
    create_invoice.ENDPOINT,
    list_invoices.ENDPOINT,
    get_invoice.ENDPOINT,
    update_invoice.ENDPOINT,
    delete_invoice.ENDPOINT,
    send_invoice.ENDPOINT,
    record_payment.ENDPOINT,
    void_invoice.ENDPOINT,
)
