"""Acts an ordinal presupposes: 'Ecuador would be only the second country, after Bolivia, to withdraw from ICSID',
'the third State, after Venezuela and Bolivia, to denounce the Convention': the states the parenthesis names after
'after' have already left (withdrew, true), whatever the tense or mood of the ordinal's own subject (Ecuador's exit
was still to come). Not 'the second country after Bolivia' without the commas (a ranking), nor 'before'.

The same holds of a consent (VCLT Arts. 11-16: a signature, a ratification, a joining are each a State's own act,
done once): 'Nigeria has moved to become the third African country, after The Gambia and South Africa, to ratify the
Treaty' says the Gambia and South Africa had ratified; so does the list after the act when the ordinal's act names its
treaty first: 'Indonesia is the seventh ASEAN country to ratify the TPNW after Cambodia, Laos, Malaysia, the
Philippines, Thailand, and Vietnam' (the six before it). A region or group may stand between the ordinal and its noun
('the seventh ASEAN country', 'the third African state'). The trailing list is read only when nothing but the named
states follows 'after' (not 'to ratify the treaty after its adoption', 'after the election')."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from schemas.checks import Claim

_ORDINALS = {
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
}  # fmt: skip
_NOUNS = {"country", "state", "nation", "member", "government"}
_EXITS = {"withdraw", "leave", "quit", "exit", "denounce", "renounce", "abandon"}
_CONSENTS = {"ratify": "ratified", "sign": "signed", "join": "joined"}  # the act's verb: the claim's kind
_LIST_WORDS = {",", "and", "the", "as", "well"}  # what may stand between the states of a list


def after_others_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """For each state named between ', after' and the comma before 'to <verb>' (or after 'to <consent verb> <the
    treaty> after'): ``withdrew`` ``true`` for an exit, ``ratified`` / ``signed`` / ``joined`` ``true`` for a
    consent."""
    if treaty is None:
        return []
    doc = clause.doc
    claims = []
    for token in clause:
        if token.lower_ not in _ORDINALS:
            continue
        noun = _noun_after(doc, token.i, clause.end)
        if noun is None or noun + 3 >= clause.end:
            continue
        if doc[noun + 1].text == "," and doc[noun + 2].lower_ == "after":  # ", after Bolivia, to withdraw"
            window = doc[noun + 3 : min(clause.end - 2, noun + 16)]  # ", after Austria, Ireland and Brazil, to"
            close = next((t.i for t in window if t.text == "," and doc[t.i + 1].lower_ == "to"), None)
            if close is None:
                continue
            kind = _kind(doc[close + 2].lower_)
            named = [e for e in actors if noun + 3 <= e.start and e.end <= close]
        elif doc[noun + 1].lower_ == "to" and doc[noun + 2].lower_ in _CONSENTS:  # "to ratify the TPNW after ..."
            kind = _CONSENTS[doc[noun + 2].lower_]
            named = _trailing_list(clause, actors, noun + 3)
        else:
            continue
        if kind is None:
            continue
        value = "true"
        claims += [
            Claim(kind=kind, treaty=treaty, state=str(e.ent_id_), value=value, as_of=published, tense="past")
            for e in named
        ]
    return claims


def acting_now(clause: Span, actors: list[Span]) -> list[Span]:
    """``actors`` less the states of an ordinal's parenthesis (', after Bolivia,' in 'Ecuador became the second
    country, after Bolivia, to withdraw from ICSID'): they did the act before, so none of them is doing it now."""
    doc = clause.doc
    inside: list[Span] = []
    for token in clause:
        if token.lower_ not in _ORDINALS:
            continue
        noun = _noun_after(doc, token.i, clause.end)
        if noun is None or noun + 3 >= clause.end or doc[noun + 1].text != "," or doc[noun + 2].lower_ != "after":
            continue
        window = doc[noun + 3 : min(clause.end - 2, noun + 16)]
        close = next((t.i for t in window if t.text == "," and doc[t.i + 1].lower_ == "to"), None)
        if close is not None:
            inside += [e for e in actors if noun + 3 <= e.start and e.end <= close]
    return [e for e in actors if e not in inside]


def _noun_after(doc: Doc, ordinal: int, end: int) -> int | None:
    """The noun an ordinal counts ('second country'), with at most two words of region or group between ('the
    seventh ASEAN country', 'the third African state'); None where none follows."""
    for i in range(ordinal + 1, min(end, ordinal + 4)):
        if doc[i].lower_ in _NOUNS:
            return i
        if not (doc[i].is_alpha and (doc[i].is_upper or doc[i].is_title)):
            return None
    return None


def _kind(verb: str) -> str | None:
    """The claim kind of the act after 'to': an exit (withdrew) or a consent."""
    return "withdrew" if verb in _EXITS else _CONSENTS.get(verb)


def _trailing_list(clause: Span, actors: list[Span], start: int) -> list[Span]:
    """The states listed after 'after' once the act's object is named: 'to ratify the TPNW after Cambodia, Laos,
    ... and Vietnam'; empty unless the words from 'after' to the clause's end are states and list words only."""
    doc = clause.doc
    after = next((t.i for t in doc[start : min(clause.end, start + 12)] if t.lower_ == "after"), None)
    if after is None:
        return []
    named = [e for e in actors if after < e.start and e.end <= clause.end]
    covered = {i for e in named for i in range(e.start, e.end)}
    rest = [t for t in doc[after + 1 : clause.end] if t.i not in covered and not t.is_punct]
    if not named or any(t.lower_ not in _LIST_WORDS for t in rest):
        return []
    return named
