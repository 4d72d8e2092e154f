from ..enums import OpenStrEnum


class InvoiceAction(OpenStrEnum):
    DRAFT = "draft"
    SEND = "send"
