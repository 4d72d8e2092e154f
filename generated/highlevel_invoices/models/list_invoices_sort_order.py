from ..enums import OpenStrEnum


class ListInvoicesSortOrder(OpenStrEnum):
    ASCEND = "ascend"
    DESCEND = "descend"
