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
# ISO-like strings that are not ISO 8601 calendar dates: a sign, a dangling or doubled separator, a year of other
# than four digits ("-2025", "2025-", "+2025-03-06", "2025--03", "20250").
_MALFORMED_ISO = re.compile(r"^[+-]|[-/]$|--|^\d{5,}(?:-|$)")
# Day and month both written as numbers (06/03/2025, 6.3.2025): 6 March in most of the world, 3 June in the
# United States. Where both readings are dates, the claim is ambiguous and is not read either way.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_NAMES = "spring|summer|autumn|fall|winter"
_SEASON = re.compile(
    rf"^(?:in\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?P<season>{_SEASON_NAMES})(?:\s+of)?\s+(?P<year>\d{{4}})$",
    re.IGNORECASE,
)
_SEASON_ISO = re.compile(
    rf"^(?P<year>\d{{4}})-(?:(?P<part>early|mid|late)-)?(?P<season>{_SEASON_NAMES})$", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(r"^(?:in\s+)?(early|mid|late)[-\s](\d{4})$", re.IGNORECASE)
_PART_OF_MONTH = re.compile(r"^(early|mid|late)[-\s](\d{4})-(\d{2})$", re.IGNORECASE)  # "late 2019-06": 21-30 June
# "before 1950", "after 2019", "before 2012-09-06", "not before 2023-04", "before the mid-1990s": an open interval
# bounded by a year, a month, a day or a decade ("not before D" starts on D, "not after D" ends with it).
_BEFORE_AFTER = re.compile(
    r"^(not\s+)?(before|after)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?|(?:the\s+)?(?:(?:early|mid|late)[-\s])?\d{3}0'?s)$",
    re.IGNORECASE,
)
# "weeks before 2016-11-09", "a few days after 2020-01-01": a span of unnamed length in a plural unit, counted from a
# day, read as the days it can cover (two of the unit up to the next unit's worth: 'weeks' is 14 to 91 days before).
_UNITS_BEFORE_AFTER = re.compile(
    r"^(?:(?:a\s+few|several|some)\s+)?(days|weeks|months)\s+(before|after)\s+(\d{4}-\d{2}-\d{2})$", re.IGNORECASE
)
_UNIT_SPANS = {"days": (2, 13), "weeks": (14, 91), "months": (56, 730)}
# "the 1980s", "in the mid-1980s", "1990's": a decade (early / mid / late: its first, middle or last four years)
_DECADE = re.compile(r"^(?:in\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?P<decade>\d{3}0)'?s$", re.IGNORECASE)
# "the 80s", "in 12s", "3 hours": dateparser reads seconds, minutes or hours before the report; never a day of law
_TIME_UNITS = re.compile(r"\d\s*'?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)\b", re.IGNORECASE)
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


class UnreadableDate(ValueError):
    pass


class AmbiguousDate(UnreadableDate):
    """The text is a date on more than one reading (06/03/2025: 6 March or 3 June); ``readings`` holds each."""

    def __init__(self, message: str, readings: tuple[dt.date, ...]) -> None:
        super().__init__(message)
        self.readings = readings


def _same_day_in_year(month: int, day: int, year: int, step: int) -> dt.date:
    """``day month`` in ``year``, or the nearest year in the direction ``step`` (+1 or -1) that has that day:
    29 February exists only in leap years, so an inferred year moves to the next (or last) leap year."""
    for offset in range(9):  # leap years are at most eight years apart (1896 -> 1904)
        try:
            return dt.date(year + step * offset, month, day)
        except ValueError:
            continue
    raise UnreadableDate(f"there is no day {day} in month {month}")


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
        if self.precision == "interval" and _BEFORE_AFTER.match(self.text.strip()):  # as the claim bounds it
            return " ".join(self.text.split())
        if self.precision == "interval" and self.start.year == 1:  # "has notified" (by a day)
            return f"before {self.end.year + 1}" if self.end.timetuple().tm_yday >= 365 else f"by {self.end}"
        if self.precision == "interval" and self.end.year == 9999:
            return f"after {self.start.year - 1}"
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
    try:
        named = _named_interval(cleaned, text)
    except (ValueError, OverflowError) as exc:  # year 0000, "after 9999", "before 0001"
        raise UnreadableDate(f"'{text}' is not a real interval") from exc
    if named is not None:
        return named
    if _MALFORMED_ISO.search(cleaned):
        raise UnreadableDate(f"'{text}' is not a date: write 2025-03-06, 2025-03 or 2025")
    numeric = _NUMERIC_DMY.match(cleaned)
    if numeric:
        return _numeric_date(text, *(int(g) for g in numeric.groups()))
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
            dt.date(2000, month, day)  # a leap year: any day that exists in some year exists in 2000
        except ValueError as exc:
            raise UnreadableDate(f"'{text}' is not a real date") from exc
        step = -1 if tense == "past" else 1
        candidate = _same_day_in_year(month, day, as_of.year, step)
        if step > 0 and candidate < as_of:
            candidate = _same_day_in_year(month, day, as_of.year + 1, step)
        elif step < 0 and candidate > as_of:
            candidate = _same_day_in_year(month, day, as_of.year - 1, step)
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
    if _TIME_UNITS.search(cleaned):
        raise UnreadableDate(f"'{text}' is not a date, a month or a year (a decade is written 'the 1980s')")
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


def _named_interval(cleaned: str, text: str) -> PartialDate | None:
    """A season ('autumn 2024', '2024-early-autumn': northern meteorological seasons, early / mid / late = their
    first, second, third month), a third of a year ('early 2026': January to April) or of a month ('late 2019-06':
    the last ten days of June, as the reader reads 'the end of June 2019'), a decade ('the 1980s', 'the
    mid-1980s': 1983-1986), an open interval ('before 1950', 'after 2019', 'before the mid-1990s') or a span of
    unnamed length from a day ('weeks before 2016-11-09': 14 to 91 days before it); None for anything else."""
    season = _SEASON.match(cleaned) or _SEASON_ISO.match(cleaned)
    if season:
        part, name = season.group("part"), season.group("season").lower()
        first = dt.date(int(season.group("year")), _SEASONS[name], 1)
        months = {None: (0, 3), "early": (0, 1), "mid": (1, 2), "late": (2, 3)}[part and part.lower()]
        start, end = first + relativedelta(months=months[0]), first + relativedelta(months=months[1], days=-1)
        return PartialDate(start, end, "interval", text)
    month_third = _PART_OF_MONTH.match(cleaned)
    if month_third:  # "late 2019-06" ("at the end of June 2019"): the month's last third, as the reader cuts it
        first = dt.date(int(month_third.group(2)), int(month_third.group(3)), 1)
        last = first + relativedelta(months=1, days=-1)
        span = dt.timedelta(days=last.day // 3)
        start, end = {"early": (first, first + span - dt.timedelta(days=1)), "mid": (first + span, last - span),
                      "late": (last - span + dt.timedelta(days=1), last)}[month_third.group(1).lower()]  # fmt: skip
        return PartialDate(start, end, "interval", text)
    third = _PART_OF_YEAR.match(cleaned)
    if third:
        index = {"early": 0, "mid": 1, "late": 2}[third.group(1).lower()]
        first = dt.date(int(third.group(2)), 1 + 4 * index, 1)
        return PartialDate(first, first + relativedelta(months=4, days=-1), "interval", text)
    decade = _DECADE.match(cleaned)
    if decade:
        first_year = int(decade.group("decade"))
        years = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}[
            decade.group("part") and decade.group("part").lower()
        ]
        return PartialDate(
            dt.date(first_year + years[0], 1, 1), dt.date(first_year + years[1], 12, 31), "interval", text
        )
    unnamed = _UNITS_BEFORE_AFTER.match(cleaned)
    if unnamed:
        fewest, most = _UNIT_SPANS[unnamed.group(1).lower()]
        day, sign = dt.date.fromisoformat(unnamed.group(3)), -1 if unnamed.group(2).lower() == "before" else 1
        ends = sorted(day + dt.timedelta(days=sign * n) for n in (fewest, most))
        return PartialDate(ends[0], ends[1], "interval", text)
    bound = _BEFORE_AFTER.match(cleaned)
    if bound:
        negated, before, edge = bound.group(1) is not None, bound.group(2).lower() == "before", bound.group(3)
        period = parse_partial_date(edge, dt.date(2000, 1, 1))  # an ISO year, month or day: no tense needed
        if before != negated:  # "before D" ends the day before D; "not after D" ends with D
            last = period.start - dt.timedelta(days=1) if before else period.end
            return PartialDate(dt.date(1, 1, 1), last, "interval", text)
        first = period.end + dt.timedelta(days=1) if not before else period.start
        return PartialDate(first, dt.date(9999, 12, 31), "interval", text)
    return None


def _numeric_date(text: str, first: int, second: int, year: int) -> PartialDate:
    """``06/03/2025``: one date when only one reading exists (13/03/2025) or both agree (06/06/2025); otherwise
    :class:`AmbiguousDate` with both readings (day-month and month-day)."""
    readings: list[dt.date] = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    unique = tuple(dict.fromkeys(readings))
    if not unique:
        raise UnreadableDate(f"'{text}' is not a real date")
    if len(unique) > 1:
        words = " or ".join(f"{d.day} {d:%B %Y}" for d in unique)
        raise AmbiguousDate(f"'{text}' can be read as {words}; write it as 2025-03-06", unique)
    return PartialDate.of(unique[0], "day", text)
