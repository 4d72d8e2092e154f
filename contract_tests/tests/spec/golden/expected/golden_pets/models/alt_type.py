from ..enums import OpenStrEnum


class AltType(OpenStrEnum):
    LOCATION = "location"
