from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

if TYPE_CHECKING:
    from ..models.invoice_payment_methods_stripe import InvoicePaymentMethodsStripe


T = TypeVar("T", bound="InvoicePaymentMethods")


@_attrs_define
class InvoicePaymentMethods:
    """The payment methods the request gave, as stored.

    Attributes:
        stripe (InvoicePaymentMethodsStripe | Unset):
    """

    stripe: InvoicePaymentMethodsStripe | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

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
            raw = d.pop("stripe", UNSET)
            stripe: InvoicePaymentMethodsStripe | Unset = (
                UNSET
                if isinstance(raw, Unset)
                else InvoicePaymentMethodsStripe.from_dict(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        invoice_payment_methods = cls(
            stripe=stripe,
        )

        # `d` is a fresh copy holding only the fields not read above.
        invoice_payment_methods.additional_properties = d
        return invoice_payment_methods

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.invoice_payment_methods_stripe import InvoicePaymentMethodsStripe
