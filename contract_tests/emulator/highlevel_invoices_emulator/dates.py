"""Calendar days as the vendor stores them: the first and the last millisecond of the day in a time zone.

A request's `issueDate: "2025-05-28"` comes back as `2025-05-28T07:00:00.000Z` from a UTC-7 location, and a
`dueDate` of the same day as `2025-05-29T06:59:59.999Z` (VENDOR_FACTS "Recorded live traffic").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

_START = time(0, 0, 0, 0)
_END = time(23, 59, 59, 999_000)


def _iso(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-" + utc.strftime("%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _bound(day: date, zone: ZoneInfo, clock_time: time) -> str:
    try:
        return _iso(datetime.combine(day, clock_time, tzinfo=zone))
    except (OverflowError, ValueError):  # the first or last day Python can represent: keep it in UTC
        return _iso(datetime.combine(day, clock_time, tzinfo=UTC))


def day_start(day: date, zone: ZoneInfo) -> str:
    """The first millisecond of `day` in `zone`, as an ISO 8601 UTC timestamp with milliseconds."""
    return _bound(day, zone, _START)


def day_end(day: date, zone: ZoneInfo) -> str:
    """The last millisecond of `day` in `zone`, as an ISO 8601 UTC timestamp with milliseconds."""
    return _bound(day, zone, _END)
