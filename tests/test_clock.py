"""app/clock.py: today's date read once a day for the hot paths, read again when the clock leaves that day."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app import clock


def test_today_is_the_clocks_date() -> None:
    assert clock.today() == dt.date.today() == clock.today()


def test_a_clock_outside_the_day_read_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    today = clock.today()
    start, end, _ = clock._read
    monkeypatch.setattr(clock, "_read", (start, end, today - dt.timedelta(days=1)))  # as if read the day before
    assert clock.today() == today - dt.timedelta(days=1)  # within the span: not read again
    monkeypatch.setattr(clock, "_read", (end, end + 86_400, today + dt.timedelta(days=1)))  # a span not begun
    assert clock.today() == dt.date.today()  # the clock is before it (set back): read again
    assert clock._read[0] <= time.time() < clock._read[1]
