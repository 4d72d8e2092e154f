"""Enums that stay open: a value the vendor adds later is kept as an unknown member instead of breaking the reading.

Every generated enum derives from `OpenStrEnum` or `OpenIntEnum`. Known values are the usual singleton members, so
`status is InvoiceStatus.PAID` and `match status: case InvoiceStatus.PAID:` work as always. In tolerant decoding (the
default for responses) a value the spec does not list becomes an unknown member: an instance of the same enum whose
`value` is the wire value and whose `is_known` is False, equal to its value but to no known member. Code that matches
the known members therefore keeps working, and needs a fallback branch for the rest.

Calling the enum (`InvoiceStatus("archived")`) still raises ValueError for an unknown value, so a typo in a request is
never sent: only the decoder creates unknown members.
"""

import enum
from typing import Self

from .decoding import parse_enum

_UNKNOWN_NAME = "UNKNOWN"


class OpenStrEnum(enum.StrEnum):
    """A string enum that can hold values the spec does not list (see the module docstring)."""

    @classmethod
    def decode(cls, value: object) -> Self:
        """Read the JSON value `value` as a member (see `decoding.parse_enum`): what generated models call."""
        return parse_enum(cls, value)

    @classmethod
    def unknown(cls, value: str) -> Self:
        """An unknown member carrying `value`, for a value the spec does not list."""
        member = str.__new__(cls, value)
        member._name_ = _UNKNOWN_NAME
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this is one of the members the spec lists."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __str__(self) -> str:
        return str(self._value_)


class OpenIntEnum(enum.IntEnum):
    """An integer enum that can hold values the spec does not list (see the module docstring)."""

    @classmethod
    def decode(cls, value: object) -> Self:
        """Read the JSON value `value` as a member (see `decoding.parse_enum`): what generated models call."""
        return parse_enum(cls, value)

    @classmethod
    def unknown(cls, value: int) -> Self:
        """An unknown member carrying `value`, for a value the spec does not list."""
        member = int.__new__(cls, value)
        member._name_ = _UNKNOWN_NAME
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this is one of the members the spec lists."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __str__(self) -> str:
        return str(self._value_)


__all__ = ["OpenIntEnum", "OpenStrEnum"]
