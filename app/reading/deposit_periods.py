"""A treaty's entry into force for one State told as a period from its deposit, the period standing apart from the
event: 'After 30 days, the Convention will enter into force for Myanmar' (the OPCW, 9 July 2015), 'THE TREATY WILL
BECOME EFFECTIVE FOR CHINA AFTER 90 DAYS' (Anadolu, 7 July 2020), 'Somalia had earlier deposited its instrument ...,
on 29 May, and 30 days later the Convention entered into force for the country' (batch 50). A period told with its
event after it ('90 days after the deposit of the instrument') is in_force_periods'. A State that consents
after the treaty is in force becomes bound when the period its final clause sets has run from its deposit (VCLT Art.
24(3); ATT Art. 22(2): ninety days; CWC Art. XXI(2): the 30th day). The value is the period from the deposit
('P90D from the deposit'), which the judge holds against the clause (app/services/checks/in_force.py).

Not a period counted from anything else ('60 days after the completion of domestic procedures', '90 days after the
50th ratification': the treaty's own entry into force), nor a withdrawal's ('six months after the notification').
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.periods import period_of

_UNITS = {"day", "days", "month", "months"}


def period_from_deposit(verb: Span, clause: Span) -> str | None:
    """'P30D from the deposit' for an entry into force told with a bare period after the verb ('for China after 90
    days') or before it ('After 30 days, the Convention will ...', '30 days later the Convention entered into force');
    None when the clause tells no such period."""
    doc = verb.doc
    after = doc[verb.end : clause.end]
    before = doc[clause.start : verb.start]
    period = _bare_after(after) or _fronted(before)
    return f"{period} from the deposit" if period else None


def _bare_after(words: Span) -> str | None:
    """'will become effective for China after 90 days', 'will enter into force for it after 30 days': 'after' and a
    period closing the clause (the deposit told before it)."""
    lowered = [t.lower_ for t in words]
    for i in range(len(words) - 2):
        if lowered[i] == "after" and words[i + 1].like_num and lowered[i + 2] in _UNITS:
            rest = [t for t in words[i + 3 :] if not t.is_punct]
            return period_of(words[i + 1 : i + 3]) if not rest else None
    return None


def _fronted(words: Span) -> str | None:
    """'After 30 days, the Convention will enter into force', 'and 30 days later the Convention entered into force':
    the period opens the clause (over 'and'), before the treaty its subject."""
    lowered = [t.lower_ for t in words]
    start = 1 if lowered[:1] == ["and"] else 0
    head = lowered[start : start + 4]
    if len(head) >= 3 and head[0] == "after" and words[start + 1].like_num and head[2] in _UNITS:
        return period_of(words[start + 1 : start + 3])
    if len(head) >= 3 and words[start].like_num and head[1] in _UNITS and head[2] == "later":
        return period_of(words[start : start + 2])
    return None
