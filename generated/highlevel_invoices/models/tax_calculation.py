from ..enums import OpenStrEnum


class TaxCalculation(OpenStrEnum):
    EXCLUSIVE = "exclusive"
