"""States named as examples of a treaty's outsiders: "non-signatories including Russia, the United States, and China",
"non-parties such as India and Pakistan", "non-members like Israel", "Among the non-signatories are the US, Russia
and China", "Non-parties include India". A non-signatory is claimed not to have signed
(``signed`` false), a non-party or non-member not to have joined (``joined`` false), as "Russia is not a party to
the Convention" is read; the states are those listed right after the examples' word.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.words import listed_with
from schemas.checks import Claim, ClaimKind

_OUTSIDERS: dict[str, ClaimKind] = {
    "signatories": "signed", "signatory": "signed", "parties": "joined", "party": "joined", "members": "joined",
}  # fmt: skip
_EXAMPLES = ({"including"}, {"such", "as"}, {"like"}, {"notably"}, {"include"}, {"are"}, {"were"})
_BETWEEN = {"states", "countries", "nations", "powers", "major", "big", ","}  # "non-party states such as"


def non_member_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """One claim per state listed after 'non-signatories including' / 'among the non-signatories are' (signed: false)
    or 'non-parties such as' / 'non-parties include' (joined: false)."""
    if treaty is None:
        return []
    doc = clause.doc
    for token in clause:
        kind = _outsider_kind(token)
        if kind is None:
            continue
        i = token.i + 1
        while i < clause.end and doc[i].lower_ in _BETWEEN:
            i += 1
        cue = next((c for c in _EXAMPLES if {t.lower_ for t in doc[i : i + len(c)]} == c), None)
        if cue is None:
            continue
        first = next((e for e in actors if e.start >= i + len(cue)), None)
        if first is None or first.start > i + len(cue) + 1:  # the list starts right after the cue ('the'/'a' at most)
            continue
        states = dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, first, forward=True))
        return [
            Claim(kind=kind, treaty=treaty, state=state, value="false", as_of=published, tense="present")
            for state in states
        ]
    return []


def _outsider_kind(token: Token) -> ClaimKind | None:
    """'non-signatories' (one token, or 'non', '-', 'signatories'): the kind its members are denied."""
    if token.lower_.startswith("non"):
        return _OUTSIDERS.get(token.lower_.removeprefix("non").removeprefix("-"))
    doc = token.doc
    hyphened = token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ == "non"
    return _OUTSIDERS.get(token.lower_) if hyphened else None
