"""States a consent is denied to after a passive count: "It has since been ratified by 160 countries, but not by the
US, China or, crucially, Russia", "signed by most states but not by India or Pakistan". The states after 'but not by'
did not do what the passive says of the others (``ratified`` / ``signed`` / ``joined`` false, on the day of the report).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from schemas.checks import Claim, ClaimKind

_DENIED: dict[str, ClaimKind] = {"ratified": "ratified", "signed": "signed", "joined": "joined", "acceded": "ratified"}


def not_by_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """One denial per state named after 'but not by' that follows 'ratified by' (or signed, joined, acceded to)."""
    if treaty is None:
        return []
    doc = clause.doc
    cue = next(
        (
            t.i
            for t in clause
            if t.lower_ == "not"
            and t.i + 1 < clause.end
            and doc[t.i + 1].lower_ == "by"
            and doc[t.i - 1].lower_ == "but"
        ),
        None,
    )
    if cue is None:
        return []
    verb = next(
        (t for t in doc[clause.start : cue] if t.lower_ in _DENIED and doc[t.i + 1].lower_ in ("by", "to")), None
    )
    if verb is None:
        return []
    states = list(dict.fromkeys(str(e.ent_id_) for e in actors if e.start > cue + 1))
    kind = _DENIED[verb.lower_]
    return [Claim(kind=kind, treaty=treaty, state=state, value="false", as_of=published) for state in states]
