"""A visit to a treaty's member: 'Putin Arrives in Mongolia, His First Visit to ICC Member' (The Moscow Times, 2
September 2024), 'Putin will travel to Mongolia on Tuesday, in a first trip to an ICC member' (AFP, 30 August 2024),
'marking his first visit to a member state of the International Criminal Court'.

The State a sentence has someone travel to (a verb or noun of travel, then 'to' / 'in' and the State) is the member
the same sentence names ('to an ICC member', 'to a member state of the International Criminal Court'): the State is
bound by the treaty on the day of the report (a `bound_on` claim, as 'Mongolia is a member of the ICC' is). Not a
State the sentence says is no member ('not an ICC member'), nor one the travel word does not reach.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from schemas.checks import Claim

_TRAVEL = {"visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "travelled", "traveled",
           "traveling", "travelling", "arrive", "arrives", "arrived", "arriving", "arrival", "tour", "tours",
           "toured", "fly", "flies", "flew", "heads", "headed", "lands", "landed"}  # fmt: skip
_MEMBER_NOUNS = {"state", "states", "country", "nation"}


def visited_members(sentence: Span, published: dt.date) -> list[Claim]:
    """The States a sentence's traveller visits when it calls the place visited a treaty's member."""
    member = _member_named(sentence)
    if member is None:
        return []
    visited = list(dict.fromkeys(s for t in sentence if t.lower_ in _TRAVEL and (s := _place_reached(t))))
    return [
        Claim(kind="bound_on", treaty=member, state=state, value="true", on=published, as_of=published)
        for state in visited
    ]


def _member_named(sentence: Span) -> str | None:
    """The treaty of 'to an ICC member (state)', 'to a member state of the International Criminal Court': the
    treaty whose member the visit reaches; None without one, or when the sentence denies it ('not an ICC member')."""
    doc = sentence.doc
    for token in sentence:
        if token.lower_ != "member" or token.i < sentence.start + 2:
            continue
        before = [t.lower_ for t in doc[max(sentence.start, token.i - 4) : token.i]]
        if "not" in before or "non" in before:
            return None
        owner = doc[token.i - 1]
        if owner.ent_type_ == "TREATY" and _to_a(doc[max(sentence.start, token.i - 4) : owner.i]):
            return str(owner.ent_id_)  # "to an ICC member", "to ICC Member"
        following = doc[token.i + 1 : min(sentence.end, token.i + 5)]
        words = [t.lower_ for t in following]
        of = words.index("of") if "of" in words else -1
        reached = _to_a(doc[token.i - 2 : token.i]) or _to_one_that_is(doc[max(sentence.start, token.i - 6) : token.i])
        if of < 0 or any(w not in _MEMBER_NOUNS for w in words[:of]) or not reached:
            continue
        named = next((t for t in following[of + 1 :] if t.ent_type_ == "TREATY"), None)
        if named is not None:
            return str(named.ent_id_)  # "to a member state of the International Criminal Court"
    return None


def _to_a(words: Span) -> bool:
    """'to an', 'to a', 'to', 'first visit to': the member reached by 'to' (with its article)."""
    lowered = [t.lower_ for t in words if t.ent_type_ != "TREATY"]
    while lowered and lowered[-1] in ("a", "an", "another", "one"):
        lowered.pop()
    return lowered[-1:] == ["to"]


def _to_one_that_is(words: Span) -> bool:
    """'his first visit to a country that is a member of the International Criminal Court' (The Moscow Times)."""
    lowered = [t.lower_ for t in words]
    return (
        len(lowered) == 6
        and lowered[0] == "to"
        and lowered[1] in ("a", "an")
        and lowered[2] in _MEMBER_NOUNS
        and lowered[3] in ("that", "which")
        and lowered[4] == "is"
        and lowered[5] in ("a", "an")
    )


def _place_reached(travel: Token) -> str | None:
    """The State right after a travel word ('visit Mongolia', 'arrived in Mongolia', 'trip to Mongolia')."""
    doc = travel.doc
    i = travel.i + 1
    if i < travel.sent.end and doc[i].lower_ in ("to", "in"):
        i += 1
    if i < travel.sent.end and doc[i].lower_ == "the":
        i += 1
    if i < travel.sent.end and doc[i].ent_type_ in ("STATE", "CAPITAL") and doc[i].ent_iob_ == "B":
        return str(doc[i].ent_id_)
    return None
