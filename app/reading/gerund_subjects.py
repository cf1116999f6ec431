"""An exit as a sentence's gerund subject: 'Exiting ICSID and joining ALBA and UNASUR ... are the recent measures that
have been taken by the government of Ecuador', 'Leaving the Paris Agreement was one of the first acts of the Trump
administration'. The gerund names the deed; the copula says it was done: a past copula ('was', 'were'), or a present
one before measures, steps or acts said to have been taken. A modal ('would be a mistake'), a present judgement ('is
a bad idea') or a question asserts nothing. The state is the one the sentence names after the copula (the agent,
'by the government of Ecuador'), else none.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.spans import text_of
from app.reading.words import actors_in
from schemas.checks import Claim

_GERUNDS = {"exiting", "leaving", "quitting", "withdrawing", "abandoning", "ditching"}
_PASSED = {"from", "the", "out", "of"}
_COPULAS = {"was", "were", "is", "are", "would", "will", "could", "might", "may", "should", "can"}
_DEEDS = {"measures", "steps", "moves", "decisions", "acts", "actions"}
_TAKEN = {"taken", "adopted", "made", "implemented"}


def gerund_subject_claims(sentence: Span, published: dt.date) -> list[Claim]:
    """The exit a sentence's opening gerund tells as done, once per state named after its copula."""
    words = [t for t in sentence if not (t.is_punct and t.text in ("“", '"', "‘", "'"))]
    if not words or words[0].lower_ not in _GERUNDS:
        return []
    doc, gerund = sentence.doc, words[0]
    treaty = None
    for token in doc[gerund.i + 1 : min(gerund.i + 5, sentence.end)]:
        if token.ent_type_ == "TREATY":
            treaty = next(e for e in sentence.ents if e.start <= token.i < e.end)
            break
        if token.lower_ not in _PASSED:
            return []
    if treaty is None:
        return []
    copula = next((t for t in doc[treaty.end : sentence.end] if t.text in _COPULAS), None)  # not "its CAN neighbours"
    if copula is None or not _done(copula, sentence):
        return []
    states = list(dict.fromkeys(str(e.ent_id_) for e in actors_in(sentence) if e.start > copula.i))
    return [
        Claim(kind="withdrew", treaty=str(treaty.ent_id_), state=s, value="true", tense="past", as_of=published)
        for s in states
    ]


def _done(copula: Token, sentence: Span) -> bool:
    """'was', 'were' (not in a question); 'are the recent measures that have been taken'."""
    if copula.lower_ in ("was", "were"):
        return not text_of(sentence).rstrip().endswith("?")
    if copula.lower_ not in ("is", "are"):
        return False
    after = {t.lower_ for t in sentence.doc[copula.i + 1 : min(copula.i + 14, sentence.end)]}
    return bool(after & _DEEDS) and bool(after & _TAKEN)
