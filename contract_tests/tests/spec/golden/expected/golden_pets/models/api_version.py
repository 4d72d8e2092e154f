from ..enums import OpenStrEnum


class ApiVersion(OpenStrEnum):
    V2024_05_01 = "2024-05-01"
