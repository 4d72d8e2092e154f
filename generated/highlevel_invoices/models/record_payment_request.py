from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_datetime,
    parse_float,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.alt_type import AltType
from ..models.payment_mode import PaymentMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cheque import Cheque, ChequeDict
    from ..models.payment_card import PaymentCard, PaymentCardDict
    from ..models.record_payment_request_meta import RecordPaymentRequestMeta, RecordPaymentRequestMetaDict


T = TypeVar("T", bound="RecordPaymentRequest")


@_attrs_define
class RecordPaymentRequest:
    """A payment received outside the vendor.

    Attributes:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        mode (PaymentMode): How a manually recorded payment was made.
        card (PaymentCard | Unset): A card, as its brand and last four digits.
        cheque (Cheque | Unset):
        notes (str | Unset): A note recorded with the payment.
        amount (float | Unset): The amount paid, in major units; at most what is due.
        meta (RecordPaymentRequestMeta | Unset): Free-form data recorded with the payment.
        payment_schedule_ids (list[str] | Unset): The payment schedules this payment settles.
        fulfilled_at (datetime.datetime | Unset): When the payment was made, an ISO 8601 timestamp.
    """

    alt_id: str
    mode: PaymentMode
    alt_type: AltType = AltType.LOCATION
    card: PaymentCard | Unset = UNSET
    cheque: Cheque | Unset = UNSET
    notes: str | Unset = UNSET
    amount: float | Unset = UNSET
    meta: RecordPaymentRequestMeta | Unset = UNSET
    payment_schedule_ids: list[str] | Unset = UNSET
    fulfilled_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        mode = self.mode.value

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        cheque: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheque, Unset):
            cheque = self.cheque.to_dict()

        notes = self.notes

        amount = self.amount

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        payment_schedule_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_schedule_ids, Unset):
            payment_schedule_ids = self.payment_schedule_ids

        fulfilled_at: str | Unset = UNSET
        if not isinstance(self.fulfilled_at, Unset):
            fulfilled_at = self.fulfilled_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "mode": mode,
            }
        )
        if card is not UNSET:
            field_dict["card"] = card
        if cheque is not UNSET:
            field_dict["cheque"] = cheque
        if notes is not UNSET:
            field_dict["notes"] = notes
        if amount is not UNSET:
            field_dict["amount"] = amount
        if meta is not UNSET:
            field_dict["meta"] = meta
        if payment_schedule_ids is not UNSET:
            field_dict["paymentScheduleIds"] = payment_schedule_ids
        if fulfilled_at is not UNSET:
            field_dict["fulfilledAt"] = fulfilled_at

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
        raw = d.pop("altId", ABSENT)
        alt_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "altId")
        raw = d.pop("altType", ABSENT)
        alt_type: AltType = read_field(AltType.decode, raw, "altType", AltType.LOCATION)
        raw = d.pop("mode", ABSENT)
        mode: PaymentMode = read_field(PaymentMode.decode, raw, "mode")
        raw = d.pop("card", UNSET)
        card: PaymentCard | Unset = UNSET if raw is UNSET else read_field(PaymentCard.from_dict, raw, "card")
        raw = d.pop("cheque", UNSET)
        cheque: Cheque | Unset = UNSET if raw is UNSET else read_field(Cheque.from_dict, raw, "cheque")
        raw = d.pop("notes", UNSET)
        notes: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "notes")
        raw = d.pop("amount", UNSET)
        amount: float | Unset = (
            raw if (type(raw) is float or type(raw) is int) or raw is UNSET else read_leaf(parse_float, raw, "amount")
        )
        raw = d.pop("meta", UNSET)
        meta: RecordPaymentRequestMeta | Unset = (
            UNSET if raw is UNSET else read_field(RecordPaymentRequestMeta.from_dict, raw, "meta")
        )
        raw = d.pop("paymentScheduleIds", UNSET)
        payment_schedule_ids: list[str] | Unset = (
            UNSET if raw is UNSET else read_leaf((lambda v: parse_list(v, parse_str)), raw, "paymentScheduleIds")
        )
        raw = d.pop("fulfilledAt", UNSET)
        fulfilled_at: datetime.datetime | Unset = (
            UNSET if raw is UNSET else read_leaf(parse_datetime, raw, "fulfilledAt")
        )
        record_payment_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            mode=mode,
            card=card,
            cheque=cheque,
            notes=notes,
            amount=amount,
            meta=meta,
            payment_schedule_ids=payment_schedule_ids,
            fulfilled_at=fulfilled_at,
        )

        return record_payment_request


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
        "mode",
        "card",
        "cheque",
        "notes",
        "amount",
        "meta",
        "paymentScheduleIds",
        "fulfilledAt",
    }
)


class RecordPaymentRequestDict(TypedDict, total=False):
    """`RecordPaymentRequest` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
    mode: Required[PaymentMode | Literal["cash", "card", "cheque", "bank_transfer", "other"]]
    card: PaymentCardDict
    cheque: ChequeDict
    notes: str
    amount: float
    meta: RecordPaymentRequestMetaDict
    paymentScheduleIds: list[str]
    fulfilledAt: str


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.cheque import Cheque
    from ..models.payment_card import PaymentCard
    from ..models.record_payment_request_meta import RecordPaymentRequestMeta
