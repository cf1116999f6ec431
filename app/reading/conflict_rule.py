"""The armed-conflict rule told in general: 'However, if the withdrawing state is engaged in armed conflict at the
time, the withdrawal cannot take effect until the conflict ends' (News Alert, 29 June 2025, on Ottawa Art. 20(3),
second sentence). A ``rule`` claim, valued as the corpus labels it, judged against the treaty's ``suspension``
provision (app/services/checks/conflict_rule.py).

Only a rule said of any State (the withdrawing State, a State, a country, States): where a State is named ('Ukraine's
withdrawal cannot take effect while the war continues') the claim is about that State's situation, not read here;
nor a question, nor a sentence with no withdrawal and no effect, nor one with no postponement word."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.questions import asks
from app.reading.treaty_refs import clause_treaty
from app.reading.words import actors_in, generic_references, mentions_withdrawal
from schemas.checks import Claim

RULE_VALUE = "no effect before the end of an armed conflict the withdrawing State is engaged in"

_CONFLICT = {"conflict", "war", "hostilities"}
_EFFECT = {"effect", "effective", "force", "postponed", "delayed"}  # what the conflict holds back
_POSTPONED = {"until", "while", "during", "unless", "postponed", "delayed", "suspended", "before"}


def conflict_rule_claims(sentence: Span, context: Context) -> list[Claim]:
    """The armed-conflict rule, once for the sentence's treaty (named, else the one its withdrawal refers to)."""
    words = {t.lower_ for t in sentence}
    if not (words & _CONFLICT and words & _EFFECT and words & _POSTPONED) or not mentions_withdrawal(sentence):
        return []
    if actors_in(sentence) or asks(sentence):
        return []
    treaties = [e for e in sentence.ents if e.label_ == "TREATY"]
    treaty = clause_treaty(treaties, generic_references(sentence), sentence, context)
    return [Claim(kind="rule", treaty=treaty, value=RULE_VALUE, as_of=context.published)] if treaty else []
