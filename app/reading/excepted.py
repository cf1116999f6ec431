"""States a treaty's membership or a consent is said of all but: "The Ottawa Convention has 164 adherents, including
all NATO members (except the United States)", "All EU states have ratified the Istanbul Convention except Hungary
and Bulgaria", "signed by every country in the region with the exception of Israel".

The states listed right after 'except' ('except for', 'excluding', 'with the exception of') are denied what the
clause says of the others: a party count ('adherents', 'parties', 'states parties') or 'joined' makes them no
parties (``joined`` false), 'ratified' / 'acceded' (``ratified`` false) or 'signed' (``signed`` false) their consent,
on the day of the report. Not a clause that denies or hedges itself ('has not been ratified by anyone except'), nor
one that says no consent or membership ('All members voted for it except Russia', 'all NATO members except the US
sent troops').
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.spans import lowered
from app.reading.vocabulary import HEDGES
from schemas.checks import Claim, ClaimKind

_CUES = (("with", "the", "exception", "of"), ("except", "for"), ("except",), ("excluding",))
_CONSENTS: dict[str, ClaimKind] = {
    "ratified": "ratified", "ratify": "ratified", "acceded": "ratified", "joined": "joined", "signed": "signed",
}  # fmt: skip
_COUNTED: dict[str, ClaimKind] = {"adherents": "joined", "parties": "joined", "signatories": "signed"}  # "has 164
# adherents": a count of the treaty's own (not "All parties to the convention met in Geneva, except Finland")
_LISTED = {",", "and", "the", "or", "(", ")"}
_STOPS = {")", ";", ".", "have", "has", "had", "did", "do", "does", "are", "is", "were", "was"}


def excepted_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """One denial per state listed after the clause's 'except', of what the clause says of all the others."""
    if treaty is None or not actors or not any(word in lowered(clause.doc) for word in ("except", "excluding")):
        return []  # no cue in the paragraph ('exception' holds 'except')
    doc = clause.doc
    words = [t.lower_ for t in clause]
    if any(t.lower_ in HEDGES or t.lemma_ in HEDGES or t.lower_ == "none" for t in clause):
        return []  # "has not been ratified by anyone except ...", "could be signed by all except ..."
    for token in clause:
        cue = next((c for c in _CUES if tuple(words[token.i - clause.start : token.i - clause.start + len(c)]) == c),
                   None)  # fmt: skip
        if cue is None:
            continue
        start = token.i + len(cue)
        stop = next((t.i for t in doc[start : clause.end] if t.lower_ in _STOPS or t.lower_ in _CONSENTS), clause.end)
        listed = [e for e in actors if start <= e.start and e.end <= stop]
        covered = {i for e in listed for i in range(e.start, e.end)}
        if not listed or any(i not in covered and doc[i].lower_ not in _LISTED for i in range(start, stop)):
            return []  # "except when Russia ...": no list of states
        said = [*doc[clause.start : token.i], *doc[stop : clause.end]]
        kind = next((_CONSENTS[t.lower_] for t in said if t.lower_ in _CONSENTS), None)
        kind = kind or next((_COUNTED[t.lower_] for t in said if t.lower_ in _COUNTED and _counted(t)), None)
        if kind is None:
            return []
        states = dict.fromkeys(str(e.ent_id_) for e in listed)
        return [
            Claim(kind=kind, treaty=treaty, state=state, value="false", as_of=published, tense="present")
            for state in states
        ]
    return []


def _counted(noun: Token) -> bool:
    """'164 adherents', 'has 195 parties', 'has parties': the treaty's count, a number or 'has' right before."""
    before = noun.doc[max(0, noun.i - 2) : noun.i]
    return any(t.like_num or t.lower_ in ("has", "have") for t in before)
