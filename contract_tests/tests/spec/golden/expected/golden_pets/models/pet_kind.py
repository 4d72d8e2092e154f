from ..enums import OpenStrEnum


class PetKind(OpenStrEnum):
    BIRD = "bird"
    CAT = "cat"
    DOG = "dog"
