"""Date arithmetic for withdrawal clauses (see the package docstring for the month-end rule)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from app.dates.text import iso
from schemas.periods import parse_period
from schemas.rules import Counting, MonthEnd

ONE_DAY = dt.timedelta(days=1)
_NO_DAYS = dt.timedelta(0)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class DateResult:
    """A computed date, or (when the law leaves a missing day unresolved) the candidates, earliest first."""

    date: dt.date | None
    candidates: tuple[dt.date, ...]
    reasoning: str

    @property
    def ambiguous(self) -> bool:
        return self.date is None

    @property
    def latest(self) -> dt.date:
        return self.date or self.candidates[-1]

    @property
    def earliest(self) -> dt.date:
        return self.date or self.candidates[0]

    @classmethod
    def exact(cls, date: dt.date, reasoning: str) -> DateResult:
        return cls(date=date, candidates=(date,), reasoning=reasoning)


def later(start: dt.date, delta: relativedelta, times: int = 1) -> dt.date:
    """``start + delta * times`` for a period of years, months and days (what :func:`schemas.periods.parse_period`
    gives; ``times`` -1 counts back): the months first, the day clamped to the month's last day, then the days —
    dateutil's arithmetic, written out because it runs on every answer (tests/dates compares the two)."""
    months = start.month - 1 + times * (delta.years * 12 + delta.months)
    year, month = start.year + months // 12, months % 12 + 1
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    shifted = dt.date(year, month, min(start.day, last))
    return shifted + dt.timedelta(days=times * delta.days) if delta.days else shifted


def _shift(start: dt.date, delta: relativedelta) -> tuple[dt.date, bool]:
    """The corresponding date ``delta`` later, clamped to the month's last day, and whether it was clamped."""
    clamped = later(start, delta)
    exists = (delta.months == 0 and delta.years == 0) or clamped.day == start.day
    return clamped, not exists


def add_period(received: dt.date, period: str, counting: Counting, month_end: MonthEnd) -> DateResult:
    """``period`` after ``received``, counted by ``counting`` (same day number, or the day after)."""
    delta = parse_period(period)
    corresponding, missing = _shift(received, delta)
    offset = ONE_DAY if counting == "day_after" else _NO_DAYS
    counted = "the day after the period expires" if counting == "day_after" else "the same day number"
    if not missing:
        target = corresponding + offset if offset else corresponding
        return DateResult.exact(target, f"{iso(received)} + {period}, effective on {counted}: {iso(target)}")
    if month_end == "last_day_of_month":
        target = corresponding + offset
        return DateResult.exact(
            target,
            f"{iso(received)} + {period}: day {received.day} does not exist in {corresponding:%B %Y}; the period ends "
            f"on the month's last day ({iso(corresponding)}), effective on {counted}: {iso(target)}",
        )
    first = corresponding + offset
    second = corresponding + ONE_DAY + offset
    return DateResult(
        date=None,
        candidates=(first, second),
        reasoning=(
            f"{iso(received)} + {period}: day {received.day} does not exist in {corresponding:%B %Y} and no "
            f"documented practice settles it: {iso(first)} (period ends on the month's last day) or {iso(second)} "
            f"(on the first day of the next month)"
        ),
    )


def _first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


def in_force_after_deposit(deposit: dt.date, period: str, month_start: bool) -> dt.date:
    """The day a treaty enters into force for a State from its deposit: ``period`` after it ('the 60th day following
    the deposit': deposit + 60 days), or the first day of the month after that day (Rome Statute Art. 126(2):
    deposit 25 October 2024, 60th day 24 December 2024, in force 1 January 2025)."""
    end = later(deposit, parse_period(period))
    return _first_of_next_month(end) if month_start else end


