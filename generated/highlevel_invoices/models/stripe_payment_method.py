from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    ABSENT,
    DecodeError,
    parse_bool,
    present,
)

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
            field_name = "enableBankDebitOnly"
            raw = d.pop("enableBankDebitOnly", ABSENT)
            enable_bank_debit_only: bool = (
                raw if type(raw) is bool else parse_bool(present(raw))
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
        stripe_payment_method = cls(
            enable_bank_debit_only=enable_bank_debit_only,
        )

        return stripe_payment_method
