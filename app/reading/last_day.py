"""A State's last day as a member, named by its date: 'Tuesday, January 21st, will mark America's final day as a
member of the World Health Organization', 'January 21 will be the last day of US membership in the WHO'. A
withdrawal takes effect at the end of the last day a State is bound, so the exit's effect is the next day (WHO: the
US letter received on 22 January 2025, the exit effective 22 January 2026, the 21st its last day as a member): an
``effective_date`` valued the day after. Not a last day of something else ('the last day of talks'), nor a date
that is not the subject ('On Monday, the last day of the session, ...').
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.when import resolve
from schemas.checks import Claim

_LAST = {"final", "last"}
_LINKS = {"mark", "marks", "be", "is", "was", "will", "marked"}
_POSSESSIVE = {"'s", "’s"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def last_day_claims(clause: Span, states: list[Span], dates: list[Span], published: dt.date) -> list[Claim]:
    """'<date> will mark <X>'s final day as a member of <T>', '<date> will be the last day of <X> membership in <T>'."""
    for token in clause:
        if token.lower_ not in _LAST or token.i + 1 >= clause.end or clause.doc[token.i + 1].lower_ != "day":
            continue
        owner, treaty = _member_of(token, clause, states)
        date = next((d for d in dates if d.end <= token.i and _subject_date(d, token)), None)
        if owner is None or treaty is None or date is None:
            continue
        words = [t.text for t in date if t.lower_ not in ("on", ",") and t.lower_ not in _WEEKDAYS]
        when = resolve(
            words, published, "future"
        )  # the month's day, not the weekday, names it ('Tuesday, January 21st')
        if when is None or when.precision != "day":
            continue
        effect = (when.start + dt.timedelta(days=1)).isoformat()
        tense = "future" if effect > published.isoformat() else "past"
        return [Claim(kind="effective_date", treaty=treaty, state=owner, value=effect, tense=tense, as_of=published)]
    return []


def _member_of(last: Token, clause: Span, states: list[Span]) -> tuple[str | None, str | None]:
    """The State and the treaty of the membership the day ends: "America's final day as a member of the WHO", "the
    last day of US membership in the WHO"."""
    doc = clause.doc
    window = doc[last.i : min(clause.end, last.i + 16)]
    words = [t.lower_ for t in window]
    if not {"member", "membership", "party"} & set(words):
        return None, None
    treaty = next((str(e.ent_id_) for e in clause.ents if e.label_ == "TREATY" and e.start > last.i), None)
    before = next((s for s in states if s.end in (last.i - 1, last.i) and doc[s.end].text in _POSSESSIVE), None)
    inside = next((s for s in states if last.i < s.start < last.i + 6), None)  # "the last day of US membership"
    owner = before or inside
    return (str(owner.ent_id_) if owner is not None else None), treaty


def _subject_date(date: Span, last: Token) -> bool:
    """The date opens the sentence and only a linking verb stands between it and 'the final day'."""
    doc = date.doc
    between = [t.lower_ for t in doc[date.end : last.i] if not t.is_punct]
    opening = all(t.is_punct or t.ent_type_ == "DATE" or t.lower_ in ("on",) for t in doc[date.sent.start : date.start])
    rest = [w for w in between if w not in _LINKS and w not in ("the", "a")]
    owner_words = {w for w in rest if w not in _POSSESSIVE}
    return opening and bool(set(between) & _LINKS) and len(owner_words) <= 2
