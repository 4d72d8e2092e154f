from enum import StrEnum


class InvoiceAction(StrEnum):
    DRAFT = "draft"
    SEND = "send"

    def __str__(self) -> str:
        return str(self.value)
