from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, Self, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decoding import (
    ABSENT,
    DecodeError,
    parse_list,
    parse_str,
    read_field,
    read_leaf,
)

if TYPE_CHECKING:
    from ..models.reminder import Reminder, ReminderDict


T = TypeVar("T", bound="ReminderSettings")


@_attrs_define
class ReminderSettings:
    """
    Attributes:
        default_email_template_id (str):
        reminders (list[Reminder]):
    """

    default_email_template_id: str
    reminders: list[Reminder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_email_template_id = self.default_email_template_id

        reminders = []
        for reminders_item_data in self.reminders:
            reminders_item = reminders_item_data.to_dict()
            reminders.append(reminders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultEmailTemplateId": default_email_template_id,
                "reminders": reminders,
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
        raw = d.pop("defaultEmailTemplateId", ABSENT)
        default_email_template_id: str = (
            raw if type(raw) is str else read_leaf(parse_str, raw, "defaultEmailTemplateId")
        )
        raw = d.pop("reminders", ABSENT)
        reminders: list[Reminder] = read_field((lambda v: parse_list(v, Reminder.from_dict)), raw, "reminders")
        reminder_settings = cls(
            default_email_template_id=default_email_template_id,
            reminders=reminders,
        )

        # `d` is a fresh copy holding only the fields not read above.
        reminder_settings.additional_properties = d
        return reminder_settings

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


class ReminderSettingsDict(TypedDict, total=False):
    """`ReminderSettings` as a dict with its wire names, for typed request input (keys checked by mypy)."""

    defaultEmailTemplateId: Required[str]
    reminders: Required[list[ReminderDict]]


if not TYPE_CHECKING:
    # Imported last, not at the top, since models may refer to each other; as module globals they cost
    # from_dict/to_dict no import statement per call.
    from ..models.reminder import Reminder
