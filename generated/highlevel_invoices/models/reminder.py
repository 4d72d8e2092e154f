from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_bool,
    parse_float,
    parse_str,
    read_field,
    read_leaf,
)
from ..models.reminder_interval_type import ReminderIntervalType
from ..models.reminder_reminder_invoice_condition import ReminderReminderInvoiceCondition
from ..models.reminder_reminder_time import ReminderReminderTime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reminder")


@_attrs_define
class Reminder:
    """
    Attributes:
        enabled (bool):
        email_template (str):
        sms_template (str):
        email_subject (str):
        reminder_id (str):
        reminder_name (str):
        reminder_time (ReminderReminderTime):
        interval_type (ReminderIntervalType):
        max_reminders (float):
        reminder_invoice_condition (ReminderReminderInvoiceCondition):
        reminder_number (float):
        start_time (str | Unset):
        end_time (str | Unset):
        timezone (str | Unset):
    """

    enabled: bool
    email_template: str
    sms_template: str
    email_subject: str
    reminder_id: str
    reminder_name: str
    reminder_time: ReminderReminderTime
    interval_type: ReminderIntervalType
    max_reminders: float
    reminder_invoice_condition: ReminderReminderInvoiceCondition
    reminder_number: float
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        email_template = self.email_template

        sms_template = self.sms_template

        email_subject = self.email_subject

        reminder_id = self.reminder_id

        reminder_name = self.reminder_name

        reminder_time = self.reminder_time.value

        interval_type = self.interval_type.value

        max_reminders = self.max_reminders

        reminder_invoice_condition = self.reminder_invoice_condition.value

        reminder_number = self.reminder_number

        start_time = self.start_time

        end_time = self.end_time

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "emailTemplate": email_template,
                "smsTemplate": sms_template,
                "emailSubject": email_subject,
                "reminderId": reminder_id,
                "reminderName": reminder_name,
                "reminderTime": reminder_time,
                "intervalType": interval_type,
                "maxReminders": max_reminders,
                "reminderInvoiceCondition": reminder_invoice_condition,
                "reminderNumber": reminder_number,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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
        raw = d.pop("enabled", ABSENT)
        enabled: bool = raw if type(raw) is bool else read_leaf(parse_bool, raw, "enabled")
        raw = d.pop("emailTemplate", ABSENT)
        email_template: str = raw if type(raw) is str else read_leaf(parse_str, raw, "emailTemplate")
        raw = d.pop("smsTemplate", ABSENT)
        sms_template: str = raw if type(raw) is str else read_leaf(parse_str, raw, "smsTemplate")
        raw = d.pop("emailSubject", ABSENT)
        email_subject: str = raw if type(raw) is str else read_leaf(parse_str, raw, "emailSubject")
        raw = d.pop("reminderId", ABSENT)
        reminder_id: str = raw if type(raw) is str else read_leaf(parse_str, raw, "reminderId")
        raw = d.pop("reminderName", ABSENT)
        reminder_name: str = raw if type(raw) is str else read_leaf(parse_str, raw, "reminderName")
        raw = d.pop("reminderTime", ABSENT)
        reminder_time: ReminderReminderTime = read_field(ReminderReminderTime.decode, raw, "reminderTime")
        raw = d.pop("intervalType", ABSENT)
        interval_type: ReminderIntervalType = read_field(ReminderIntervalType.decode, raw, "intervalType")
        raw = d.pop("maxReminders", ABSENT)
        max_reminders: float = (
            raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "maxReminders")
        )
        raw = d.pop("reminderInvoiceCondition", ABSENT)
        reminder_invoice_condition: ReminderReminderInvoiceCondition = read_field(
            ReminderReminderInvoiceCondition.decode, raw, "reminderInvoiceCondition"
        )
        raw = d.pop("reminderNumber", ABSENT)
        reminder_number: float = (
            raw if (type(raw) is float or type(raw) is int) else read_leaf(parse_float, raw, "reminderNumber")
        )
        raw = d.pop("startTime", UNSET)
        start_time: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "startTime")
        raw = d.pop("endTime", UNSET)
        end_time: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "endTime")
        raw = d.pop("timezone", UNSET)
        timezone: str | Unset = raw if type(raw) is str or raw is UNSET else read_leaf(parse_str, raw, "timezone")
        reminder = cls(
            enabled=enabled,
            email_template=email_template,
            sms_template=sms_template,
            email_subject=email_subject,
            reminder_id=reminder_id,
            reminder_name=reminder_name,
            reminder_time=reminder_time,
            interval_type=interval_type,
            max_reminders=max_reminders,
            reminder_invoice_condition=reminder_invoice_condition,
            reminder_number=reminder_number,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
        )

        # `d` is a fresh copy holding only the fields not read above.
        reminder.additional_properties = d
        return reminder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ReminderDict(TypedDict, total=False):
    """`Reminder` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    enabled: Required[bool]
    emailTemplate: Required[str]
    smsTemplate: Required[str]
    emailSubject: Required[str]
    reminderId: Required[str]
    reminderName: Required[str]
    reminderTime: Required[ReminderReminderTime | Literal["before", "after"]]
    intervalType: Required[
        ReminderIntervalType | Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"]
    ]
    maxReminders: Required[float]
    reminderInvoiceCondition: Required[ReminderReminderInvoiceCondition | Literal["invoice_sent", "invoice_overdue"]]
    reminderNumber: Required[float]
    startTime: str
    endTime: str
    timezone: str
