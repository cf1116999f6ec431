"""An exit's date moved by agreement, told as the new date: 'EU grants Article 50 extension to January 31 2020', 'has
agreed to extend the deadline to Article 50 until January 31 2020', 'granted a "flextension" until January 31', 'The new
deadline – 31 October –'.

TEU Art. 50(3): the Treaties cease to apply two years after the notification 'unless the European Council, in
agreement with the Member State concerned, unanimously decides to extend this period'; the date so agreed is the day the
withdrawal takes effect (app/provisions/agreed_date.py). Read only for a treaty whose own rules let the date be agreed,
of the state the clause, the treaty's exit name ('Brexit') or the article names as leaving.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.vocabulary import HEDGES
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_MOVES = {"extension", "flextension", "delay", "postponement"}  # "extension to January 31 2020"
_MOVING = {"extend", "extends", "extended", "extending", "delay", "delays", "delayed", "postpone", "postponed"}
_MOVED = {"the", "a", "an", "its", "deadline", "exit", "date", "departure", "withdrawal", "article", "brexit", "'s",
          "’s", "period", "from"}  # fmt: skip  # what 'extend' may move: 'extend the deadline to Article 50 until D',
# 'extend Hungary's exit from the EU until D'
_UNTIL = {"to", "until", "till"}
_NEW = {"deadline", "date"}  # "the new deadline – 31 October", "the new exit date, 31 January"
_QUOTES = {"'", "’", '"', "”", "“"}


def extension_claims(
    clause: Span, dates: list[Span], treaty: str | None, state: str | None, published: dt.date
) -> list[Claim]:
    """The new exit date an agreed extension sets (``treaty``: the clause's treaty, one whose date may be agreed;
    ``state``: the state leaving it)."""
    if treaty is None or state is None:
        return []
    for token in clause:
        if _hedged(token, clause):
            continue  # "wanted to delay it until 30 June", "could ask for an extension to June": not the date agreed
        date = _extended_to(token, clause, dates) or _new_date(token, clause, dates)
        when = resolve(with_year(date), published, "future") if date is not None else None
        if when is not None:
            value = claim_value(when)
            return [Claim(kind="effective_date", treaty=treaty, state=state, value=value, as_of=published,
                          tense="future")]  # fmt: skip
    return []


def _extended_to(token: Token, clause: Span, dates: list[Span]) -> Span | None:
    """'extension to D', 'a "flextension" until D' (the noun right before 'to'/'until'), or 'extend the deadline
    (to Article 50) until D' (the verb, then only what it moves)."""
    doc = clause.doc
    i = token.i + 1
    if token.lower_ in _MOVES:
        i += 1 if i < clause.end and doc[i].text in _QUOTES else 0
        return _date_at(i + 1, dates) if i < clause.end and doc[i].lower_ in _UNTIL else None
    if token.lower_ not in _MOVING:
        return None
    for word in doc[i : min(clause.end, i + 8)]:
        if word.lower_ in _UNTIL and (date := _date_at(word.i + 1, dates)) is not None:
            return date
        if not (word.lower_ in _MOVED | _UNTIL or word.like_num or word.ent_type_ in ("STATE", "TREATY")):
            return None
    return None


def _new_date(token: Token, clause: Span, dates: list[Span]) -> Span | None:
    """'The new deadline – 31 October –', 'the new exit date, 31 January', 'the new deadline of 31 October'."""
    doc = clause.doc
    if token.lower_ not in _NEW or token.i < 1:
        return None
    before = [t.lower_ for t in doc[max(clause.start, token.i - 2) : token.i]]
    if "new" not in before:
        return None
    i = token.i + 1
    while i < clause.end and i <= token.i + 2 and (doc[i].is_punct or doc[i].lower_ in ("of", "is")):
        i += 1
    return _date_at(i, dates)


def _hedged(token: Token, clause: Span) -> bool:
    """A move wished, asked or possible ('wanted to delay', 'asked for an extension', 'could extend'): a hedge among
    the six words before it (an agreement is no hedge here: 'agreed to extend' is the extension)."""
    before = clause.doc[max(clause.start, token.i - 6) : token.i]
    return any(t.lower_ in _NOT_AGREED or t.lemma_ in _NOT_AGREED for t in before)


_NOT_AGREED = HEDGES - {"agree"}


def _date_at(i: int, dates: list[Span]) -> Span | None:
    return next((d for d in dates if d.start == i), None)
