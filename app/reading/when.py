"""Dates as a reader means them: read against the publication date and the tense of the verb they belong to.

"on March 6" in a past-tense sentence is the last 6 March on or before publication; in a future one, the next.
"last July", "this year", "next month", "on Saturday", "in the autumn", "early 2026", "by the end of the year"
are intervals (a month, a season, a third of a year, up to the end of a year), judged as such: a claim is right
when the true date falls inside. Seasons are the northern meteorological ones (spring = March to May), an
assumption stated in the explanation through the interval the verdict shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Literal

from dateutil.relativedelta import relativedelta

from app.numbers import number_from_words
from app.services.partial_dates import PartialDate, Precision

Tense = Literal["past", "future", "present"]

MONTHS: dict[str, int] = (
    {m: i for i, m in enumerate(calendar.month_name) if m}
    | {m: i for i, m in enumerate(calendar.month_abbr) if m}
    | {f"{m}.": i for i, m in enumerate(calendar.month_abbr) if m}
    | {"Sept": 9, "Sept.": 9}
)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
UNITS = ("week", "month", "year")
RELATIVE = {"last", "next", "this", "coming", "past", "previous", "current"}
MODIFIERS = {"early", "late", "mid", "middle", "end", "beginning", "start", "close"}
BEFORE = {"by", "before", "until", "till"}


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _season(year: int, season: str) -> tuple[dt.date, dt.date]:
    first = dt.date(year, SEASONS[season], 1)
    return first, first + relativedelta(months=3, days=-1)


def _nearest(
    candidates: Sequence[tuple[dt.date, dt.date]], published: dt.date, tense: Tense, rel: str | None
) -> tuple[dt.date, dt.date]:
    """Of yearly candidates, the one the tense points to: the last begun on or before publication (past), the
    next ending on or after it (future); 'this' is the one of the publication year."""
    if rel in ("last", "past", "previous"):
        before = [c for c in candidates if c[1] < published]
        return before[-1]
    if rel in ("next", "coming"):
        return next(c for c in candidates if c[0] > published)
    if rel in ("this", "current"):  # "this October": the publication year's, whatever the span of candidates
        return next(c for c in candidates if c[0].year == published.year)
    if tense == "past":  # a day on the morrow of the report is the report's dateline behind the event's (time zones)
        return [c for c in candidates if c[0] <= published + _DATELINE_GRACE * (c[0] == c[1])][-1]
    return next(c for c in candidates if c[1] >= published)


_DATELINE_GRACE = dt.timedelta(
    days=1
)  # "entered into force for Armenia on 1 February" (Kyiv Independent, dated 31 January)


def resolve(words: Sequence[str], published: dt.date, tense: Tense) -> PartialDate | None:
    """The interval ``words`` (the tokens of one date expression) name, or None if they name none."""
    lowered = [w.lower() for w in words]
    if lowered[:1] == ["between"] and "and" in lowered:  # "between January 29 and July 29, 2025"
        return _between(list(words), lowered.index("and"), published, tense)
    if {"a.m.", "p.m.", "am", "pm"} & set(lowered):  # "at 4:30 a.m.": the day of the report
        return PartialDate.of(published, "day", " ".join(words))
    if {"ago", "from", "time"} & set(lowered):
        return _counted(lowered, published)
    if lowered[:1] == ["in"] and lowered[-1] in ("day", "days", "week", "weeks") and len(lowered) == 3:
        return _days_on(lowered, published)
    if lowered[1:3] == ["earlier", "than"] and (bound := _resolve(words[3:], published, tense)) is not None:
        return PartialDate(bound.start, dt.date.max, "interval", " ".join(words))  # "no earlier than 4 November"
    return _resolve(words, published, tense)


_SHIFTS = {"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1}


def _counted(lowered: list[str], published: dt.date) -> PartialDate | None:
    """'six months ago' (the month six months before publication), 'a year from yesterday' (that day), 'in a
    year's time' (the month a year on): a period counted from the publication date."""
    decades = next((i for i, w in enumerate(lowered) if w in ("decade", "decades")), None)
    if decades is not None:  # "more than a decade ago", "two decades ago": counted in years
        tens = number_from_words(" ".join(w for w in lowered[:decades] if w not in ("more", "than", "over")) or "a")
        lowered = [*lowered[:decades], "years", *lowered[decades + 1 :]]
        lowered = [str(10 * (tens or 1)) if w in ("a", "one", "two", "three", "four", "five") else w for w in lowered]
    unit = next((w.rstrip("s") for w in lowered if w.rstrip("s") in UNITS), None)
    if unit is None:
        return None
    more = lowered[0] in ("more", "over")  # "more than 20 years ago": on or before that day
    amount_words = [
        w
        for w in lowered[: lowered.index(unit if unit in lowered else unit + "s")]
        if w not in ("in", "more", "than", "over", "exactly")
    ]
    amount = number_from_words(" ".join(amount_words)) if amount_words else 1
    if amount is None or amount > 100:
        return None
    sign = -1 if "ago" in lowered else 1
    base = published + dt.timedelta(days=next((_SHIFTS[w] for w in lowered if w in _SHIFTS), 0))
    day = base + sign * relativedelta(**{f"{unit}s": amount})  # type: ignore[arg-type]
    exact = any(w in _SHIFTS for w in lowered) or lowered[0] == "exactly"  # "a year from yesterday", "exactly one
    # year ago": a day; "a year ago": about then
    if more and sign < 0:
        return PartialDate(dt.date.min, day, "interval", " ".join(lowered))
    precision: Precision = "day" if exact or unit == "week" else "year" if unit == "year" and amount > 1 else "month"
    return PartialDate.of(day, precision, " ".join(lowered))  # "20 years ago": that year, not that month


def _days_on(lowered: list[str], published: dt.date) -> PartialDate | None:
    """'in 30 days', 'in two weeks': the day so many days (weeks) after the report's day."""
    amount = number_from_words(lowered[1])
    if amount is None or not 0 < amount <= 400:
        return None
    days = amount * (7 if lowered[-1].startswith("week") else 1)
    return PartialDate.of(published + dt.timedelta(days=days), "day", " ".join(lowered))


