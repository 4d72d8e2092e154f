from ..enums import OpenStrEnum


class ReminderReminderTime(OpenStrEnum):
    AFTER = "after"
    BEFORE = "before"
