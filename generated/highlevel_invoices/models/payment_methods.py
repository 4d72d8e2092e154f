from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    read_field,
    reject_unknown,
)

if TYPE_CHECKING:
    from ..models.stripe_payment_method import StripePaymentMethod, StripePaymentMethodDict


T = TypeVar("T", bound="PaymentMethods")


@_attrs_define
class PaymentMethods:
    """
    Attributes:
        stripe (StripePaymentMethod):
    """

    stripe: StripePaymentMethod

    def to_dict(self) -> dict[str, Any]:
        stripe = self.stripe.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stripe": stripe,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the JSON object `src_dict`, checking every field against the spec.

        A bare call reads strictly; inside `decoding.decode(..., strict=False)` (as for success answers) differences
        below the top level are tolerated and recorded (see `decoding`).

        Raises:
            DecodeError: A field breaks the spec, or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):  # first, so that a misspelt key is reported as such, not as a missing one
            reject_unknown([key for key in d if key not in _FIELDS], _FIELDS)
        raw = d.pop("stripe", ABSENT)
        stripe: StripePaymentMethod = read_field(StripePaymentMethod.from_dict, raw, "stripe")
        payment_methods = cls(
            stripe=stripe,
        )

        return payment_methods


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "stripe",
    }
)


class PaymentMethodsDict(TypedDict, total=False):
    """`PaymentMethods` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    stripe: Required[StripePaymentMethodDict]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.stripe_payment_method import StripePaymentMethod
