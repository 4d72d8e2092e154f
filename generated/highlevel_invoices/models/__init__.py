"""Contains all the data models used in inputs/outputs, and each model's TypedDict twin (`<Model>Dict`)."""

from .additional_email import AdditionalEmail, AdditionalEmailDict
from .address import Address, AddressDict
from .alt_type import AltType
from .amount_type import AmountType
from .api_error_body import ApiErrorBody, ApiErrorBodyDict
from .api_version import ApiVersion
from .attachment import Attachment, AttachmentDict
from .bad_request_error_body import BadRequestErrorBody, BadRequestErrorBodyDict
from .business_details_input import BusinessDetailsInput, BusinessDetailsInputDict
from .contact_details_input import ContactDetailsInput, ContactDetailsInputDict
from .delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from .deleted_invoice import DeletedInvoice, DeletedInvoiceDict
from .discount_input import DiscountInput, DiscountInputDict
from .discount_type import DiscountType
from .grace_interval import GraceInterval
from .invoice import Invoice, InvoiceDict
from .invoice_action import InvoiceAction
from .invoice_address import InvoiceAddress, InvoiceAddressDict
from .invoice_attachments_item import InvoiceAttachmentsItem, InvoiceAttachmentsItemDict
from .invoice_business_details import InvoiceBusinessDetails, InvoiceBusinessDetailsDict
from .invoice_contact_details import InvoiceContactDetails, InvoiceContactDetailsDict
from .invoice_discount import InvoiceDiscount, InvoiceDiscountDict
from .invoice_item_input import InvoiceItemInput, InvoiceItemInputDict
from .invoice_line_item import InvoiceLineItem, InvoiceLineItemDict
from .invoice_line_item_tax import InvoiceLineItemTax, InvoiceLineItemTaxDict
from .invoice_payment_methods import InvoicePaymentMethods, InvoicePaymentMethodsDict
from .invoice_payment_methods_stripe import InvoicePaymentMethodsStripe, InvoicePaymentMethodsStripeDict
from .invoice_payment_schedule import InvoicePaymentSchedule, InvoicePaymentScheduleDict
from .invoice_recipients import InvoiceRecipients, InvoiceRecipientsDict
from .invoice_status import InvoiceStatus
from .item_tax import ItemTax, ItemTaxDict
from .late_fees_configuration import LateFeesConfiguration, LateFeesConfigurationDict
from .late_fees_frequency import LateFeesFrequency, LateFeesFrequencyDict
from .late_fees_grace import LateFeesGrace, LateFeesGraceDict
from .late_fees_interval import LateFeesInterval
from .max_late_fees import MaxLateFees, MaxLateFeesDict
from .max_late_fees_type import MaxLateFeesType
from .miscellaneous_charges import MiscellaneousCharges, MiscellaneousChargesDict
from .next_invoice_number import NextInvoiceNumber, NextInvoiceNumberDict
from .paid_charge import PaidCharge, PaidChargeDict
from .payment_methods import PaymentMethods, PaymentMethodsDict
from .payment_schedule_input import PaymentScheduleInput, PaymentScheduleInputDict
from .price_type import PriceType
from .sent_to import SentTo, SentToDict
from .stripe_payment_method import StripePaymentMethod, StripePaymentMethodDict
from .tax_calculation import TaxCalculation
from .text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from .text_2_pay_invoice_response import Text2PayInvoiceResponse, Text2PayInvoiceResponseDict
from .tips_configuration import TipsConfiguration, TipsConfigurationDict
from .validation_error_body import ValidationErrorBody, ValidationErrorBodyDict

__all__ = (
    "AdditionalEmail",
    "AdditionalEmailDict",
    "Address",
    "AddressDict",
    "AltType",
    "AmountType",
    "ApiErrorBody",
    "ApiErrorBodyDict",
    "ApiVersion",
    "Attachment",
    "AttachmentDict",
    "BadRequestErrorBody",
    "BadRequestErrorBodyDict",
    "BusinessDetailsInput",
    "BusinessDetailsInputDict",
    "ContactDetailsInput",
    "ContactDetailsInputDict",
    "DeleteInvoiceRequest",
    "DeleteInvoiceRequestDict",
    "DeletedInvoice",
    "DeletedInvoiceDict",
    "DiscountInput",
    "DiscountInputDict",
    "DiscountType",
    "GraceInterval",
    "Invoice",
    "InvoiceAction",
    "InvoiceAddress",
    "InvoiceAddressDict",
    "InvoiceAttachmentsItem",
    "InvoiceAttachmentsItemDict",
    "InvoiceBusinessDetails",
    "InvoiceBusinessDetailsDict",
    "InvoiceContactDetails",
    "InvoiceContactDetailsDict",
    "InvoiceDict",
    "InvoiceDiscount",
    "InvoiceDiscountDict",
    "InvoiceItemInput",
    "InvoiceItemInputDict",
    "InvoiceLineItem",
    "InvoiceLineItemDict",
    "InvoiceLineItemTax",
    "InvoiceLineItemTaxDict",
    "InvoicePaymentMethods",
    "InvoicePaymentMethodsDict",
    "InvoicePaymentMethodsStripe",
    "InvoicePaymentMethodsStripeDict",
    "InvoicePaymentSchedule",
    "InvoicePaymentScheduleDict",
    "InvoiceRecipients",
    "InvoiceRecipientsDict",
    "InvoiceStatus",
    "ItemTax",
    "ItemTaxDict",
    "LateFeesConfiguration",
    "LateFeesConfigurationDict",
    "LateFeesFrequency",
    "LateFeesFrequencyDict",
    "LateFeesGrace",
    "LateFeesGraceDict",
    "LateFeesInterval",
    "MaxLateFees",
    "MaxLateFeesDict",
    "MaxLateFeesType",
    "MiscellaneousCharges",
    "MiscellaneousChargesDict",
    "NextInvoiceNumber",
    "NextInvoiceNumberDict",
    "PaidCharge",
    "PaidChargeDict",
    "PaymentMethods",
    "PaymentMethodsDict",
    "PaymentScheduleInput",
    "PaymentScheduleInputDict",
    "PriceType",
    "SentTo",
    "SentToDict",
    "StripePaymentMethod",
    "StripePaymentMethodDict",
    "TaxCalculation",
    "Text2PayInvoiceRequest",
    "Text2PayInvoiceRequestDict",
    "Text2PayInvoiceResponse",
    "Text2PayInvoiceResponseDict",
    "TipsConfiguration",
    "TipsConfigurationDict",
    "ValidationErrorBody",
    "ValidationErrorBodyDict",
)
