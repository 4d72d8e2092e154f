from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
    reject_unknown,
)
from ..models.price_type import PriceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_tax import ItemTax, ItemTaxDict


T = TypeVar("T", bound="InvoiceItemInput")


@_attrs_define
class InvoiceItemInput:
    """A line item of an invoice to create.

    Attributes:
        name (str):
        currency (str):
        amount (float): Unit price in major currency units.
        qty (float): Quantity.
        description (str | Unset):
        product_id (str | Unset):
        price_id (str | Unset):
        taxes (list[ItemTax] | Unset):
        automatic_tax_category_id (str | Unset): Tax category used when taxes are computed automatically.
        is_setup_fee_item (bool | Unset): A setup fee, billed only with the first invoice of a recurring schedule.
        type_ (PriceType | Unset):
        tax_inclusive (bool | Unset): The amount already includes the item's taxes. Default: False.
    """

    name: str
    currency: str
    amount: float
    qty: float
    description: str | Unset = UNSET
    product_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
    taxes: list[ItemTax] | Unset = UNSET
    automatic_tax_category_id: str | Unset = UNSET
    is_setup_fee_item: bool | Unset = UNSET
    type_: PriceType | Unset = UNSET
    tax_inclusive: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        amount = self.amount

        qty = self.qty

        description = self.description

        product_id = self.product_id

        price_id = self.price_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        automatic_tax_category_id = self.automatic_tax_category_id

        is_setup_fee_item = self.is_setup_fee_item

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tax_inclusive = self.tax_inclusive

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "currency": currency,
                "amount": amount,
                "qty": qty,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if price_id is not UNSET:
            field_dict["priceId"] = price_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if automatic_tax_category_id is not UNSET:
            field_dict["automaticTaxCategoryId"] = automatic_tax_category_id
        if is_setup_fee_item is not UNSET:
            field_dict["isSetupFeeItem"] = is_setup_fee_item
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = tax_inclusive

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
        raw = d.pop("name", ABSENT)
        name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "name")
        raw = d.pop("currency", ABSENT)
        currency: str = raw if type(raw) is str else read_leaf(parse_str, raw, "currency")
        raw = d.pop("amount", ABSENT)
        amount: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "amount")
        raw = d.pop("qty", ABSENT)
        qty: float = raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "qty")
        raw = d.pop("description", UNSET)
        description: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "description")
        raw = d.pop("productId", UNSET)
        product_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "productId")
        raw = d.pop("priceId", UNSET)
        price_id: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "priceId")
        raw = d.pop("taxes", UNSET)
        taxes: list[ItemTax] | Unset = (
            UNSET if raw is UNSET else read_field((lambda v: parse_list(v, ItemTax.from_dict)), raw, "taxes")
        )
        raw = d.pop("automaticTaxCategoryId", UNSET)
        automatic_tax_category_id: str | Unset = (
            raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "automaticTaxCategoryId")
        )
        raw = d.pop("isSetupFeeItem", UNSET)
        is_setup_fee_item: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "isSetupFeeItem")
        )
        raw = d.pop("type", UNSET)
        type_: PriceType | Unset = UNSET if raw is UNSET else read_field(PriceType.decode, raw, "type")
        raw = d.pop("taxInclusive", UNSET)
        tax_inclusive: bool | Unset = (
            raw if type(raw) is bool or raw is UNSET else read_leaf(parse_bool, raw, "taxInclusive")
        )
        invoice_item_input = cls(
            name=name,
            currency=currency,
            amount=amount,
            qty=qty,
            description=description,
            product_id=product_id,
            price_id=price_id,
            taxes=taxes,
            automatic_tax_category_id=automatic_tax_category_id,
            is_setup_fee_item=is_setup_fee_item,
            type_=type_,
            tax_inclusive=tax_inclusive,
        )

        return invoice_item_input


#: The wire names the schema lists (it allows no others).
_FIELDS = frozenset(
    {
        "name",
        "currency",
        "amount",
        "qty",
        "description",
        "productId",
        "priceId",
        "taxes",
        "automaticTaxCategoryId",
        "isSetupFeeItem",
        "type",
        "taxInclusive",
    }
)


class InvoiceItemInputDict(TypedDict, total=False):
    """`InvoiceItemInput` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    name: Required[str]
    currency: Required[str]
    amount: Required[float]
    qty: Required[float]
    description: str
    productId: str
    priceId: str
    taxes: list[ItemTaxDict]
    automaticTaxCategoryId: str
    isSetupFeeItem: bool
    type: PriceType | Literal["one_time", "recurring"]
    taxInclusive: bool


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.item_tax import ItemTax
