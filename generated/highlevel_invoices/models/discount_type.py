from ..enums import OpenStrEnum


class DiscountType(OpenStrEnum):
    FIXED = "fixed"
    PERCENTAGE = "percentage"
