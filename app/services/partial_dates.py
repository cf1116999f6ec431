"""Dates as precise as a claim makes them: a day, a month or a year, read relative to the publication date.

"in March", published on 14 January 2025 about the future, is March 2025; about the past, March 2024.
Free text is read with dateparser; ISO forms (``2025-03-06``, ``2025-03``, ``2025``) directly.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from dateparser.date import DateDataParser
from dateutil.relativedelta import relativedelta

Precision = Literal["day", "month", "year", "interval"]
Tense = Literal["past", "future", "present"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_INTERVAL = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")
_MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_ONLY = re.compile(r"^(?:in\s+)?(" + _MONTH_NAMES + r")\.?$", re.IGNORECASE)
_DAY_MONTH = re.compile(r"^(?:on\s+)?(?P<day>\d{1,2})\s+(?P<month>" + _MONTH_NAMES + r")\.?$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"^(?:on\s+)?(?P<month>" + _MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2})$", re.IGNORECASE)


class UnreadableDate(ValueError):
    pass


@dataclass(frozen=True)
class PartialDate:
    start: dt.date
    end: dt.date  # inclusive
    precision: Precision
    text: str

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def of(cls, day: dt.date, precision: Precision, text: str) -> PartialDate:
        if precision == "day":
            return cls(day, day, precision, text)
        if precision == "month":
            first = day.replace(day=1)
            return cls(first, first + relativedelta(months=1, days=-1), precision, text)
        return cls(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), precision, text)

    def describe(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start:%B %Y}"
        if self.precision == "interval":
            return f"between {self.start.isoformat()} and {self.end.isoformat()}"
        return str(self.start.year)

    def iso(self) -> str:
        """The ISO form ``parse_partial_date`` reads back: a day, ``YYYY-MM``, ``YYYY`` or ``start/end``."""
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start:%Y-%m}"
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def parse_partial_date(text: str, as_of: dt.date, tense: Tense = "future") -> PartialDate:
    """Read ``text`` as a day, month or year; a month without a year is the nearest one in ``tense``."""
    cleaned = " ".join(text.strip().split())
    interval = _INTERVAL.match(cleaned)
    if interval:  # a season, "early 2026", "by the end of the year": an interval, judged as such
        try:
            start, end = (dt.date.fromisoformat(interval.group(i)) for i in (1, 2))
        except ValueError as exc:
            raise UnreadableDate(f"'{text}' is not a real interval") from exc
        if end < start:
            raise UnreadableDate(f"'{text}' ends before it starts")
        return PartialDate(start, end, "interval", text)
    iso = _ISO.match(cleaned)
    if iso:
        year, month, day = iso.groups()
        try:
            if day:
                return PartialDate.of(dt.date(int(year), int(month), int(day)), "day", text)
            if month:
                return PartialDate.of(dt.date(int(year), int(month), 1), "month", text)
            return PartialDate.of(dt.date(int(year), 1, 1), "year", text)
        except ValueError as exc:  # 2025-13, 2025-02-30, 0000
            raise UnreadableDate(f"'{text}' is not a real date") from exc
    day_month = _DAY_MONTH.match(cleaned) or _MONTH_DAY.match(cleaned)
    if day_month:  # a day without a year: the nearest one in ``tense``, today included
        day, month = int(day_month.group("day")), _MONTHS[day_month.group("month").lower()]
        try:
            candidate = dt.date(as_of.year, month, day)
        except ValueError as exc:
            raise UnreadableDate(f"'{text}' is not a real date") from exc
        if tense != "past" and candidate < as_of:
            candidate = candidate.replace(year=as_of.year + 1)
        elif tense == "past" and candidate > as_of:
            candidate = candidate.replace(year=as_of.year - 1)
        return PartialDate.of(candidate, "day", text)
    month_only = _MONTH_ONLY.match(cleaned)
    if month_only:
        month = _MONTHS[month_only.group(1).lower().rstrip(".")]
        year = as_of.year
        if tense != "past" and month < as_of.month:
            year += 1
        elif tense == "past" and month > as_of.month:
            year -= 1
        return PartialDate.of(dt.date(year, month, 1), "month", text)
    prefer = {"future": "future", "past": "past", "present": "current_period"}[tense]
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )
    try:
        data = parser.get_date_data(re.sub(r"^(in|on|by|from)\s+", "", cleaned, flags=re.IGNORECASE))
    except (ValueError, OverflowError) as exc:
        raise UnreadableDate(f"'{text}' is not a date, a month or a year") from exc
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        raise UnreadableDate(f"'{text}' is not a date, a month or a year")
    return PartialDate.of(data.date_obj.date(), data.period, text)
