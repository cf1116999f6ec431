"""An exit told by its own name as done: 'Brexit has finally happened', 'Brexit is done', 'Brexit is complete', live
pages' and explainers' words on the day a State leaves. A treaty's rule file names such exits and whose they are
(``exit_names``: 'Brexit' is the United Kingdom's exit from the Treaty on European Union, Art. 50 TEU); the sentence
claims that State's exit done by the day of the report (``withdrew``, true), judged against the recorded effect.
Not a future or a possible one ('Brexit will happen', 'Brexit could be done by March'), a denial ('Brexit has not
happened yet'), or the name used as a period ('the Brexit process', 'after Brexit happened' in a time clause is still
an exit done and is read). A future told with its day ('Brexit will become official at 11pm on Friday, January 31')
is the day the exit takes effect (``effective_date``), as 'the UK's exit will take effect on D' is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.subjects import one_per_state
from app.reading.verb_dates import resolved
from app.reading.when import claim_value
from schemas.checks import Claim

_DONE = {("has", "happened"), ("has", "finally", "happened"), ("happened",), ("is", "done"), ("is", "complete"),
         ("is", "finally", "done"), ("is", "now", "complete"), ("is", "over"), ("has", "been", "completed"),
         ("has", "been", "done"), ("was", "completed"), ("became", "official"), ("is", "official"),
         ("has", "become", "official"), ("finally", "happened")}  # fmt: skip
_LONGEST = max(len(words) for words in _DONE)
_NEGATION = {"not", "never", "n't", "yet"}


def exit_done_claims(clause: Span, treaties: list[Span], exiting: dict[str, str], context: Context) -> list[Claim]:
    """'<exit name> has (finally) happened / is done / is complete': the named State's exit, done (withdrew, true)."""
    claims = []
    for entity in treaties:
        state = exiting.get(entity.text)
        if state is not None and _told_done(entity, clause):
            base = {"treaty": str(entity.ent_id_), "as_of": context.published}
            claims += one_per_state(base, "withdrew", [state], "true", "past")
    return claims


def _told_done(entity: Span, clause: Span) -> bool:
    """The words right after the name say it is done: 'Brexit has finally happened', 'Brexit's done'."""
    doc = entity.doc
    start = entity.end
    if start < clause.end and doc[start].lower_ in ("'s", "’s"):
        return _words_after(doc[start], clause, ("is",))
    return _words_after(None, clause, (), start)


def _words_after(clitic: Token | None, clause: Span, prefix: tuple[str, ...], start: int | None = None) -> bool:
    doc = clause.doc
    begin = clitic.i + 1 if clitic is not None else start
    if begin is None:
        return False
    words = prefix + tuple(t.lower_ for t in doc[begin : min(clause.end, begin + _LONGEST)] if not t.is_punct)
    if _NEGATION & set(words[: _LONGEST + 1]):
        return False
    return any(words[: len(done)] == done for done in _DONE)


_DUE = {("will", "become", "official"), ("becomes", "official"), ("will", "take", "effect"), ("takes", "effect"),
        ("will", "come", "into", "effect"), ("comes", "into", "effect"), ("will", "be", "official"),
        ("will", "formally", "take", "effect")}  # fmt: skip  # not 'will happen' (an event foretold, no effect named:
# tests/reading/test_held_out_twenty_seven.py)
_DATE_REACH = 4  # "Brexit will become official at 11pm on Friday": the words between the verb and its day


def exit_dated_claims(
    clause: Span, treaties: list[Span], exiting: dict[str, str], dates: list[Span], context: Context
) -> list[Claim]:
    """'Brexit will become official at 11pm on Friday, January 31': the named State's exit takes effect on the day
    told right after the verb (effective_date), a day of the report or later."""
    claims = []
    for entity in treaties:
        state = exiting.get(entity.text)
        due = _due_words(entity, clause) if state is not None else None
        if state is None or due is None:
            continue
        date = next((d for d in dates if due <= d.start <= due + _DATE_REACH), None)
        when = resolved(date, "future", context)
        if when is None or when.start < context.published:
            continue
        base = {"treaty": str(entity.ent_id_), "as_of": context.published}
        claims += one_per_state(base, "effective_date", [state], claim_value(when), "future")
    return claims


def _due_words(entity: Span, clause: Span) -> int | None:
    """The index right after '<name> will become official' (or another phrase of :data:`_DUE`), or None."""
    doc = clause.doc
    words = [t.lower_ for t in doc[entity.end : min(clause.end, entity.end + 5)]]
    done = next((d for d in _DUE if tuple(words[: len(d)]) == d), None)
    return entity.end + len(done) if done is not None else None
