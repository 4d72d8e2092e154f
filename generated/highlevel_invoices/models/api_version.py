from ..enums import OpenStrEnum


class ApiVersion(OpenStrEnum):
    V2021_07_28 = "2021-07-28"