def first_day_of_month_after_period(received: dt.date, period: str, month_end: MonthEnd) -> DateResult:
    """The first day of the month following the expiration of ``period`` after receipt.

    30 November + 3 months: the period ends on 28/29 February (clamped) or on 1 March, so the answer is
    1 March or 1 April unless ``month_end`` settles it.
    """
    expiry, missing = _shift(received, parse_period(period))
    target = _first_of_next_month(expiry)
    if not missing or month_end == "last_day_of_month":
        return DateResult.exact(
            target,
            f"{iso(received)} + {period} expires in {expiry:%B %Y}; first day of the following month: {iso(target)}",
        )
    later = _first_of_next_month(expiry + ONE_DAY)
    return DateResult(
        date=None,
        candidates=(target, later),
        reasoning=(
            f"{iso(received)} + {period}: day {received.day} does not exist in {expiry:%B %Y} and no documented "
            f"practice settles it: {iso(target)} (period ends on {iso(expiry)}) or {iso(later)} (period ends on "
            f"{iso(expiry + ONE_DAY)})"
        ),
    )


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def fixed_day_of_later_year(notice: dt.date, day: str, years_after: int) -> DateResult:
    """A fixed day (``MM-DD``) of the year ``years_after`` the year in which notice was given."""
    month, dom = _month_day(day)
    target = dt.date(notice.year + years_after, month, dom)
    return DateResult.exact(target, f"notice in {notice.year}; {day} of {notice.year + years_after}: {iso(target)}")


def annual_date_with_notice_deadline(
    notice: dt.date, day: str, notice_by: str, years_after_deadline: int = 0
) -> DateResult:
    """``day`` of the first year whose deadline ``notice_by`` (on or before) the notice met, or of the year
    ``years_after_deadline`` later (Single Convention Art. 46: 1 July deadline, 1 January of the next year)."""
    deadline_month, deadline_day = _month_day(notice_by)
    month, dom = _month_day(day)
    deadline_year = notice.year if notice <= dt.date(notice.year, deadline_month, deadline_day) else notice.year + 1
    year = deadline_year + years_after_deadline
    target = dt.date(year, month, dom)
    return DateResult.exact(
        target,
        f"notice on {iso(notice)}, on or before {notice_by} of {deadline_year}: effective {day} of {year}: "
        f"{iso(target)}",
    )


def end_of_recurring_period(received: dt.date, first_end: dt.date, every: str, notice_at_least: str) -> DateResult:
    """The end of the first period (``first_end``, then every ``every``) at least ``notice_at_least`` after
    the notice (Genocide Convention Art. XIV: five-year periods, six months' notice)."""
    step, lead = parse_period(every), parse_period(notice_at_least)
    k = 0
    end = first_end
    while received > later(end, lead, -1):
        k += 1
        end = later(first_end, step, k)
    return DateResult.exact(
        end,
        f"notice on {iso(received)}: the first period end at least {notice_at_least} later is {iso(end)} "
        f"(periods end on {iso(first_end)} and every {every} after)",
    )


def notice_window(first_opens: dt.date, length: str, every: str, on: dt.date) -> tuple[dt.date, dt.date]:
    """The window ``[opens, closes)`` that contains ``on``, or the next one (ILO conventions: a year every ten):
    the first window, counting from the first, that closes after ``on``."""
    span, step = parse_period(length), parse_period(every)
    k = _closed_before(first_opens, span, step, on)
    opens = later(first_opens, step, k)
    while on >= later(opens, span):
        k += 1
        opens = later(first_opens, step, k)
    return opens, later(opens, span)


def _closed_before(first_opens: dt.date, span: relativedelta, step: relativedelta, on: dt.date) -> int:
    """A number of windows all closed by ``on`` (0 if not sure), so the search need not start at the first. Windows
    recurring every so many months open and close later one after the other (the month arithmetic of
    :func:`later` is monotone), so if window ``k - 1`` closed by ``on``, every earlier one did."""
    months = step.years * 12 + step.months
    if months <= 0 or step.days:
        return 0
    k = ((on.year - first_opens.year) * 12 + on.month - first_opens.month) // months - 1
    return k if k > 0 and on >= later(later(first_opens, step, k - 1), span) else 0
