from ..enums import OpenStrEnum


class LateFeesInterval(OpenStrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    MONTH = "month"
    ONE_TIME = "one_time"
    WEEK = "week"
