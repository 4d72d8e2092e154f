from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    DecodeError,
    required,
)

if TYPE_CHECKING:
    from ..models.stripe_payment_method import StripePaymentMethod


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

        Raises:
            DecodeError: a field has the wrong JSON type, a required field is missing,
                or `src_dict` is not an object; `DecodeError.path` names the field
                (wire names, e.g. `invoice.total`).
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_name = ""
        try:
            field_name = "stripe"
            stripe: StripePaymentMethod = StripePaymentMethod.from_dict(
                required(d, "stripe")
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        payment_methods = cls(
            stripe=stripe,
        )

        return payment_methods


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.stripe_payment_method import StripePaymentMethod
