from enum import StrEnum


class GraceInterval(StrEnum):
    DAY = "day"

    def __str__(self) -> str:
        return str(self.value)