def _between(words: list[str], middle: int, published: dt.date, tense: Tense) -> PartialDate | None:
    year = next((w for w in words[middle + 1 :] if w.isdigit() and len(w) == 4), None)
    has_year = any(w.isdigit() and len(w) == 4 for w in words[1:middle])  # "between 2000 and 2004": its own
    first = words[1:middle] + ([year] if year and not has_year else [])
    start, end = _resolve(first, published, tense), _resolve(words[middle + 1 :], published, tense)
    if start is None or end is None or end.end < start.start:
        return None
    return PartialDate(start.start, end.end, "interval", " ".join(words))


def _resolve(words: Sequence[str], published: dt.date, tense: Tense) -> PartialDate | None:
    text = " ".join(words)
    lower = [w.lower().rstrip(",") for w in words]
    day = month = year = weekday = None
    season = unit = rel = modifier = None
    by = any(w in BEFORE for w in lower)
    for word, low in zip(words, lower, strict=True):
        if word.rstrip(",") in MONTHS:
            month = MONTHS[word.rstrip(",")]
        elif low.isdigit() and len(low) == 4:
            year = int(low)
        elif low.rstrip("stndrhe").isdigit() and len(low.rstrip("stndrhe")) <= 2:  # 1st, 22nd, 1er
            day = int(low.rstrip("stndrhe"))
        elif low in WEEKDAYS:
            weekday = WEEKDAYS[low]
        elif low in SEASONS:
            season = low
        elif low in UNITS:
            unit = low
        elif low in RELATIVE:
            rel = low
        elif low in MODIFIERS or low.startswith("mid"):
            modifier = "mid" if low.startswith("mid") or low == "middle" else low
            rest = low[4:] if low.startswith("mid-") else ""
            if rest.title() in MONTHS:
                month = MONTHS[rest.title()]
            elif rest.isdigit() and len(rest) == 4:
                year = int(rest)
            elif len(rest) == 5 and rest.endswith("0s") and rest[:4].isdigit():  # "the mid-1980s"
                start, end = _part(dt.date(int(rest[:4]), 1, 1), dt.date(int(rest[:4]) + 9, 12, 31), "mid")
                return PartialDate(start, end, "interval", text)
        elif len(low) == 5 and low.endswith("0s") and low[:4].isdigit():  # "the 1980s": the decade
            start, end = dt.date(int(low[:4]), 1, 1), dt.date(int(low[:4]) + 9, 12, 31)
            start, end = _part(start, end, modifier) if modifier else (start, end)
            return PartialDate(start, end, "interval", text)
        elif low in ("today", "tonight", "tonite", "yesterday", "tomorrow") and not any(
            w.rstrip(",") in MONTHS for w in words
        ):
            shift = {"today": 0, "tonight": 0, "tonite": 0, "yesterday": -1, "tomorrow": 1}[low]
            return PartialDate.of(published + dt.timedelta(days=shift), "day", text)
    if len(words) == 1 and len(text) == 10 and text[4] == "-":
        try:
            return PartialDate.of(dt.date.fromisoformat(text), "day", text)
        except ValueError:
            return None
    try:
        span = _base(day, month, year, weekday, season, unit, rel, published, tense)
    except (ValueError, StopIteration, IndexError):
        return None
    if span is None:
        return None
    start, end = span
    if modifier and start != end:
        start, end = _part(start, end, modifier)
    if by and tense != "past":  # "by the end of the year", "by 6 March": from now until then
        start = min(published, start)
    return PartialDate(start, end, _precision(start, end), text)


