"""An exit said to come again ('directing the United States to withdraw once again from the UNFCCC'): whatever the
sentence says of this exit (an order, a plan), 'again' asserts an earlier one, some time before the report."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.subjects import one_per_state
from app.reading.tense import tense_of
from schemas.checks import Claim

_AGAIN = ("again", "anew")


def exits_again(verb: Span) -> bool:
    """'to withdraw once again from', 'to leave the treaty again', 'to once again withdraw': 'again' right before the
    verb, right after it or after its object (before any punctuation, within five words besides a treaty's name)."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 2) : verb.start]]
    if before[-1:] == ["again"] or before == ["once", "again"]:
        return True
    words = 0
    for token in doc[verb.end : verb.sent.end]:
        if token.is_punct or words > 4:
            return False
        if token.lower_ in _AGAIN:
            return True
        words += token.ent_type_ != "TREATY"  # a treaty's name, however long, is one object
    return False


def earlier_exits(label: str, verb: Span, treaty: str, states: list[str], published: dt.date) -> list[Claim]:
    """For an exit that asserts nothing of its own (an order, a plan: 'intention'), the earlier exit 'again' says:
    some time before the day of the report (the judge starts it at the state's first membership)."""
    if label != "LEAVE" or not states or tense_of(verb) != "intention" or not exits_again(verb):
        return []
    before = f"0001-01-01/{(published - dt.timedelta(days=1)).isoformat()}"
    return one_per_state({"treaty": treaty, "as_of": published}, "withdrew", states, before, "past")
