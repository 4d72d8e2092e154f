from enum import StrEnum


class MaxLateFeesType(StrEnum):
    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)
