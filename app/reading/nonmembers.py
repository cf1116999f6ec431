"""States named as examples of a treaty's outsiders: "non-signatories including Russia, the United States, and China",
"non-parties such as India and Pakistan", "non-members like Israel", "Among the non-signatories are the US, Russia
and China", "Non-parties include India"; a state's non-participation in a treaty ("He cited Russia's
non-participation in the treaty", "the non-membership of China and India in the convention"). A non-signatory is
claimed not to have signed (``signed`` false), a non-party or non-member not to have joined (``joined`` false), as
"Russia is not a party to the Convention" is read; the states are those listed right after the examples' word.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.spans import lowered
from app.reading.vocabulary import GENERIC_TREATY
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
    if treaty is None or _no_non(clause):
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


def _no_non(clause: Span) -> bool:
    """Whether the clause's paragraph lacks 'non' and 'absen' (each reading here needs a word that starts with one)."""
    text = lowered(clause.doc)
    return "non" not in text and "absen" not in text


_ABSENT = {"absences", "absentees", "absence", "absentee"}  # "there are some conspicuous absences, notably the United
# States, Russia and Israel" (AFP, 2022): the treaty's non-parties named as examples


def _outsider_kind(token: Token) -> ClaimKind | None:
    """'non-signatories' (one token, or 'non', '-', 'signatories'): the kind its members are denied."""
    if token.lower_ in _ABSENT:
        return "joined"
    if token.lower_.startswith("non"):
        return _OUTSIDERS.get(token.lower_.removeprefix("non").removeprefix("-"))
    doc = token.doc
    hyphened = token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ == "non"
    return _OUTSIDERS.get(token.lower_) if hyphened else None


_PREDICATE_COPULAS = {"is", "are", "remain", "remains"}  # the report's day ('was', 'were': a past day not told)
_ARTICLE = {"a", "an", "still", "now", "all", "both"}


def non_member_predicates(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """'India, Pakistan and Israel are non-signatory to NPT', 'Israel is a non-signatory to the NPT', 'India remains
    a non-party to the treaty', 'The US and Russia are non-members of the Convention': the states the copula says are
    outside the treaty named (or meant) right after 'to' / 'of' (a non-signatory: ``signed`` false; a non-party or
    non-member: ``joined`` false, on the day of the report), as 'Israel is not a party to the NPT' is read."""
    if _no_non(clause):
        return []
    doc = clause.doc
    for token in clause:
        kind = _outsider_kind(token)
        if kind is None:
            continue
        start = token.i if token.lower_.startswith("non") else token.i - 2
        i = start - 1
        while i > clause.start and doc[i].lower_ in _ARTICLE:
            i -= 1
        if doc[i].lower_ not in _PREDICATE_COPULAS:
            continue
        subject = next((e for e in actors if e.end == i), None)
        meant = _treaty_object(clause, token.i + 1, treaty)
        if subject is None or meant is None:
            continue
        return [
            Claim(kind=kind, treaty=meant, state=state, value="false", as_of=published, tense="present")
            for state in dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, subject, forward=False))
        ]
    return []


_NOT_TAKING_PART = {"participation", "membership"}
_IN = {"in", "of", "to"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def non_participation_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """'Russia's non-participation in the treaty', 'the non-membership of China and India in the convention': the
    owners are no parties (``joined`` false, on the day of the report) to the treaty named or meant right after ('in
    the Ottawa Convention', 'in the treaty'); not a non-participation in anything else ('in the talks', 'in the
    vote')."""
    if _no_non(clause):
        return []
    doc = clause.doc
    for token in clause:
        start = _non_start(token)
        if start is None:
            continue
        owners = [e for e in actors if e.end + 1 == start and doc[e.end].lower_ in _POSSESSIVE]
        end = token.i + 1
        if not owners and end + 1 < clause.end and doc[end].lower_ == "of":
            first = next((e for e in actors if e.start in (end + 1, end + 2)), None)
            owners = listed_with(actors, first, forward=True) if first is not None else []
            end = owners[-1].end if owners else end
        meant = _treaty_object(clause, end, treaty)
        if not owners or meant is None:
            continue
        return [
            Claim(kind="joined", treaty=meant, state=state, value="false", as_of=published, tense="present")
            for state in dict.fromkeys(str(e.ent_id_) for e in owners)
        ]
    return []


def _non_start(token: Token) -> int | None:
    """Where 'non-participation' / 'non-membership' (one token, or 'non', '-', the noun) starts, if ``token`` ends
    it."""
    if token.lower_.startswith("non") and token.lower_.removeprefix("non").removeprefix("-") in _NOT_TAKING_PART:
        return token.i
    doc = token.doc
    hyphened = token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ == "non"
    return token.i - 2 if hyphened and token.lower_ in _NOT_TAKING_PART else None


def _treaty_object(clause: Span, end: int, treaty: str | None) -> str | None:
    """The treaty right after 'in' / 'of' / 'to' ('in the Ottawa Convention'; 'in the treaty': the one meant)."""
    doc = clause.doc
    if end >= clause.end or doc[end].lower_ not in _IN:
        return None
    for t in doc[end + 1 : min(end + 4, clause.end)]:
        if t.ent_type_ == "TREATY":
            return str(t.ent_id_) or treaty
        if t.lower_ in GENERIC_TREATY:
            return treaty
        if t.lower_ != "the":
            return None
    return None
