"""Lower bounds on an exit's effect: "a move ... unable to go into effect for another year", "cannot take effect
for at least six months". The sentence says the exit takes effect no sooner than that period from the day of the
report, so the claim is an open interval from that day (judged like any coarse date: right when the true effective
date falls in it).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.periods import period_of
from schemas.periods import parse_period

_UNABLE = {"unable", "cannot", "can't", "not", "n't", "never"}
_LEADS = (["for", "another"], ["for", "at", "least"], ["for", "a", "further"], ["for"])


def not_before(verb: Span, durations: list[Span], published: dt.date) -> str | None:
    """'unable to go into effect for another year' (reported on 25 April 2022) -> '2023-04-25/9999-12-31'."""
    doc = verb.doc
    before = {t.lower_ for t in doc[max(verb.sent.start, verb.start - 3) : verb.start]}
    if not before & _UNABLE:
        return None
    for lead in _LEADS:
        words = [t.lower_ for t in doc[verb.end : verb.end + len(lead)]]
        if words != lead:
            continue
        at = verb.end + len(lead)
        span = next((d for d in durations if d.start == at), None)
        period = period_of(span) if span is not None else _one_more(lead, doc[at : at + 1])
        if period is None:
            return None
        return f"{published + parse_period(period)}/{dt.date.max}"
    return None


def _one_more(lead: list[str], unit: Span) -> str | None:
    """'for another year', 'for a further month': one unit more."""
    if lead[-1] not in ("another", "further") or not len(unit) or unit[0].lemma_ not in _UNITS:
        return None
    return f"P1{_UNITS[unit[0].lemma_]}"


_UNITS = {"year": "Y", "month": "M", "day": "D"}
