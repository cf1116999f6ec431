"""Dates as ISO 8601 text (``YYYY-MM-DD``) read from two tables: ``date.isoformat`` and ``f"{day}"`` format with
the C library's printf (~4.5k instructions a date), and a new question's answer writes several dates (its own,
the effective date and the reasoning's, the party status's); and a date written as precisely as it was read
(``as_read``: a day, a month or a year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_YEARS = [f"{year:04d}-" for year in range(10_000)]
_MONTH_DAYS = [f"{month:02d}-{day:02d}" for month in range(13) for day in range(32)]
_YEARS_BYTES = [year.encode() for year in _YEARS]
_MONTH_DAYS_BYTES = [month_day.encode() for month_day in _MONTH_DAYS]


def iso(day: dt.date) -> str:
    """``day.isoformat()`` (for a date, not a datetime)."""
    return _YEARS[day.year] + _MONTH_DAYS[day.month * 32 + day.day]


def iso_bytes(day: dt.date) -> bytes:
    """``day.isoformat().encode()`` (for a date, not a datetime)."""
    return _YEARS_BYTES[day.year] + _MONTH_DAYS_BYTES[day.month * 32 + day.day]


def as_read(day: dt.date, precision: str, day_words: Callable[[dt.date], str] = iso) -> str:
    """A date as precisely as it was read: ``day_words(day)`` for a day, 'May 1949' for a month, '1949' for a year (a
    month- or year-precise date is stored as its first day, which no one recorded)."""
    if precision == "year":
        return str(day.year)
    return f"{day:%B %Y}" if precision == "month" else day_words(day)
