"""A State called a member by the treaty's name set before 'member': "Israel, like the United States, is not an ICC
member" (``joined`` false on the day of the report, as "Israel is not a member of the ICC" is read), "Mongolia is an
ICC member state" (``bound_on`` true that day, as "Tajikistan is a member of the International Criminal Court" is
read; a party is a State for which the treaty is in force, VCLT Art. 2(1)(g)). A State the subject is compared with
("like the United States") shares the predicate.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.vocabulary import MEMBERSHIP_NOUNS
from app.reading.words import listed_with
from schemas.checks import Claim

_COPULAS = {"is", "are", "remain", "remains"}  # the report's day ('was', 'were': a past day not told)
_BETWEEN = {"a", "an", "still", "now", "also", "already", "all", "both", "full"}
_DENIED = {"not", "n't", "never"}
_RELATIVES = {"which", "who"}


def named_member_claims(clause: Span, actors: list[Span], published: dt.date) -> list[Claim]:
    """One claim per State the copula says is (or is not) a member of the treaty named right before 'member'."""
    doc = clause.doc
    for treaty in (e for e in clause.ents if e.label_ == "TREATY" and e.end < clause.end):
        if doc[treaty.end].lower_ not in MEMBERSHIP_NOUNS:
            continue
        i = treaty.start - 1
        while i > clause.start and doc[i].lower_ in _BETWEEN:
            i -= 1
        denied = doc[i].lower_ in _DENIED
        i -= 1 if denied else 0
        if i <= clause.start or doc[i].lower_ not in _COPULAS:
            continue
        end, compared = _compared_aside(clause, actors, _relative_antecedent(clause, i))
        subject = next((e for e in actors if e.end == end), None)
        if subject is None:
            continue
        states = [str(e.ent_id_) for e in listed_with(actors, subject, forward=False)] + compared
        named = str(treaty.ent_id_)
        if denied:
            return [
                Claim(kind="joined", treaty=named, state=state, value="false", as_of=published, tense="present")
                for state in dict.fromkeys(states)
            ]
        return [
            Claim(kind="bound_on", treaty=named, state=state, value="true", on=published, as_of=published)
            for state in dict.fromkeys(states)
        ]
    return []


def _relative_antecedent(clause: Span, copula: int) -> int:
    """'Equatorial Guinea, which is not an ICC member state': where the State a non-restrictive 'which' / 'who' stands
    for ends (before the comma); else the copula itself."""
    doc = clause.doc
    if copula - 2 > clause.start and doc[copula - 1].lower_ in _RELATIVES and doc[copula - 2].text == ",":
        return copula - 2
    return copula


def _compared_aside(clause: Span, actors: list[Span], copula: int) -> tuple[int, list[str]]:
    """'Israel, like the United States, is': where the subject ends (before the aside) and the States compared."""
    doc = clause.doc
    if copula - 1 <= clause.start or doc[copula - 1].text != ",":
        return copula, []
    opening = next((k for k in range(copula - 2, clause.start, -1) if doc[k].text == ","), None)
    if opening is None or doc[opening + 1].lower_ != "like":
        return copula, []
    compared = [str(e.ent_id_) for e in actors if opening + 1 < e.start and e.end <= copula - 1]
    return (opening, compared) if compared else (copula, [])
