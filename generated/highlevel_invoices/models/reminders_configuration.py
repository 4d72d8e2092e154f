from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    read_field,
)

if TYPE_CHECKING:
    from ..models.reminder_settings import ReminderSettings, ReminderSettingsDict
    from ..models.reminders_configuration_reminder_execution_details_list import (
        RemindersConfigurationReminderExecutionDetailsList,
        RemindersConfigurationReminderExecutionDetailsListDict,
    )


T = TypeVar("T", bound="RemindersConfiguration")


@_attrs_define
class RemindersConfiguration:
    """The invoice's payment reminders, as the vendor documents them (never observed).

    Attributes:
        reminder_execution_details_list (RemindersConfigurationReminderExecutionDetailsList): The reminders sent so far
            (undocumented shape).
        reminder_settings (ReminderSettings):
    """

    reminder_execution_details_list: RemindersConfigurationReminderExecutionDetailsList
    reminder_settings: ReminderSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder_execution_details_list = self.reminder_execution_details_list.to_dict()

        reminder_settings = self.reminder_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reminderExecutionDetailsList": reminder_execution_details_list,
                "reminderSettings": reminder_settings,
            }
        )

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
        raw = d.pop("reminderExecutionDetailsList", ABSENT)
        reminder_execution_details_list: RemindersConfigurationReminderExecutionDetailsList = read_field(
            RemindersConfigurationReminderExecutionDetailsList.from_dict, raw, "reminderExecutionDetailsList"
        )
        raw = d.pop("reminderSettings", ABSENT)
        reminder_settings: ReminderSettings = read_field(ReminderSettings.from_dict, raw, "reminderSettings")
        reminders_configuration = cls(
            reminder_execution_details_list=reminder_execution_details_list,
            reminder_settings=reminder_settings,
        )

        # `d` is a fresh copy holding only the fields not read above.
        reminders_configuration.additional_properties = d
        return reminders_configuration

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


class RemindersConfigurationDict(TypedDict, total=False):
    """`RemindersConfiguration` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    reminderExecutionDetailsList: Required[RemindersConfigurationReminderExecutionDetailsListDict]
    reminderSettings: Required[ReminderSettingsDict]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.reminder_settings import ReminderSettings
    from ..models.reminders_configuration_reminder_execution_details_list import (
        RemindersConfigurationReminderExecutionDetailsList,
    )
