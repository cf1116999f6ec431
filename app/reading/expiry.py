"""A treaty's own term ending, told with 'expire' ('New START expires in February 2026', 'The pact was originally set
to expire in February 2021'): no State leaves it (a fixed term, New START Art. XIV(2)). One test for the readers of
effects (effects.effect_kind) and of triggers (triggers: an EFFECT verb that claims nothing)."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.vocabulary import GENERIC_TREATY, IRREGULAR_PAST
from app.reading.words import APPOSITION_OPENERS, before_aside, mentions_withdrawal

_FOR_STATE = ("for", "in")  # the State a treaty expires for: "for Turkey", "in Turkey" (Daily Sabah, 2021)
_AUXILIARIES = {"was", "is", "were", "had", "has", "been", "originally", "initially", "first", "set", "due",
                "scheduled", "to", "will", "would", "then", "also", "supposed", "slated", "expected",
                "shall"}  # fmt: skip
_PHRASE_OPENERS = {",", ";", ":", "—", "–", "-", "and", "but"}  # what may come before the subject's phrase
_PERIOD_WORDS = {"deadline", "period", "notice", "leaving", "withdrawal", "exit", "membership", "withdrawing"}
_PREDICATE_OPENERS = {"is", "was", "remains", "remained", "has", "had", "limits", "limited", "caps", "capped"}


def treaty_expires(verb: Span, span: Span) -> bool:
    """'The pact was originally set to expire in February 2021', 'New START is due to expire', 'it is set to expire in
    early 2026': the subject of 'expire' (over its auxiliaries, an aside between commas, 'the') is the treaty, 'the
    pact' or 'it', opening ``span`` (the sentence or the clause) or its own phrase; not when it expires 'for' a State
    named after it (that State's exit: 'the Istanbul Convention will expire on July 1, 2021 for Turkey'), nor a
    period's ('The six-month deadline for leaving the convention expired', 'the one-year notice expires')."""
    doc = verb.doc
    after = doc[verb.end : span.end]
    if any(t.ent_type_ in ("STATE", "CAPITAL") and t.i > 0 and doc[t.i - 1].lower_ in _FOR_STATE for t in after):
        return False
    i = verb.start - 1
    while i >= span.start and doc[i].lower_ in _AUXILIARIES:
        i -= 1
    if i >= span.start and doc[i].lower_ == "and":
        return _shared_treaty_subject(verb.sent, i)  # "New START is the last ... agreement and will expire in 2026"
    i = before_aside(i, span, APPOSITION_OPENERS)  # "New START, the last remaining arms control treaty ..., expires"
    j = i  # the start of the subject's phrase: "The pact", "New START"; not "... to withdraw from the agreement"
    while j > span.start and (doc[j - 1].ent_type_ == "TREATY" or doc[j - 1].lower_ in ("the", "this", "that")):
        j -= 1
    if j > span.start and doc[j - 1].lower_ not in _PHRASE_OPENERS:
        return False
    if i < span.start or not (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY or doc[i].lower_ == "it"):
        return False
    return not {t.lower_ for t in doc[max(span.start, i - 6) : i]} & _PERIOD_WORDS


def _shared_treaty_subject(sentence: Span, conjunction: int) -> bool:
    """'New START is the last remaining U.S.-Russian arms control agreement and will expire in February 2026': a
    second predicate after 'and' whose subject is the one the sentence opens with, the treaty (or 'the pact', 'it')
    followed by its first verb; the treaty's own term, no State's exit. Not when a State names a subject between
    them ('The treaty is dead and Russia's participation will expire'), nor a withdrawal told in the first predicate;
    an opening participle's phrase is passed over ('Signed in 2010, New START limits ... and expires in 2026')."""
    doc = sentence.doc
    j = sentence.start
    if doc[j].lower_.endswith("ed") or doc[j].lower_ in IRREGULAR_PAST:  # "Signed in 2010, New START limits ..."
        j = next((t.i + 1 for t in doc[j:conjunction] if t.text == ","), conjunction)
    while j < conjunction and doc[j].lower_ in ("the", "this", "that"):
        j += 1
    k = j
    while k < conjunction and doc[k].ent_type_ == "TREATY":
        k += 1
    if k == j and k < conjunction and (doc[k].lower_ in GENERIC_TREATY or doc[k].lower_ == "it"):
        k += 1  # "The pact is ... and is due to expire"
    if k == j or k >= conjunction or doc[k].lower_ not in _PREDICATE_OPENERS:
        return False
    first = doc[k:conjunction]
    return not mentions_withdrawal(first) and not any(t.ent_type_ == "STATE" and t.i > k + 1 for t in first[-3:])
