from ..enums import OpenStrEnum


class InvoiceStatus(OpenStrEnum):
    DRAFT = "draft"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    PAYMENT_PROCESSING = "payment_processing"
    SENT = "sent"
    VOID = "void"
