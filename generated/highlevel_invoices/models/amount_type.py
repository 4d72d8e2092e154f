from ..enums import OpenStrEnum


class AmountType(OpenStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
