from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.price_type import PriceType
from ..types import (
    ABSENT,
    UNSET,
    DecodeError,
    Unset,
    parse_bool,
    parse_enum,
    parse_float,
    parse_list,
    parse_str,
    present,
)

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
        automatic_tax_category_id (str | Unset): Tax category used when taxes are
            computed automatically.
        is_setup_fee_item (bool | Unset): A setup fee, billed only with the first
            invoice of a recurring schedule.
        type_ (PriceType | Unset):
        tax_inclusive (bool | Unset): The amount already includes the item's taxes.
            Default: False.
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
            field_name = "name"
            raw = d.pop("name", ABSENT)
            name: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "currency"
            raw = d.pop("currency", ABSENT)
            currency: str = raw if type(raw) is str else parse_str(present(raw))
            field_name = "amount"
            raw = d.pop("amount", ABSENT)
            amount: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "qty"
            raw = d.pop("qty", ABSENT)
            qty: float = (
                raw
                if (type(raw) is float or type(raw) is int)
                else parse_float(present(raw))
            )
            field_name = "description"
            raw = d.pop("description", UNSET)
            description: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "productId"
            raw = d.pop("productId", UNSET)
            product_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "priceId"
            raw = d.pop("priceId", UNSET)
            price_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "taxes"
            raw = d.pop("taxes", UNSET)
            taxes: list[ItemTax] | Unset = (
                UNSET if isinstance(raw, Unset) else parse_list(raw, ItemTax.from_dict)
            )
            field_name = "automaticTaxCategoryId"
            raw = d.pop("automaticTaxCategoryId", UNSET)
            automatic_tax_category_id: str | Unset = (
                raw if type(raw) is str or isinstance(raw, Unset) else parse_str(raw)
            )
            field_name = "isSetupFeeItem"
            raw = d.pop("isSetupFeeItem", UNSET)
            is_setup_fee_item: bool | Unset = (
                raw if type(raw) is bool or isinstance(raw, Unset) else parse_bool(raw)
            )
            field_name = "type"
            raw = d.pop("type", UNSET)
            type_: PriceType | Unset = (
                UNSET if isinstance(raw, Unset) else parse_enum(PriceType, raw)
            )
            field_name = "taxInclusive"
            raw = d.pop("taxInclusive", UNSET)
            tax_inclusive: bool | Unset = (
                raw if type(raw) is bool or isinstance(raw, Unset) else parse_bool(raw)
            )
        except DecodeError as exc:
            exc.prepend(field_name)
            raise
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


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module
    # globals they cost from_dict/to_dict no import statement per call.
    from ..models.item_tax import ItemTax
