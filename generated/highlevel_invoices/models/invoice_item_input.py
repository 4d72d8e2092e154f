from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.price_type import PriceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_tax import ItemTax


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
        from ..models.item_tax import ItemTax

        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        amount = d.pop("amount")

        qty = d.pop("qty")

        description = d.pop("description", UNSET)

        product_id = d.pop("productId", UNSET)

        price_id = d.pop("priceId", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[ItemTax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = ItemTax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        automatic_tax_category_id = d.pop("automaticTaxCategoryId", UNSET)

        is_setup_fee_item = d.pop("isSetupFeeItem", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PriceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PriceType(_type_)

        tax_inclusive = d.pop("taxInclusive", UNSET)

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