def _precision(start: dt.date, end: dt.date) -> Literal["day", "month", "year", "interval"]:
    if start == end:
        return "day"
    if start.day == 1 and end == start + relativedelta(months=1, days=-1):
        return "month"
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "year"
    return "interval"


def _base(
    day: int | None, month: int | None, year: int | None, weekday: int | None, season: str | None,
    unit: str | None, rel: str | None, published: dt.date, tense: Tense,
) -> tuple[dt.date, dt.date] | None:  # fmt: skip
    if day and month and year:
        d = dt.date(year, month, day)
        return d, d
    if day and month and unit == "year" and rel:  # "on 3 March last year", "June 2 next year": a calendar year
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        d = dt.date(published.year + step, month, day)
        return d, d
    if day and month:
        options = [(dt.date(y, month, day),) * 2 for y in (published.year - 1, published.year, published.year + 1)]
        named = [o for o in options if weekday is not None and o[0].weekday() == weekday]
        if len(named) == 1:  # "on Tuesday, Jan. 27": the year in which that day is a Tuesday, whatever the tense
            return named[0]
        return _nearest(options, published, tense, rel)
    if month and year:
        return _month(year, month)
    if month and unit == "year" and rel:  # "in January next year"
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        return _month(published.year + step, month)
    if month:
        return _nearest(
            [_month(y, month) for y in range(published.year - 2, published.year + 3)], published, tense, rel
        )
    if season:
        if year:
            return _season(year, season)
        return _nearest(
            [_season(y, season) for y in range(published.year - 2, published.year + 3)], published, tense, rel
        )
    if year:
        return _year(year)
    if weekday is not None and (unit == "week" or rel == "next"):  # "Wednesday next week", "next Wednesday": that
        # weekday of the week after the report's (the Daily Mail and MaltaToday of Monday 20 March 2017 wrote both for
        # Wednesday 29 March; 'this Wednesday' is the 22nd), "Friday last week" of the week before
        step = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel or "this", 0)
        d = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step, days=weekday)
        return d, d
    if weekday is not None:
        offset = (published.weekday() - weekday) % 7
        if rel in ("next", "coming") or (tense == "future" and rel is None):
            ahead = (weekday - published.weekday()) % 7 or (7 if rel else 0)
            d = published + dt.timedelta(days=ahead)
        else:
            d = published - dt.timedelta(days=offset or (7 if rel in ("last", "past") else 0))
        return d, d
    if unit:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel or "this", 0)
        if unit == "year":
            return _year(published.year + step)
        if unit == "month":
            first = published.replace(day=1) + relativedelta(months=step)
            return _month(first.year, first.month)
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    return None


