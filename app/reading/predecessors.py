"""The states an ordinal exit follows: 'Hungary becomes the third country to leave the ICC, following Burundi and
the Philippines' tells that Burundi and the Philippines left before it (each an exit done by the report's day),
whatever the sentence says of Hungary itself (read elsewhere, as 'the first country to leave')."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.vocabulary import ORDINALS
from app.reading.when import claim_value, resolve
from app.reading.words import listed_with, with_year
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind

_COUNTED = {"country", "state", "nation", "member", "party"}
_DEEDS = {"leave", "withdraw", "quit", "exit", "pull", "take", "do", "make", "denounce"}  # "to take this action"
_AFTER = {"following", "after"}


def predecessor_claims(
    clause: Span, actors: list[Span], treaty: str | None, dates: list[Span], context: Context
) -> list[Claim]:
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
    listed = listed_with(actors, first, forward=True)
    states = dict.fromkeys(str(e.ent_id_) for e in listed)
    when = _their_date(listed[-1], clause, dates, context)
    if deed.lemma_ == "denounce":  # "the second country to denounce the Convention, after Trinidad and Tobago did
        kind: ClaimKind = "notification_date"  # so in 1998": to denounce is to give notice
        value = claim_value(when) if when is not None else f"0001-01-01/{context.published}"
    else:
        kind, value = "withdrew", claim_value(when) if when is not None else "true"
    return [Claim(kind=kind, treaty=about, state=s, value=value, as_of=context.published, tense="past") for s in states]


def _their_date(last: Span, clause: Span, dates: list[Span], context: Context) -> PartialDate | None:
    """'after Trinidad and Tobago did so in 1998': the date told of the states followed, right after their names
    (over 'did so', 'had')."""
    doc = clause.doc
    for date in dates:
        between = [t.lower_ for t in doc[last.end : date.start]]
        if date.start >= last.end and len(between) <= 3 and all(w in ("did", "so", "had", "done", "in", "on") for w in
                                                                  between):  # fmt: skip
            return resolve(with_year(date), context.published, "past")
    return None
