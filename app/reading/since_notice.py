"""A notice dated by the time since it: "Exactly six months have passed since Lithuania officially informed the UN
Secretary-General of its withdrawal" (said on the day the exit took effect), "On November 19, 2023, two years have
passed since the Government of Nicaragua denounced the Charter", "December 27 marks exactly six months since
Lithuania officially notified the UN Secretary-General", "It has been a year since Hungary notified". The notice was
given that long before the day the sentence speaks of: the date it names before the period, else the day of the
report. One claim per state named after 'since', replacing the open 'by the day of the report' the sentence may have
given the same notice; the notice's verb in the 'since' clause itself ('since the war began, and Lithuania notified'
dates no notice).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from app.services.partial_dates import PartialDate
from schemas.checks import Claim

_PASSED = cued(
    r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>months?|years?)\s+(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by)"
    r"\s+since\s+",
    re.IGNORECASE,
)  # "six months have elapsed since they notified", "two years have gone by since"

_MARKS = cued(
    r"\b(?:marks?|marked|it\s+has\s+been|it's\s+been|it\s+is|it\s+was)\s+(?:exactly\s+|now\s+|just\s+)?"
    r"(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>months?|years?)\s+since\s+",
    re.IGNORECASE,
)  # "December 27 marks exactly six months since Lithuania officially notified" (Ukrinform, 27 December 2025)

_NOTICE_VERBS = ("notif", "inform", "denounc", "submitted", "deposited", "handed")


def since_notices(clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, published: dt.date,
                  claims: list[Claim], named: tuple[str | None, list[str]] = (None, [])) -> list[Claim]:  # fmt: skip
    """``claims`` with each notice told by 'N months have passed since X notified ...' dated N months before the
    anchor (the sentence's own day, else the report's); 'since they notified' (``named``: the state and the states
    the article named last) is the notice of the states named together, 'since it notified' of the one state."""
    match = _PASSED.search(text_of(clause)) or _MARKS.search(text_of(clause))
    amount = number_from_words(match.group("n").lower()) if match else None
    if match is None or not amount or treaty is None:
        return claims
    tail = text_of(clause)[match.end() :].lower()
    if not any(word.startswith(_NOTICE_VERBS) for word in re.split(r",|;|\band\b|\bbut\b", tail)[0].split()[:8]):
        return claims  # "two years have passed since the war began": no notice
    since = clause.char_span(match.end(), len(text_of(clause)), alignment_mode="expand")
    states = list(dict.fromkeys(str(e.ent_id_) for e in actors if since is not None and e.start >= since.start))
    states = states or _pronoun_states(tail.split()[:1], named)
    if not states:
        return claims
    start = clause.start_char + match.start()
    before = [resolve(with_year(d), published, "past") for d in dates if d.end_char <= start]
    anchor = before[-1].start if before and before[-1] is not None and before[-1].precision == "day" else None
    unit = "months" if match.group("unit").lower().startswith("month") else "years"
    day = (anchor or published) - relativedelta(**{unit: amount})  # type: ignore[arg-type]
    value = claim_value(PartialDate.of(day, "day", match.group(0)))
    if value is None:
        return claims
    kept = [c for c in claims if not (c.kind == "notification_date" and c.state in states)]
    return kept + [
        Claim(kind="notification_date", treaty=treaty, state=s, value=value, as_of=published, tense="past")
        for s in states
    ]


def _pronoun_states(first: list[str], named: tuple[str | None, list[str]]) -> list[str]:
    """'since they notified': the states the article named together last; 'since it notified': the state."""
    state, states = named
    if first == ["they"] and len(states) > 1:
        return list(states)
    return [state] if first == ["it"] and state else []
