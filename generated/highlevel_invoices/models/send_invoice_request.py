from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

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
from ..models.alt_type import AltType
from ..models.send_action import SendAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_payment import AutoPayment, AutoPaymentDict
    from ..models.invoice_sender import InvoiceSender, InvoiceSenderDict


T = TypeVar("T", bound="SendInvoiceRequest")


@_attrs_define
class SendInvoiceRequest:
    """How to send the invoice, and by whom.

    Attributes:
        alt_id (str): Id of a location (sub-account), 20 alphanumerics on the live API.
        alt_type (AltType): What `altId` names; these endpoints accept locations only.
        user_id (str): Id of a user of the location (or of its agency) who sends the invoice; future messages about it
            go through this account.
        action (SendAction): `send_manually` marks the invoice sent and notifies nobody; the others make the vendor
            email, text, or both.
        live_mode (bool): `false` sends it in test mode; `true` makes it payable for real money.
        sent_from (InvoiceSender | Unset): The sender of the invoice's email (not used with `send_manually`).
        auto_payment (AutoPayment | Unset): Charge the invoice automatically from a saved payment method of the
            customer.
    """

    alt_id: str
    user_id: str
    action: SendAction
    live_mode: bool
    alt_type: AltType = AltType.LOCATION
    sent_from: InvoiceSender | Unset = UNSET
    auto_payment: AutoPayment | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        user_id = self.user_id

        action = self.action.value

        live_mode = self.live_mode

        sent_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_from, Unset):
            sent_from = self.sent_from.to_dict()

        auto_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_payment, Unset):
            auto_payment = self.auto_payment.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "userId": user_id,
                "action": action,
                "liveMode": live_mode,
            }
        )
        if sent_from is not UNSET:
            field_dict["sentFrom"] = sent_from
        if auto_payment is not UNSET:
            field_dict["autoPayment"] = auto_payment

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
        raw = d.pop("userId", ABSENT)
        user_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "userId")
        raw = d.pop("action", ABSENT)
        action: SendAction = read_field(SendAction.decode, raw, "action")
        raw = d.pop("liveMode", ABSENT)
        live_mode: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "liveMode")
        raw = d.pop("sentFrom", UNSET)
        sent_from: InvoiceSender | Unset = (
            UNSET if raw is UNSET else read_field(InvoiceSender.from_dict, raw, "sentFrom")
        )
        raw = d.pop("autoPayment", UNSET)
        auto_payment: AutoPayment | Unset = (
            UNSET if raw is UNSET else read_field(AutoPayment.from_dict, raw, "autoPayment")
        )
        send_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            user_id=user_id,
            action=action,
            live_mode=live_mode,
            sent_from=sent_from,
            auto_payment=auto_payment,
        )

        return send_invoice_request


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "altId",
        "altType",
        "userId",
        "action",
        "liveMode",
        "sentFrom",
        "autoPayment",
    }
)


class SendInvoiceRequestDict(TypedDict, total=False):
    """`SendInvoiceRequest` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    altId: Required[str]
    altType: AltType | Literal["location"]
    userId: Required[str]
    action: Required[SendAction | Literal["sms_and_email", "send_manually", "email", "sms"]]
    liveMode: Required[bool]
    sentFrom: InvoiceSenderDict
    autoPayment: AutoPaymentDict


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.auto_payment import AutoPayment
    from ..models.invoice_sender import InvoiceSender
