from enum import StrEnum


class TaxCalculation(StrEnum):
    EXCLUSIVE = "exclusive"

    def __str__(self) -> str:
        return str(self.value)
