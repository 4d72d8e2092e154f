from ..enums import OpenStrEnum


class MaxLateFeesType(OpenStrEnum):
    FIXED = "fixed"
