"""Contains all the data models used in inputs/outputs, and each model's TypedDict twin (`<Model>Dict`)."""

from .alt_type import AltType
from .api_version import ApiVersion
from .feed_result import FeedResult, FeedResultDict
from .feeding import Feeding, FeedingDict
from .food import Food, FoodDict
from .labels import Labels, LabelsDict
from .location import Location, LocationDict
from .new_pet import NewPet, NewPetDict
from .pet import Pet, PetDict
from .pet_kind import PetKind
from .pet_page import PetPage, PetPageDict
from .problem import Problem, ProblemDict
from .size import Size
from .toy import Toy, ToyDict
from .validation_problem import ValidationProblem, ValidationProblemDict

__all__ = (
    "AltType",
    "ApiVersion",
    "FeedResult",
    "FeedResultDict",
    "Feeding",
    "FeedingDict",
    "Food",
    "FoodDict",
    "Labels",
    "LabelsDict",
    "Location",
    "LocationDict",
    "NewPet",
    "NewPetDict",
    "Pet",
    "PetDict",
    "PetKind",
    "PetPage",
    "PetPageDict",
    "Problem",
    "ProblemDict",
    "Size",
    "Toy",
    "ToyDict",
    "ValidationProblem",
    "ValidationProblemDict",
)
