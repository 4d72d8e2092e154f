"""Contains all the data models used in inputs/outputs"""

from .additional_email import AdditionalEmail
from .address import Address
from .alt_type import AltType
from .amount_type import AmountType
from .api_error_body import ApiErrorBody
from .api_version import ApiVersion
from .attachment import Attachment
from .auto_payment import AutoPayment
from .bacs_direct_debit import BacsDirectDebit
from .bad_request_error_body import BadRequestErrorBody
from .becs_direct_debit import BecsDirectDebit
from .business_details_input import BusinessDetailsInput
from .cheque import Cheque
from .contact_details_input import ContactDetailsInput
from .create_invoice_request import CreateInvoiceRequest
from .delete_invoice_request import DeleteInvoiceRequest
from .deleted_invoice import DeletedInvoice
from .discount_input import DiscountInput
from .discount_type import DiscountType
from .grace_interval import GraceInterval
from .invoice import Invoice
from .invoice_action import InvoiceAction
from .invoice_address import InvoiceAddress
from .invoice_answer import InvoiceAnswer
from .invoice_attachments_item import InvoiceAttachmentsItem
from .invoice_business_details import InvoiceBusinessDetails
from .invoice_contact_details import InvoiceContactDetails
from .invoice_details import InvoiceDetails
from .invoice_details_answer import InvoiceDetailsAnswer
from .invoice_discount import InvoiceDiscount
from .invoice_item_input import InvoiceItemInput
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_tax import InvoiceLineItemTax
from .invoice_list import InvoiceList
from .invoice_payment_methods import InvoicePaymentMethods
from .invoice_payment_methods_stripe import InvoicePaymentMethodsStripe
from .invoice_payment_schedule import InvoicePaymentSchedule
from .invoice_recipients import InvoiceRecipients
from .invoice_sender import InvoiceSender
from .invoice_status import InvoiceStatus
from .invoice_total_summary import InvoiceTotalSummary
from .item_tax import ItemTax
from .late_fees_configuration import LateFeesConfiguration
from .late_fees_frequency import LateFeesFrequency
from .late_fees_grace import LateFeesGrace
from .late_fees_interval import LateFeesInterval
from .list_invoices_payment_mode import ListInvoicesPaymentMode
from .list_invoices_sort_field import ListInvoicesSortField
from .list_invoices_sort_order import ListInvoicesSortOrder
from .max_late_fees import MaxLateFees
from .max_late_fees_type import MaxLateFeesType
from .miscellaneous_charges import MiscellaneousCharges
from .next_invoice_number import NextInvoiceNumber
from .paid_charge import PaidCharge
from .payment_card import PaymentCard
from .payment_methods import PaymentMethods
from .payment_mode import PaymentMode
from .payment_schedule_input import PaymentScheduleInput
from .price_type import PriceType
from .record_payment_request import RecordPaymentRequest
from .record_payment_request_meta import RecordPaymentRequestMeta
from .record_payment_response import RecordPaymentResponse
from .reminder import Reminder
from .reminder_interval_type import ReminderIntervalType
from .reminder_reminder_invoice_condition import ReminderReminderInvoiceCondition
from .reminder_reminder_time import ReminderReminderTime
from .reminder_settings import ReminderSettings
from .reminders_configuration import RemindersConfiguration
from .reminders_configuration_reminder_execution_details_list import RemindersConfigurationReminderExecutionDetailsList
from .send_action import SendAction
from .send_invoice_request import SendInvoiceRequest
from .send_invoice_response import SendInvoiceResponse
from .send_invoice_response_email_data import SendInvoiceResponseEmailData
from .send_invoice_response_sms_data import SendInvoiceResponseSmsData
from .sent_to import SentTo
from .sepa_direct_debit import SepaDirectDebit
from .stripe_payment_method import StripePaymentMethod
from .tax_calculation import TaxCalculation
from .text_2_pay_invoice_request import Text2PayInvoiceRequest
from .text_2_pay_invoice_response import Text2PayInvoiceResponse
from .tips_configuration import TipsConfiguration
from .traced import Traced
from .update_invoice_request import UpdateInvoiceRequest
from .us_bank_account import UsBankAccount
from .validation_error_body import ValidationErrorBody
from .void_invoice_request import VoidInvoiceRequest
from .xero_details import XeroDetails

__all__ = (
    "AdditionalEmail",
    "Address",
    "AltType",
    "AmountType",
    "ApiErrorBody",
    "ApiVersion",
    "Attachment",
    "AutoPayment",
    "BacsDirectDebit",
    "BadRequestErrorBody",
    "BecsDirectDebit",
    "BusinessDetailsInput",
    "Cheque",
    "ContactDetailsInput",
    "CreateInvoiceRequest",
    "DeleteInvoiceRequest",
    "DeletedInvoice",
    "DiscountInput",
    "DiscountType",
    "GraceInterval",
    "Invoice",
    "InvoiceAction",
    "InvoiceAddress",
    "InvoiceAnswer",
    "InvoiceAttachmentsItem",
    "InvoiceBusinessDetails",
    "InvoiceContactDetails",
    "InvoiceDetails",
    "InvoiceDetailsAnswer",
    "InvoiceDiscount",
    "InvoiceItemInput",
    "InvoiceLineItem",
    "InvoiceLineItemTax",
    "InvoiceList",
    "InvoicePaymentMethods",
    "InvoicePaymentMethodsStripe",
    "InvoicePaymentSchedule",
    "InvoiceRecipients",
    "InvoiceSender",
    "InvoiceStatus",
    "InvoiceTotalSummary",
    "ItemTax",
    "LateFeesConfiguration",
    "LateFeesFrequency",
    "LateFeesGrace",
    "LateFeesInterval",
    "ListInvoicesPaymentMode",
    "ListInvoicesSortField",
    "ListInvoicesSortOrder",
    "MaxLateFees",
    "MaxLateFeesType",
    "MiscellaneousCharges",
    "NextInvoiceNumber",
    "PaidCharge",
    "PaymentCard",
    "PaymentMethods",
    "PaymentMode",
    "PaymentScheduleInput",
    "PriceType",
    "RecordPaymentRequest",
    "RecordPaymentRequestMeta",
    "RecordPaymentResponse",
    "Reminder",
    "ReminderIntervalType",
    "ReminderReminderInvoiceCondition",
    "ReminderReminderTime",
    "ReminderSettings",
    "RemindersConfiguration",
    "RemindersConfigurationReminderExecutionDetailsList",
    "SendAction",
    "SendInvoiceRequest",
    "SendInvoiceResponse",
    "SendInvoiceResponseEmailData",
    "SendInvoiceResponseSmsData",
    "SentTo",
    "SepaDirectDebit",
    "StripePaymentMethod",
    "TaxCalculation",
    "Text2PayInvoiceRequest",
    "Text2PayInvoiceResponse",
    "TipsConfiguration",
    "Traced",
    "UpdateInvoiceRequest",
    "UsBankAccount",
    "ValidationErrorBody",
    "VoidInvoiceRequest",
    "XeroDetails",
)
