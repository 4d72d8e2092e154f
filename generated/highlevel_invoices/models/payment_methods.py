from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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
        from ..models.stripe_payment_method import StripePaymentMethod

        d = dict(src_dict)
        stripe = StripePaymentMethod.from_dict(d.pop("stripe"))

        payment_methods = cls(
            stripe=stripe,
        )

        return payment_methods
