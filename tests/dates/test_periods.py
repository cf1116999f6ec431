"""Legal periods: golden tables from real depositary records, month ends, leap days, and properties."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from app.dates import (
    add_period,
    annual_date_with_notice_deadline,
    end_of_recurring_period,
    first_day_of_month_after_period,
    fixed_day_of_later_year,
    notice_window,
)
from app.dates.periods import _first_of_next_month, later
from schemas.periods import describe_period, parse_period

D = dt.date

# (received, period, counting, expected) — real withdrawals, see rules/depositaries/ for the records.
GOLDEN_EXACT = [
    (D(2024, 9, 6), "P6M", "same_day_number", D(2025, 3, 6)),  # Lithuania, CCM (UN SG)
    (D(2025, 6, 27), "P6M", "same_day_number", D(2025, 12, 27)),  # Lithuania, Ottawa (UN SG)
    (D(2016, 10, 27), "P1Y", "same_day_number", D(2017, 10, 27)),  # Burundi, Rome Statute
    (D(2019, 11, 4), "P1Y", "same_day_number", D(2020, 11, 4)),  # USA, Paris
    (D(2000, 3, 27), "P3M", "same_day_number", D(2000, 6, 27)),  # Trinidad and Tobago, ICCPR-OP1
    (D(2019, 2, 2), "P6M", "same_day_number", D(2019, 8, 2)),  # USA, INF (bilateral)
    (D(2007, 5, 2), "P6M", "day_after", D(2007, 11, 3)),  # Bolivia, ICSID (World Bank)
    (D(2012, 1, 24), "P6M", "day_after", D(2012, 7, 25)),  # Venezuela, ICSID
    (D(2014, 12, 31), "P1Y", "day_after", D(2016, 1, 1)),  # Italy, ECT (year end)
    (D(2024, 2, 29), "P4Y", "same_day_number", D(2028, 2, 29)),  # leap day to leap day exists
]


@pytest.mark.parametrize(("received", "period", "counting", "expected"), GOLDEN_EXACT)
def test_golden_exact(received: dt.date, period: str, counting: str, expected: dt.date) -> None:
    result = add_period(received, period, counting, "ambiguous")  # type: ignore[arg-type]
    assert result.date == expected
    assert not result.ambiguous


# Month ends and leap days: the corresponding day does not exist.
GOLDEN_MISSING_DAY = [
    # received, period, counting, clamped reading, next-day reading
    (D(2024, 8, 31), "P6M", "same_day_number", D(2025, 2, 28), D(2025, 3, 1)),
    (D(2023, 8, 31), "P6M", "same_day_number", D(2024, 2, 29), D(2024, 3, 1)),  # leap year February
    (D(2024, 2, 29), "P1Y", "same_day_number", D(2025, 2, 28), D(2025, 3, 1)),  # leap day + 1 year
    (D(2025, 3, 31), "P6M", "same_day_number", D(2025, 9, 30), D(2025, 10, 1)),
    (D(2025, 3, 31), "P6M", "day_after", D(2025, 10, 1), D(2025, 10, 2)),
    (D(2024, 12, 31), "P2M", "same_day_number", D(2025, 2, 28), D(2025, 3, 1)),
]


@pytest.mark.parametrize(("received", "period", "counting", "clamped", "rolled"), GOLDEN_MISSING_DAY)
def test_missing_day_is_ambiguous_without_a_documented_rule(
    received: dt.date, period: str, counting: str, clamped: dt.date, rolled: dt.date
) -> None:
    result = add_period(received, period, counting, "ambiguous")  # type: ignore[arg-type]
    assert result.date is None
    assert result.candidates == (clamped, rolled)
    assert "does not exist" in result.reasoning


@pytest.mark.parametrize(("received", "period", "counting", "clamped", "rolled"), GOLDEN_MISSING_DAY)
def test_missing_day_clamps_under_a_documented_month_end_rule(
    received: dt.date, period: str, counting: str, clamped: dt.date, rolled: dt.date
) -> None:
    result = add_period(received, period, counting, "last_day_of_month")  # type: ignore[arg-type]
    assert result.date == clamped


def test_first_day_of_month_after_period_turkey_istanbul() -> None:
    # Art. 80(2) Istanbul Convention; Turkey's denunciation took effect on 1 July 2021.
    for received in (D(2021, 3, 20), D(2021, 3, 22), D(2021, 3, 30)):
        assert first_day_of_month_after_period(received, "P3M", "ambiguous").date == D(2021, 7, 1)


def test_first_day_of_month_after_period_missing_day_is_ambiguous() -> None:
    result = first_day_of_month_after_period(D(2024, 11, 30), "P3M", "ambiguous")
    assert result.candidates == (D(2025, 3, 1), D(2025, 4, 1))
    assert first_day_of_month_after_period(D(2024, 11, 30), "P3M", "last_day_of_month").date == D(2025, 3, 1)


def test_fixed_day_of_later_year_unesco() -> None:
    assert fixed_day_of_later_year(D(2017, 10, 12), "12-31", 1).date == D(2018, 12, 31)
    assert fixed_day_of_later_year(D(2017, 12, 29), "12-31", 1).date == D(2018, 12, 31)
    assert fixed_day_of_later_year(D(2018, 1, 1), "12-31", 1).date == D(2019, 12, 31)


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        (D(2018, 12, 26), D(2019, 6, 30)),  # Japan, ICRW
        (D(2019, 1, 1), D(2019, 6, 30)),  # on the deadline itself
        (D(2019, 1, 2), D(2020, 6, 30)),  # a day late: the next year
        (D(2019, 6, 30), D(2020, 6, 30)),
    ],
)
def test_annual_date_with_notice_deadline_icrw(notice: dt.date, expected: dt.date) -> None:
    assert annual_date_with_notice_deadline(notice, "06-30", "01-01").date == expected


def test_periods_parse_and_read() -> None:
    assert parse_period("P6M").months == 6
    assert parse_period("P1Y").years == 1
    assert parse_period("P90D").days == 90
    assert describe_period("P20Y") == "twenty years"
    for bad in ("6M", "P", "P6W", "P1.5Y", ""):
        with pytest.raises(ValueError):
            parse_period(bad)


dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2150, 12, 31))
periods = st.sampled_from(["P3M", "P6M", "P1Y", "P12M", "P2Y", "P90D", "P5Y"])
countings = st.sampled_from(["same_day_number", "day_after"])


@given(dates, periods, countings)
def test_effect_is_after_receipt_and_within_a_day_of_the_period(received: dt.date, period: str, counting: str) -> None:
    result = add_period(received, period, counting, "ambiguous")  # type: ignore[arg-type]
    delta = parse_period(period)
    naive = received + delta  # dateutil clamps to the month's end
    for candidate in result.candidates:
        assert candidate > received
        assert 0 <= (candidate - naive).days <= 2
    if result.ambiguous:
        assert received.day > 28 and naive.day == calendar.monthrange(naive.year, naive.month)[1]
        assert result.candidates[1] - result.candidates[0] == dt.timedelta(days=1)
    else:
        assert result.date is not None


@given(dates, periods)
def test_day_after_is_one_day_after_same_day_number(received: dt.date, period: str) -> None:
    same = add_period(received, period, "same_day_number", "ambiguous")
    after = add_period(received, period, "day_after", "ambiguous")
    assert [c + dt.timedelta(days=1) for c in same.candidates] == list(after.candidates)


@given(dates, periods)
def test_same_day_number_keeps_the_day_when_it_exists(received: dt.date, period: str) -> None:
    result = add_period(received, period, "same_day_number", "ambiguous")
    if result.date is not None and "D" not in period:
        assert result.date.day == received.day


@given(dates)
def test_first_of_month_is_a_first_and_at_least_three_months_later(received: dt.date) -> None:
    result = first_day_of_month_after_period(received, "P3M", "ambiguous")
    for candidate in result.candidates:
        assert candidate.day == 1
        assert candidate > received + parse_period("P3M") - dt.timedelta(days=1)
        assert (candidate - received).days <= 124


@given(dates)
def test_annual_deadline_is_the_30_june_after_notice(notice: dt.date) -> None:
    result = annual_date_with_notice_deadline(notice, "06-30", "01-01")
    assert result.date is not None
    assert (result.date.month, result.date.day) == (6, 30)
    assert result.date > notice
    assert (result.date - notice).days <= 547


def test_end_of_recurring_period_genocide_style() -> None:
    # Periods end on 12 January 1961 and every five years after; notice at least six months before the end.
    first = D(1961, 1, 12)
    assert end_of_recurring_period(D(2025, 7, 12), first, "P5Y", "P6M").date == D(2026, 1, 12)
    assert end_of_recurring_period(D(2025, 7, 13), first, "P5Y", "P6M").date == D(2031, 1, 12)
    assert end_of_recurring_period(D(1960, 1, 1), first, "P5Y", "P6M").date == D(1961, 1, 12)


def test_notice_windows_ilo_style() -> None:
    # First window opens ten years after entry into force (1 May 1932), lasts a year, recurs every ten.
    opens = D(1942, 5, 1)
    assert notice_window(opens, "P1Y", "P10Y", D(1942, 12, 1)) == (D(1942, 5, 1), D(1943, 5, 1))
    assert notice_window(opens, "P1Y", "P10Y", D(1943, 5, 1)) == (D(1952, 5, 1), D(1953, 5, 1))
    assert notice_window(opens, "P1Y", "P10Y", D(2026, 11, 28)) == (D(2032, 5, 1), D(2033, 5, 1))


def test_annual_deadline_with_a_later_year_single_convention_style() -> None:
    # Received on or before 1 July: effective 1 January of the following year; after 1 July: a year later.
    assert annual_date_with_notice_deadline(D(2025, 7, 1), "01-01", "07-01", 1).date == D(2026, 1, 1)
    assert annual_date_with_notice_deadline(D(2025, 7, 2), "01-01", "07-01", 1).date == D(2027, 1, 1)


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2150, 12, 31)),
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(0, 400),
)
def test_periods_are_added_as_dateutil_adds_them(start: dt.date, years: int, months: int, days: int) -> None:
    """app.dates.periods.later writes dateutil's arithmetic out (it runs on every answer): the same dates."""
    delta = relativedelta(years=years, months=months, days=days)
    assert later(start, delta) == start + delta
    period = f"P{years}Y{months}M{days}D" if years or months or days else "P1D"
    assert later(start, parse_period(period)) == start + parse_period(period)
    assert _first_of_next_month(start) == start.replace(day=1) + relativedelta(months=1)
    for times in (-3, -1, 2, 7):  # the recurring periods and windows count steps forward and leads back
        if D(1800, 1, 1) < start + delta * times < D(2400, 1, 1):
            assert later(start, delta, times) == start + delta * times


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
    st.sampled_from(["P1Y", "P6M", "P2Y", "P1M", "P1Y6M", "P30D", "P11Y"]),
    st.sampled_from(["P10Y", "P5Y", "P1Y", "P3M", "P2Y6M", "P90D", "P1Y1D"]),
    st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)),
)
def test_notice_windows_are_searched_from_the_first(first: dt.date, length: str, every: str, on: dt.date) -> None:
    """notice_window starts its search past windows certainly closed: the window found is the first, counting from
    the first window, that closes after the day (the search written out from window 0)."""
    span, step = parse_period(length), parse_period(every)
    k = 0
    while on >= later(later(first, step, k), span):
        k += 1
    opens = later(first, step, k)
    assert notice_window(first, length, every, on) == (opens, later(opens, span))
