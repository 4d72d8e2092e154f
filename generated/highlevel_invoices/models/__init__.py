"""Contains all the data models used in inputs/outputs"""

from .additional_email import AdditionalEmail
from .address import Address
from .alt_type import AltType
from .amount_type import AmountType
from .api_error_body import ApiErrorBody
from .api_version import ApiVersion
from .attachment import Attachment
from .bad_request_error_body import BadRequestErrorBody
from .business_details_input import BusinessDetailsInput
from .contact_details_input import ContactDetailsInput
from .delete_invoice_request import DeleteInvoiceRequest
from .deleted_invoice import DeletedInvoice
from .discount_input import DiscountInput
from .discount_type import DiscountType
from .grace_interval import GraceInterval
from .invoice import Invoice
from .invoice_action import InvoiceAction
from .invoice_address import InvoiceAddress
from .invoice_attachments_item import InvoiceAttachmentsItem
from .invoice_business_details import InvoiceBusinessDetails
from .invoice_contact_details import InvoiceContactDetails
from .invoice_discount import InvoiceDiscount
from .invoice_item_input import InvoiceItemInput
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_tax import InvoiceLineItemTax
from .invoice_payment_methods import InvoicePaymentMethods
from .invoice_payment_methods_stripe import InvoicePaymentMethodsStripe
from .invoice_payment_schedule import InvoicePaymentSchedule
from .invoice_recipients import InvoiceRecipients
from .invoice_status import InvoiceStatus
from .item_tax import ItemTax
from .late_fees_configuration import LateFeesConfiguration
from .late_fees_frequency import LateFeesFrequency
from .late_fees_grace import LateFeesGrace
from .late_fees_interval import LateFeesInterval
from .max_late_fees import MaxLateFees
from .max_late_fees_type import MaxLateFeesType
from .miscellaneous_charges import MiscellaneousCharges
from .next_invoice_number import NextInvoiceNumber
from .paid_charge import PaidCharge
from .payment_methods import PaymentMethods
from .payment_schedule_input import PaymentScheduleInput
from .price_type import PriceType
from .sent_to import SentTo
from .stripe_payment_method import StripePaymentMethod
from .tax_calculation import TaxCalculation
from .text_2_pay_invoice_request import Text2PayInvoiceRequest
from .text_2_pay_invoice_response import Text2PayInvoiceResponse
from .tips_configuration import TipsConfiguration
from .validation_error_body import ValidationErrorBody

__all__ = (
    "AdditionalEmail",
    "Address",
    "AltType",
    "AmountType",
    "ApiErrorBody",
    "ApiVersion",
    "Attachment",
    "BadRequestErrorBody",
    "BusinessDetailsInput",
    "ContactDetailsInput",
    "DeleteInvoiceRequest",
    "DeletedInvoice",
    "DiscountInput",
    "DiscountType",
    "GraceInterval",
    "Invoice",
    "InvoiceAction",
    "InvoiceAddress",
    "InvoiceAttachmentsItem",
    "InvoiceBusinessDetails",
    "InvoiceContactDetails",
    "InvoiceDiscount",
    "InvoiceItemInput",
    "InvoiceLineItem",
    "InvoiceLineItemTax",
    "InvoicePaymentMethods",
    "InvoicePaymentMethodsStripe",
    "InvoicePaymentSchedule",
    "InvoiceRecipients",
    "InvoiceStatus",
    "ItemTax",
    "LateFeesConfiguration",
    "LateFeesFrequency",
    "LateFeesGrace",
    "LateFeesInterval",
    "MaxLateFees",
    "MaxLateFeesType",
    "MiscellaneousCharges",
    "NextInvoiceNumber",
    "PaidCharge",
    "PaymentMethods",
    "PaymentScheduleInput",
    "PriceType",
    "SentTo",
    "StripePaymentMethod",
    "TaxCalculation",
    "Text2PayInvoiceRequest",
    "Text2PayInvoiceResponse",
    "TipsConfiguration",
    "ValidationErrorBody",
)
