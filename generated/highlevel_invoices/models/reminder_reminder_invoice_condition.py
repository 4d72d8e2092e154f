from ..enums import OpenStrEnum


class ReminderReminderInvoiceCondition(OpenStrEnum):
    INVOICE_OVERDUE = "invoice_overdue"
    INVOICE_SENT = "invoice_sent"
