from ..enums import OpenStrEnum


class ReminderIntervalType(OpenStrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MINUTELY = "minutely"
    MONTHLY = "monthly"
    SECONDLY = "secondly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
