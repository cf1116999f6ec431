"""A claim's time of day ('at midnight', 'T00:00+01:00') against the hour a notice was received or took effect."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.services.checks.outcome import Outcome
from app.services.notices import Notification
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate, UnreadableDate
from schemas.checks import Evidence


def _zone(offset: str) -> dt.timezone:
    """``Z``, ``+01:00`` or ``-0500`` as a fixed offset from UTC."""
    if offset == "Z":
        return dt.UTC
    sign, digits = (-1 if offset[0] == "-" else 1), offset[1:].replace(":", "")
    if int(digits[:2]) > 23 or int(digits[2:]) > 59:
        raise UnreadableDate(f"'{offset}' is no offset from UTC")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _named_zone(name: str) -> ZoneInfo:
    """An IANA time zone ('Europe/Brussels'): the clock a time of day is read on ('T00:00 Europe/Brussels')."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as missing:
        raise UnreadableDate(f"'{name}' is no known time zone") from missing


def with_clock(
    value: str, clock: re.Match[str], claimed: PartialDate, notice: Notification, outcome: Outcome
) -> Outcome:
    """A right day given with a time of day ('2020-01-31T22:00', '...T00:00+01:00'), for ``effective_date`` and
    ``withdrew`` alike: checked against the clock time the withdrawal took effect at (``_at_the_time``)."""
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        raise UnreadableDate(f"'{value}' has no real time of day")
    offset = _OFFSET.search(clock.group(0))  # "T00:00+01:00": the instant, whatever the clock
    named = _NAMED_ZONE.search(clock.group(0))  # "T00:00 Europe/Brussels": the same, on that zone's clock
    zone: dt.tzinfo | None = None
    if claimed.precision == "day":
        zone = _zone(offset.group(1)) if offset else _named_zone(named.group(1)) if named else None
    said = dt.datetime.combine(claimed.start, dt.time(hour, minute), zone) if zone else None
    return _at_the_time(notice, outcome, dt.time(hour, minute), said)


def _at_the_time(notice: Notification, outcome: Outcome, said: dt.time, instant: dt.datetime | None = None) -> Outcome:
    """A right day with a time of day: right if the clock time is the one the withdrawal took effect at on the
    withdrawing state's clock (23:00 in London for the TEU), or the same instant given with its UTC offset
    (``00:00+01:00``, midnight CET), partly right if not; unverifiable without a clock."""
    if notice.effect_time is None:
        text = f"{outcome.explanation} The time of day it took effect is not recorded, so {said:%H:%M} is not checked."
        return outcome._replace(verdict="unverifiable", explanation=text)
    when = notice.effect_time
    day = dt.date.fromisoformat(outcome.correct_value or "")
    local = dt.datetime.combine(day, when.time, ZoneInfo(when.zone)).astimezone(ZoneInfo(when.local_zone))
    if (local == instant) if instant is not None else (local.hour, local.minute) == (said.hour, said.minute):
        return outcome
    text = (
        f"Partly correct: the day is right, the time is not: it took effect at {local:%H:%M} {local.tzname()} "
        f"on {_long(local.date())}, not {said:%H:%M}. {outcome.explanation.removeprefix('Correct: ')}"
    )
    return outcome._replace(verdict="partly_consistent", explanation=text)


def clock_evidence(notice: Notification, local: dt.date | None) -> list[Evidence]:
    """The source of the clock time a withdrawal takes effect at, when it moves the day (TEU: 23:00 London)."""
    if local is None or notice.effect_time is None:
        return []
    source = notice.effect_time.source
    return [Evidence(kind="record", description=source.title or "time of effect", url=str(source.url))]


def receipt_in(claimed: PartialDate, notice: Notification) -> bool:
    """Whether the claimed date is the notification's: its day, or its month when only the month is recorded."""
    if notice.approximate:
        month = PartialDate.of(notice.received, "month", "")
        return claimed.start <= month.end and month.start <= claimed.end
    return claimed.contains(notice.received)


CLOCK = re.compile(r"T(\d{1,2}):(\d{2})\b.*$")


_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})\s*$")  # a UTC offset after a time of day ('T00:00+01:00')
_NAMED_ZONE = re.compile(r"\s([A-Z][A-Za-z_]+(?:/[A-Za-z_+-]+)+)\s*$")  # an IANA zone after it ('Europe/Brussels')
