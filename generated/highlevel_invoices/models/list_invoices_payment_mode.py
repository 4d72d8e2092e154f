from ..enums import OpenStrEnum


class ListInvoicesPaymentMode(OpenStrEnum):
    DEFAULT = "default"
    LIVE = "live"
    TEST = "test"
