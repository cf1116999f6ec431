"""A treaty said not to apply to a state: "This agreement does not apply to Finland", "The convention doesn't apply
to India or Pakistan". The states after 'apply to' are not parties on the day of the report (``joined`` false, as the
corpus labels 'is not a party to'); 'no longer applies to' (an exit) and modal or future sentences are not read here.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.words import listed_with
from schemas.checks import Claim

_DENIALS = (("does", "not"), ("do", "not"), ("does", "n't"), ("do", "n't"))


def not_applied_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """One ``joined`` false claim per state listed right after '(does) not apply to', the treaty its subject; none
    when something else follows 'to' ('does not apply to anti-tank mines used by Finland')."""
    if treaty is None:
        return []
    doc = clause.doc
    for token in clause:
        if token.lemma_ != "apply" or token.i + 1 >= clause.end or doc[token.i + 1].lower_ != "to":
            continue
        if tuple(t.lower_ for t in doc[max(clause.start, token.i - 2) : token.i]) not in _DENIALS:
            continue
        subject = doc[clause.start : token.i - 2]
        if not any(t.ent_type_ == "TREATY" or t.lower_ in ("agreement", "convention", "treaty", "it") for t in subject):
            continue
        first = next((e for e in actors if e.start in (token.i + 2, token.i + 3)), None)  # "to (the) Finland"
        named = listed_with(actors, first, forward=True) if first is not None else []
        return [
            Claim(kind="joined", treaty=treaty, state=state, value="false", as_of=published)
            for state in dict.fromkeys(str(e.ent_id_) for e in named)
        ]
    return []
