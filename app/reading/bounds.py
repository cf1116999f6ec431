"""Lower bounds on an exit's effect: "a move ... unable to go into effect for another year", "cannot take effect
for at least six months". The sentence says the exit takes effect no sooner than that period from the day of the
report, so the claim is an open interval from that day (judged like any coarse date: right when the true effective
date falls in it). And on its notice: "the US cannot formally notify its withdrawal until 2019", "will only be able
to begin the process of withdrawal in 2019" tell the first day notice is allowed (Paris Art. 28(1)), a rule claim.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from spacy.tokens import Span

from app.reading.periods import period_of
from app.reading.vocabulary import WITHDRAWAL_NOUNS
from schemas.periods import parse_period

_UNABLE = {"unable", "cannot", "can't", "not", "n't", "never"}
_LEADS = (["for", "another"], ["for", "at", "least"], ["for", "a", "further"], ["for"])


def not_before(verb: Span, durations: list[Span], published: dt.date) -> str | None:
    """'unable to go into effect for another year' (reported on 25 April 2022) -> '2023-04-25/9999-12-31'."""
    doc = verb.doc
    before = {t.lower_ for t in doc[max(verb.sent.start, verb.start - 3) : verb.start]}
    if not before & _UNABLE or _any_withdrawal(doc[verb.sent.start : verb.start]):
        return None  # "A withdrawal would ... not come into effect for a year": any exit's, a rule (periods.py)
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


def _any_withdrawal(words: Span) -> bool:
    """'A withdrawal would still have to be approved ...', 'Any such exit': no exit in particular is the subject."""
    lowered = [t.lower_ for t in words]
    return any(
        w in ("a", "an", "any", "such") and lowered[i + 1 : i + 2] and lowered[i + 1] in WITHDRAWAL_NOUNS
        for i, w in enumerate(lowered[:-1])
    )


def _one_more(lead: list[str], unit: Span) -> str | None:
    """'for another year', 'for a further month': one unit more."""
    if lead[-1] not in ("another", "further") or not len(unit) or unit[0].lemma_ not in _UNITS:
        return None
    return f"P1{_UNITS[unit[0].lemma_]}"


_UNITS = {"year": "Y", "month": "M", "day": "D"}


_NOT_ABLE = {"cannot", "can't", "unable"}


def notice_bound(verb: Span, until: bool) -> bool:
    """'cannot formally notify ... until 2019', 'could not give notice until', 'will only be able to begin the
    process of withdrawal in 2019': the earliest notice allowed, not a notice given or planned."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 6) : verb.start]]
    modal_not = any(a in ("can", "could", "may") and b == "not" for a, b in pairwise(before))  # "could not"
    if until and (set(before) & _NOT_ABLE or modal_not):
        return True
    return "only" in before and "able" in before and not until
