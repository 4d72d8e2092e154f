from enum import StrEnum


class AltType(StrEnum):
    LOCATION = "location"

    def __str__(self) -> str:
        return str(self.value)
