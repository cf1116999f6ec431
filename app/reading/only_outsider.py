"""A state named as the one outsider: 'Mauritania is so far the only country that does not enjoy membership in the
regional economic bloc', 'Kosovo remains the only state in the region which is not a member of the organisation':
a membership denied in a relative clause whose antecedent the copula gives the state (not bound on the report's
day)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.vocabulary import NEGATION
from schemas.checks import Claim

_COPULAS = {"is", "remains", "was", "remained"}
_NOUNS = {"country", "state", "nation", "member"}
_MEMBERSHIP = {"membership", "member", "party", "parties", "members"}


def only_outsider_claims(
    clause: Span, actors: list[Span], treaty: str | None, published: dt.date, claims: list[Claim]
) -> list[Claim]:
    """``bound_on`` false for the state that 'is the only country that does not enjoy membership in' the treaty,
    unless the clause's own readers already denied its membership ('that is not a party to': joined false)."""
    if treaty is None:
        return []
    denied = {c.state for c in claims if c.kind == "joined" and c.value == "false"}
    doc = clause.doc
    for token in clause:
        if token.lower_ != "only" or token.i < 2 or doc[token.i - 1].lower_ != "the":
            continue
        copula = next((t for t in doc[max(clause.start, token.i - 4) : token.i - 1] if t.lower_ in _COPULAS), None)
        noun = next((t for t in doc[token.i + 1 : min(clause.end, token.i + 3)] if t.lower_ in _NOUNS), None)
        if copula is None or noun is None:
            continue
        state = [e for e in actors if e.end <= copula.i and copula.i - e.end <= 1]
        rest = doc[noun.i + 1 : min(clause.end, noun.i + 12)]
        relative = next((t for t in rest if t.lower_ in ("that", "which", "who")), None)
        if not state or relative is None:
            continue
        after = doc[relative.i + 1 : min(clause.end, relative.i + 6)]
        negated = any(t.lower_ in NEGATION for t in after[:3])
        if negated and any(t.lower_ in _MEMBERSHIP for t in after) and str(state[-1].ent_id_) not in denied:
            when = published if copula.lower_ in ("is", "remains") else None
            if when is None:
                return []  # "was the only country that ...": a past day not told
            return [Claim(kind="bound_on", treaty=treaty, state=str(state[-1].ent_id_), value="false", on=when,
                          as_of=published)]  # fmt: skip
    return []
