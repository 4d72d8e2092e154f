from ..enums import OpenStrEnum


class GraceInterval(OpenStrEnum):
    DAY = "day"
