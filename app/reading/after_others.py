"""Exits an ordinal presupposes: 'Ecuador would be only the second country, after Bolivia, to withdraw from ICSID',
'the third State, after Venezuela and Bolivia, to denounce the Convention': the states the parenthesis names after
'after' have already left (withdrew, true), whatever the tense or mood of the ordinal's own subject (Ecuador's exit
was still to come). Not 'the second country after Bolivia' without the commas (a ranking), nor 'before'."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from schemas.checks import Claim

_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th", "6th"}
_NOUNS = {"country", "state", "nation", "member", "government"}
_EXITS = {"withdraw", "leave", "quit", "exit", "denounce", "renounce", "abandon"}


def after_others_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """``withdrew`` ``true`` for each state named between ', after' and the comma before 'to <exit verb>'."""
    if treaty is None:
        return []
    doc = clause.doc
    claims = []
    for token in clause:
        noun = token.i + 1
        if token.lower_ not in _ORDINALS or noun + 3 >= clause.end or doc[noun].lower_ not in _NOUNS:
            continue
        if doc[noun + 1].text != "," or doc[noun + 2].lower_ != "after":
            continue
        close = next((t.i for t in doc[noun + 3 : min(clause.end - 2, noun + 16)] if t.text == ","), None)
        if close is None or doc[close + 1].lower_ != "to" or doc[close + 2].lower_ not in _EXITS:
            continue
        named = [e for e in actors if noun + 3 <= e.start and e.end <= close]
        claims += [
            Claim(kind="withdrew", treaty=treaty, state=str(e.ent_id_), value="true", as_of=published, tense="past")
            for e in named
        ]
    return claims
