from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bacs_direct_debit import BacsDirectDebit, BacsDirectDebitDict
    from ..models.becs_direct_debit import BecsDirectDebit, BecsDirectDebitDict
    from ..models.payment_card import PaymentCard, PaymentCardDict
    from ..models.sepa_direct_debit import SepaDirectDebit, SepaDirectDebitDict
    from ..models.us_bank_account import UsBankAccount, UsBankAccountDict


T = TypeVar("T", bound="AutoPayment")


@_attrs_define
class AutoPayment:
    """Charge the invoice automatically from a saved payment method of the customer.

    Attributes:
        enable (bool):
        type_ (str | Unset):
        payment_method_id (str | Unset):
        customer_id (str | Unset):
        card (PaymentCard | Unset): A card, as its brand and last four digits.
        us_bank_account (UsBankAccount | Unset):
        sepa_direct_debit (SepaDirectDebit | Unset):
        bacs_direct_debit (BacsDirectDebit | Unset):
        becs_direct_debit (BecsDirectDebit | Unset):
        card_id (str | Unset):
    """

    enable: bool
    type_: str | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    card: PaymentCard | Unset = UNSET
    us_bank_account: UsBankAccount | Unset = UNSET
    sepa_direct_debit: SepaDirectDebit | Unset = UNSET
    bacs_direct_debit: BacsDirectDebit | Unset = UNSET
    becs_direct_debit: BecsDirectDebit | Unset = UNSET
    card_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        type_ = self.type_

        payment_method_id = self.payment_method_id

        customer_id = self.customer_id

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        us_bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_bank_account, Unset):
            us_bank_account = self.us_bank_account.to_dict()

        sepa_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sepa_direct_debit, Unset):
            sepa_direct_debit = self.sepa_direct_debit.to_dict()

        bacs_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bacs_direct_debit, Unset):
            bacs_direct_debit = self.bacs_direct_debit.to_dict()

        becs_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.becs_direct_debit, Unset):
            becs_direct_debit = self.becs_direct_debit.to_dict()

        card_id = self.card_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enable": enable,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if card is not UNSET:
            field_dict["card"] = card
        if us_bank_account is not UNSET:
            field_dict["usBankAccount"] = us_bank_account
        if sepa_direct_debit is not UNSET:
            field_dict["sepaDirectDebit"] = sepa_direct_debit
        if bacs_direct_debit is not UNSET:
            field_dict["bacsDirectDebit"] = bacs_direct_debit
        if becs_direct_debit is not UNSET:
            field_dict["becsDirectDebit"] = becs_direct_debit
        if card_id is not UNSET:
            field_dict["cardId"] = card_id

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
        raw = d.pop("enable", ABSENT)
        enable: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "enable")
        raw = d.pop("type", UNSET)
        type_: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "type")
        raw = d.pop("paymentMethodId", UNSET)
        payment_method_id: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "paymentMethodId")
        )
        raw = d.pop("customerId", UNSET)
        customer_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "customerId")
        raw = d.pop("card", UNSET)
        card: PaymentCard | Unset = UNSET if raw is UNSET else read_field(PaymentCard.from_dict, raw, "card")
        raw = d.pop("usBankAccount", UNSET)
        us_bank_account: UsBankAccount | Unset = (
            UNSET if raw is UNSET else read_field(UsBankAccount.from_dict, raw, "usBankAccount")
        )
        raw = d.pop("sepaDirectDebit", UNSET)
        sepa_direct_debit: SepaDirectDebit | Unset = (
            UNSET if raw is UNSET else read_field(SepaDirectDebit.from_dict, raw, "sepaDirectDebit")
        )
        raw = d.pop("bacsDirectDebit", UNSET)
        bacs_direct_debit: BacsDirectDebit | Unset = (
            UNSET if raw is UNSET else read_field(BacsDirectDebit.from_dict, raw, "bacsDirectDebit")
        )
        raw = d.pop("becsDirectDebit", UNSET)
        becs_direct_debit: BecsDirectDebit | Unset = (
            UNSET if raw is UNSET else read_field(BecsDirectDebit.from_dict, raw, "becsDirectDebit")
        )
        raw = d.pop("cardId", UNSET)
        card_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "cardId")
        auto_payment = cls(
            enable=enable,
            type_=type_,
            payment_method_id=payment_method_id,
            customer_id=customer_id,
            card=card,
            us_bank_account=us_bank_account,
            sepa_direct_debit=sepa_direct_debit,
            bacs_direct_debit=bacs_direct_debit,
            becs_direct_debit=becs_direct_debit,
            card_id=card_id,
        )

        return auto_payment


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "enable",
        "type",
        "paymentMethodId",
        "customerId",
        "card",
        "usBankAccount",
        "sepaDirectDebit",
        "bacsDirectDebit",
        "becsDirectDebit",
        "cardId",
    }
)


class AutoPaymentDict(TypedDict, total=False):
    """`AutoPayment` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    enable: Required[bool]
    type: str
    paymentMethodId: str
    customerId: str
    card: PaymentCardDict
    usBankAccount: UsBankAccountDict
    sepaDirectDebit: SepaDirectDebitDict
    bacsDirectDebit: BacsDirectDebitDict
    becsDirectDebit: BecsDirectDebitDict
    cardId: str


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.bacs_direct_debit import BacsDirectDebit
    from ..models.becs_direct_debit import BecsDirectDebit
    from ..models.payment_card import PaymentCard
    from ..models.sepa_direct_debit import SepaDirectDebit
    from ..models.us_bank_account import UsBankAccount
