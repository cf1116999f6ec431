"""Today's date for the hot paths, read from the clock's date once a day: ``datetime.date.today()`` converts the
time to local time (1.5-3 µs), and a new question asked it three times (its ready key, the day it is kept for,
its shape)."""

from __future__ import annotations

import datetime as dt
import time

_read: tuple[float, float, dt.date] = (0.0, 0.0, dt.date.min)  # the day last read, and when it starts and ends


def today() -> dt.date:
    """``datetime.date.today()``: the day last read while the clock is within it (read again past midnight, or
    when the clock was set back before it)."""
    global _read
    now = time.time()
    start, end, day = _read
    if start <= now < end:
        return day
    day = dt.date.today()
    midnight = dt.datetime.combine(day, dt.time())
    _read = (midnight.timestamp(), (midnight + dt.timedelta(days=1)).timestamp(), day)
    return day
