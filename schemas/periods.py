"""ISO 8601 periods as treaties state them: ``P6M`` (six months), ``P1Y``, ``P90D``, ``P3Y``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated

from dateutil.relativedelta import relativedelta
from pydantic import AfterValidator

_PERIOD = re.compile(r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<days>\d+)D)?$")


@lru_cache(maxsize=256)
def parse_period(text: str) -> relativedelta:
    """``P6M`` -> relativedelta(months=6). Weeks and times are not used by any withdrawal clause. The few periods
    the rules state are parsed once (the result is shared: add it to dates, never change it)."""
    match = _PERIOD.match(text)
    if not match or text == "P":
        raise ValueError(f"{text!r} is not an ISO 8601 period of years, months and days such as P6M or P1Y")
    years, months, days = (int(match.group(name) or 0) for name in ("years", "months", "days"))
    return relativedelta(years=years, months=months, days=days)


def _check(text: str) -> str:
    parse_period(text)
    return text


Period = Annotated[str, AfterValidator(_check)]


def describe_period(text: str) -> str:
    """``P6M`` -> 'six months', for sentences a journalist can paste."""
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 12: "twelve", 20: "twenty"}
    delta = parse_period(text)
    out = []
    for amount, unit in ((delta.years, "year"), (delta.months, "month"), (delta.days, "day")):
        if amount:
            out.append(f"{words.get(amount, str(amount))} {unit}{'s' if amount != 1 else ''}")
    return " and ".join(out)
