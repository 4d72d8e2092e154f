"""Contains all the data models used in inputs/outputs, and each model's TypedDict twin (`<Model>Dict`)."""

from .additional_email import AdditionalEmail, AdditionalEmailDict
from .address import Address, AddressDict
from .alt_type import AltType
from .amount_type import AmountType
from .api_error_body import ApiErrorBody, ApiErrorBodyDict
from .api_version import ApiVersion
from .attachment import Attachment, AttachmentDict
from .auto_payment import AutoPayment, AutoPaymentDict
from .bacs_direct_debit import BacsDirectDebit, BacsDirectDebitDict
from .bad_request_error_body import BadRequestErrorBody, BadRequestErrorBodyDict
from .becs_direct_debit import BecsDirectDebit, BecsDirectDebitDict
from .business_details_input import BusinessDetailsInput, BusinessDetailsInputDict
from .cheque import Cheque, ChequeDict
from .contact_details_input import ContactDetailsInput, ContactDetailsInputDict
from .create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
from .delete_invoice_request import DeleteInvoiceRequest, DeleteInvoiceRequestDict
from .deleted_invoice import DeletedInvoice, DeletedInvoiceDict
from .discount_input import DiscountInput, DiscountInputDict
from .discount_type import DiscountType
from .grace_interval import GraceInterval
from .invoice import Invoice, InvoiceDict
from .invoice_action import InvoiceAction
from .invoice_address import InvoiceAddress, InvoiceAddressDict
from .invoice_answer import InvoiceAnswer, InvoiceAnswerDict
from .invoice_attachments_item import InvoiceAttachmentsItem, InvoiceAttachmentsItemDict
from .invoice_business_details import InvoiceBusinessDetails, InvoiceBusinessDetailsDict
from .invoice_contact_details import InvoiceContactDetails, InvoiceContactDetailsDict
from .invoice_details import InvoiceDetails, InvoiceDetailsDict
from .invoice_details_answer import InvoiceDetailsAnswer, InvoiceDetailsAnswerDict
from .invoice_discount import InvoiceDiscount, InvoiceDiscountDict
from .invoice_item_input import InvoiceItemInput, InvoiceItemInputDict
from .invoice_line_item import InvoiceLineItem, InvoiceLineItemDict
from .invoice_line_item_tax import InvoiceLineItemTax, InvoiceLineItemTaxDict
from .invoice_list import InvoiceList, InvoiceListDict
from .invoice_payment_methods import InvoicePaymentMethods, InvoicePaymentMethodsDict
from .invoice_payment_methods_stripe import InvoicePaymentMethodsStripe, InvoicePaymentMethodsStripeDict
from .invoice_payment_schedule import InvoicePaymentSchedule, InvoicePaymentScheduleDict
from .invoice_recipients import InvoiceRecipients, InvoiceRecipientsDict
from .invoice_sender import InvoiceSender, InvoiceSenderDict
from .invoice_status import InvoiceStatus
from .invoice_total_summary import InvoiceTotalSummary, InvoiceTotalSummaryDict
from .item_tax import ItemTax, ItemTaxDict
from .late_fees_configuration import LateFeesConfiguration, LateFeesConfigurationDict
from .late_fees_frequency import LateFeesFrequency, LateFeesFrequencyDict
from .late_fees_grace import LateFeesGrace, LateFeesGraceDict
from .late_fees_interval import LateFeesInterval
from .list_invoices_payment_mode import ListInvoicesPaymentMode
from .list_invoices_sort_field import ListInvoicesSortField
from .list_invoices_sort_order import ListInvoicesSortOrder
from .max_late_fees import MaxLateFees, MaxLateFeesDict
from .max_late_fees_type import MaxLateFeesType
from .miscellaneous_charges import MiscellaneousCharges, MiscellaneousChargesDict
from .next_invoice_number import NextInvoiceNumber, NextInvoiceNumberDict
from .paid_charge import PaidCharge, PaidChargeDict
from .payment_card import PaymentCard, PaymentCardDict
from .payment_methods import PaymentMethods, PaymentMethodsDict
from .payment_mode import PaymentMode
from .payment_schedule_input import PaymentScheduleInput, PaymentScheduleInputDict
from .price_type import PriceType
from .record_payment_request import RecordPaymentRequest, RecordPaymentRequestDict
from .record_payment_request_meta import RecordPaymentRequestMeta, RecordPaymentRequestMetaDict
from .record_payment_response import RecordPaymentResponse, RecordPaymentResponseDict
from .reminder import Reminder, ReminderDict
from .reminder_interval_type import ReminderIntervalType
from .reminder_reminder_invoice_condition import ReminderReminderInvoiceCondition
from .reminder_reminder_time import ReminderReminderTime
from .reminder_settings import ReminderSettings, ReminderSettingsDict
from .reminders_configuration import RemindersConfiguration, RemindersConfigurationDict
from .reminders_configuration_reminder_execution_details_list import (
    RemindersConfigurationReminderExecutionDetailsList,
    RemindersConfigurationReminderExecutionDetailsListDict,
)
from .send_action import SendAction
from .send_invoice_request import SendInvoiceRequest, SendInvoiceRequestDict
from .send_invoice_response import SendInvoiceResponse, SendInvoiceResponseDict
from .send_invoice_response_email_data import SendInvoiceResponseEmailData, SendInvoiceResponseEmailDataDict
from .send_invoice_response_sms_data import SendInvoiceResponseSmsData, SendInvoiceResponseSmsDataDict
from .sent_to import SentTo, SentToDict
from .sepa_direct_debit import SepaDirectDebit, SepaDirectDebitDict
from .stripe_payment_method import StripePaymentMethod, StripePaymentMethodDict
from .tax_calculation import TaxCalculation
from .text_2_pay_invoice_request import Text2PayInvoiceRequest, Text2PayInvoiceRequestDict
from .text_2_pay_invoice_response import Text2PayInvoiceResponse, Text2PayInvoiceResponseDict
from .tips_configuration import TipsConfiguration, TipsConfigurationDict
from .traced import Traced, TracedDict
from .update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
from .us_bank_account import UsBankAccount, UsBankAccountDict
from .validation_error_body import ValidationErrorBody, ValidationErrorBodyDict
from .void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict
from .xero_details import XeroDetails, XeroDetailsDict

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
    "AutoPayment",
    "AutoPaymentDict",
    "BacsDirectDebit",
    "BacsDirectDebitDict",
    "BadRequestErrorBody",
    "BadRequestErrorBodyDict",
    "BecsDirectDebit",
    "BecsDirectDebitDict",
    "BusinessDetailsInput",
    "BusinessDetailsInputDict",
    "Cheque",
    "ChequeDict",
    "ContactDetailsInput",
    "ContactDetailsInputDict",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestDict",
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
    "InvoiceAnswer",
    "InvoiceAnswerDict",
    "InvoiceAttachmentsItem",
    "InvoiceAttachmentsItemDict",
    "InvoiceBusinessDetails",
    "InvoiceBusinessDetailsDict",
    "InvoiceContactDetails",
    "InvoiceContactDetailsDict",
    "InvoiceDetails",
    "InvoiceDetailsAnswer",
    "InvoiceDetailsAnswerDict",
    "InvoiceDetailsDict",
    "InvoiceDict",
    "InvoiceDiscount",
    "InvoiceDiscountDict",
    "InvoiceItemInput",
    "InvoiceItemInputDict",
    "InvoiceLineItem",
    "InvoiceLineItemDict",
    "InvoiceLineItemTax",
    "InvoiceLineItemTaxDict",
    "InvoiceList",
    "InvoiceListDict",
    "InvoicePaymentMethods",
    "InvoicePaymentMethodsDict",
    "InvoicePaymentMethodsStripe",
    "InvoicePaymentMethodsStripeDict",
    "InvoicePaymentSchedule",
    "InvoicePaymentScheduleDict",
    "InvoiceRecipients",
    "InvoiceRecipientsDict",
    "InvoiceSender",
    "InvoiceSenderDict",
    "InvoiceStatus",
    "InvoiceTotalSummary",
    "InvoiceTotalSummaryDict",
    "ItemTax",
    "ItemTaxDict",
    "LateFeesConfiguration",
    "LateFeesConfigurationDict",
    "LateFeesFrequency",
    "LateFeesFrequencyDict",
    "LateFeesGrace",
    "LateFeesGraceDict",
    "LateFeesInterval",
    "ListInvoicesPaymentMode",
    "ListInvoicesSortField",
    "ListInvoicesSortOrder",
    "MaxLateFees",
    "MaxLateFeesDict",
    "MaxLateFeesType",
    "MiscellaneousCharges",
    "MiscellaneousChargesDict",
    "NextInvoiceNumber",
    "NextInvoiceNumberDict",
    "PaidCharge",
    "PaidChargeDict",
    "PaymentCard",
    "PaymentCardDict",
    "PaymentMethods",
    "PaymentMethodsDict",
    "PaymentMode",
    "PaymentScheduleInput",
    "PaymentScheduleInputDict",
    "PriceType",
    "RecordPaymentRequest",
    "RecordPaymentRequestDict",
    "RecordPaymentRequestMeta",
    "RecordPaymentRequestMetaDict",
    "RecordPaymentResponse",
    "RecordPaymentResponseDict",
    "Reminder",
    "ReminderDict",
    "ReminderIntervalType",
    "ReminderReminderInvoiceCondition",
    "ReminderReminderTime",
    "ReminderSettings",
    "ReminderSettingsDict",
    "RemindersConfiguration",
    "RemindersConfigurationDict",
    "RemindersConfigurationReminderExecutionDetailsList",
    "RemindersConfigurationReminderExecutionDetailsListDict",
    "SendAction",
    "SendInvoiceRequest",
    "SendInvoiceRequestDict",
    "SendInvoiceResponse",
    "SendInvoiceResponseDict",
    "SendInvoiceResponseEmailData",
    "SendInvoiceResponseEmailDataDict",
    "SendInvoiceResponseSmsData",
    "SendInvoiceResponseSmsDataDict",
    "SentTo",
    "SentToDict",
    "SepaDirectDebit",
    "SepaDirectDebitDict",
    "StripePaymentMethod",
    "StripePaymentMethodDict",
    "TaxCalculation",
    "Text2PayInvoiceRequest",
    "Text2PayInvoiceRequestDict",
    "Text2PayInvoiceResponse",
    "Text2PayInvoiceResponseDict",
    "TipsConfiguration",
    "TipsConfigurationDict",
    "Traced",
    "TracedDict",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestDict",
    "UsBankAccount",
    "UsBankAccountDict",
    "ValidationErrorBody",
    "ValidationErrorBodyDict",
    "VoidInvoiceRequest",
    "VoidInvoiceRequestDict",
    "XeroDetails",
    "XeroDetailsDict",
)
