"""A day named without its year beside a state of membership: 'As of 17 March, the Philippines is no longer a
member of the ICC' in a report of 15 March 2019 is the coming 17 March (the exit two days ahead); 'As of December
27, Latvia is no longer a party' in a report of 28 December is the day before. A present status has no tense to
point back or forward, so the reader means the 17 March nearest the day of the report."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from app.reading.when import resolve
from app.services.partial_dates import PartialDate

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def nearest_status_day(words: Sequence[str], published: dt.date) -> PartialDate | None:
    """The reading of a year-less day and month nearest the report (None when the words carry a year or a word
    such as 'last' or 'next' that already says which one)."""
    lowered = [w.lower() for w in words]
    if any(_YEAR.match(w) for w in words) or set(lowered) & {"last", "next", "this", "coming", "past", "previous"}:
        return None
    before = resolve(words, published, "past")
    after = resolve(words, published, "future")
    if before is None or after is None or before.precision != "day":
        return None
    return after if (after.start - published) < (published - before.start) else before
