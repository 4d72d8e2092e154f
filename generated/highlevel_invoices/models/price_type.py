from ..enums import OpenStrEnum


class PriceType(OpenStrEnum):
    ONE_TIME = "one_time"
    RECURRING = "recurring"
