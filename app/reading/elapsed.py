"""A day told by the years since a deed: a date that marks an anniversary ("Yesterday marked 75 years since the United
Kingdom was one of 12 states to ratify the convention") is the anniversary's day, not the deed's, so the deed is not
dated by it. And the years since a treaty entered into force: "On Monday, three years after the Paris accord went
into effect, ..." dates the Monday, not the entry into force, which came N years before it. The entry into force read
in such a clause is moved back by N years, to the year only (N is a round figure: "three years after" is not a day).
An anniversary of the entry into force told as today's ("the first anniversary of the entry into force of the Treaty
on the Prohibition of Nuclear Weapons (TPNW) observed today", Bernama, 2022) dates it: the same day N years before.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.cued import cued
from app.reading.spans import text_of
from schemas.checks import Claim

_SINCE_FORCE = cued(
    r"\b(?P<n>\d{1,3}|[a-z]+)\s+years?\s+after\s+[^,.;]{0,80}?\b(?:went|came|entered)\s+into\s+(?:effect|force)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(\d{4})")
_DATED_HERE = re.compile(r"\s+(?:on|in)\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d")  # "came into effect on Nov. 4, 2016"


def entry_before(clause: Span, claims: list[Claim]) -> list[Claim]:
    """``claims`` with an entry into force read from 'N years after X went into effect' moved back N years."""
    text = text_of(clause)
    match = _SINCE_FORCE.search(text)
    years = number_from_words(match.group("n").lower()) if match else None
    if not years or (match is not None and _DATED_HERE.match(text, match.end())):
        return claims  # "four years after the deal came into effect on Nov. 4, 2016": the day is the entry's own
    out = []
    for claim in claims:
        year = _YEAR.match(claim.value) if claim.kind == "entry_into_force" else None
        out.append(claim.model_copy(update={"value": str(int(year.group(1)) - years)}) if year else claim)
    return out


_MARK = ("mark", "marks", "marked", "marking")
_SINCE = ("since", "after", "from")


def anniversaries(dates: list[Span]) -> list[Span]:
    """``dates`` without those that mark an anniversary: 'Yesterday marked 75 years since ...', 'Monday marks the
    tenth anniversary of ...' (the day named is N years after the deed, not the deed's day)."""
    kept = []
    for date in dates:
        doc = date.doc
        after = [t.lower_ for t in doc[date.end : min(date.end + 7, date.sent.end)]]
        marks = bool(after) and (after[0] in _MARK or after[:2] in (["will", "mark"], ["would", "mark"]))
        years = any(
            w in ("years", "decades") and i + 1 < len(after) and after[i + 1] in _SINCE for i, w in enumerate(after)
        )
        if not (marks and (years or "anniversary" in after)):
            kept.append(date)
    return kept


_ORDINAL_YEARS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
                  "8th": 8, "9th": 9, "10th": 10}  # fmt: skip
_FORCE_ANNIVERSARY = re.compile(
    r"\b(?P<n>[a-z0-9]+)\s+anniversary\s+of\s+(?:the|its)\s+entry\s+into\s+force\b", re.IGNORECASE
)


def anniversary_of_force(clause: Span, treaty: str | None, published: dt.date) -> list[Claim]:
    """'the first anniversary of the entry into force of the TPNW observed today', 'Today marks the second anniversary
    of its entry into force': an ``entry_into_force`` on the report's day N years before. Only with 'today' in the
    clause (an anniversary of another day, or one to come, dates nothing here); none on 29 February."""
    match = _FORCE_ANNIVERSARY.search(text_of(clause))
    years = _ORDINAL_YEARS.get(match.group("n").lower()) if match else None
    if treaty is None or years is None or not any(t.lower_ == "today" for t in clause):
        return []
    try:
        day = published.replace(year=published.year - years)
    except ValueError:
        return []
    return [Claim(kind="entry_into_force", treaty=treaty, value=day.isoformat(), as_of=published, tense="past")]
