from ..enums import OpenStrEnum


class ListInvoicesSortField(OpenStrEnum):
    ISSUEDATE = "issueDate"
