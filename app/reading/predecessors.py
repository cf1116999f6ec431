"""The states an ordinal exit follows: 'Hungary becomes the third country to leave the ICC, following Burundi and
the Philippines' tells that Burundi and the Philippines left before it (each an exit done by the report's day),
whatever the sentence says of Hungary itself (read elsewhere, as 'the first country to leave')."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.vocabulary import ORDINALS
from app.reading.words import listed_with
from schemas.checks import Claim

_COUNTED = {"country", "state", "nation", "member", "party"}
_DEEDS = {"leave", "withdraw", "quit", "exit", "pull", "take", "do", "make", "denounce"}  # "to take this action"
_AFTER = {"following", "after"}


def predecessor_claims(clause: Span, actors: list[Span], treaty: str | None, context: Context) -> list[Claim]:
    """'the <second|third|...> country to <leave Y | take this step>, following <states>': each state an exit done.
    ``treaty``: the one the clause names, else the one the article's withdrawal leaves."""
    doc = clause.doc
    ordinal = next((t.i for t in clause if t.lower_ in ORDINALS - {"first", "1st", "only"}), None)
    if ordinal is None or ordinal + 3 >= clause.end:
        return []
    counted, to, deed = doc[ordinal + 1], doc[ordinal + 2], doc[ordinal + 3]
    if counted.lemma_ not in _COUNTED or to.lower_ != "to" or deed.lemma_ not in _DEEDS:
        return []
    joint = next((t.i for t in doc[deed.i + 1 : clause.end] if t.lower_ in _AFTER), None)
    first = next((e for e in actors if joint is not None and e.start in (joint + 1, joint + 2)), None)
    about = treaty or context.withdrawn_from()
    if first is None or about is None:
        return []
    states = dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, first, forward=True))
    return [
        Claim(kind="withdrew", treaty=about, state=s, value="true", as_of=context.published, tense="past")
        for s in states
    ]
