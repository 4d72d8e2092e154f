from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StripePaymentMethod")


@_attrs_define
class StripePaymentMethod:
    """
    Attributes:
        enable_bank_debit_only (bool):
    """

    enable_bank_debit_only: bool

    def to_dict(self) -> dict[str, Any]:
        enable_bank_debit_only = self.enable_bank_debit_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enableBankDebitOnly": enable_bank_debit_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_bank_debit_only = d.pop("enableBankDebitOnly")

        stripe_payment_method = cls(
            enable_bank_debit_only=enable_bank_debit_only,
        )

        return stripe_payment_method
