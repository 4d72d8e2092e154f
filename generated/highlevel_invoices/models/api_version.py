from enum import StrEnum


class ApiVersion(StrEnum):
    V2021_07_28 = "2021-07-28"

    def __str__(self) -> str:
        return str(self.value)