def _part(start: dt.date, end: dt.date, modifier: str) -> tuple[dt.date, dt.date]:
    """Early / mid / late = first, middle, last third; end of = last third too ("the end of the year" is
    October to December, for a month its last ten days); beginning / start of = first third."""
    days = (end - start).days + 1
    third = days // 3
    if modifier in ("early", "beginning", "start"):
        return start, start + dt.timedelta(days=third - 1)
    if modifier == "mid":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


_THIRDS = ("early", "mid", "late")
_SAME_THIRD = {"end": "late", "close": "late", "beginning": "early", "start": "early"}  # the thirds of _part


def claim_value(when: PartialDate) -> str:
    """The claim's value: ISO (a day, ``YYYY-MM``, ``YYYY``), or for a season or a third of a year the named
    interval ``parse_partial_date`` reads back ('early 2026', '2024-autumn', '2024-late-summer'), so that the
    article's calendar unit is judged as a unit (right when the true date falls inside), not as a span of named
    days ('between 29 January and 29 July'); 'by June 30, 2019' is a deadline, open before it (right when the date
    falls by it, not a span naming a second date); a span with a named day or month stays a span."""
    words = when.text.lower().replace("-", " ").split()
    if {"by", "before"} & set(words) and "between" not in words:  # "by June 30, 2019": on or before that day,
        return f"0001-01-01/{when.end.isoformat()}"  # a deadline (right when the date falls by it), no second date
    if when.precision != "interval":
        return when.iso()
    if {"between", *BEFORE} & set(words):
        return when.iso()
    part = next((p for p in _THIRDS if any(w in (p, "middle") if p == "mid" else w == p for w in words)), None)
    part = part or _SAME_THIRD.get(next((w for w in words if w in _SAME_THIRD), ""))  # "the end of 2023": late 2023
    if any(w.title().rstrip(".") in MONTHS for w in words):  # "at the end of June 2019": the month's last third, a
        one_month = when.start.month == when.end.month and when.start.year == when.end.year  # calendar unit
        return f"{part} {when.start.year}-{when.start.month:02d}" if part and one_month else when.iso()
    season = next((w for w in words if w in SEASONS), None)
    if season:
        return f"{when.start.year}-{part + '-' if part else ''}{'autumn' if season == 'fall' else season}"
    if part and any(w.isdigit() and len(w) == 4 for w in words):
        return f"{part} {when.start.year}"
    return when.iso()


def later_than(anchor: PartialDate | None, lowered: list[str]) -> PartialDate | None:
    """'three months later', 'two years later': the date last read, moved on (at its precision, at least a
    month); None without a date to count from."""
    unit = next((w.rstrip("s") for w in lowered if w.rstrip("s") in UNITS), None)
    if anchor is None or unit is None or anchor.precision not in ("day", "month", "year"):
        return None
    amount_words = lowered[: lowered.index(unit if unit in lowered else unit + "s")]
    amount = number_from_words(" ".join(amount_words)) if amount_words else 1
    if amount is None or amount > 100:
        return None
    day = anchor.start + relativedelta(**{f"{unit}s": amount})  # type: ignore[arg-type]
    if unit == "week" and anchor.precision == "day":
        return PartialDate.of(day, "day", " ".join(lowered))  # "one week later" than 20 January: 27 January
    coarse = anchor.precision == "year" or (unit == "year" and anchor.precision != "day")
    return PartialDate.of(day, "year" if coarse else "month", " ".join(lowered))
