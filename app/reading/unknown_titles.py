"""Instruments named by a title the rulebook does not hold: 'the High Seas Treaty', 'the Biodiversity Beyond National
Jurisdiction Agreement', 'the WHO Pandemic Agreement'. Such a title names a treaty of its own, so 'the treaty' after it
refers to that one (which has no rule file), not to a treaty the article names later in passing ('one of the most
significant treaties since the Paris Agreement'). A treaty is identified by its title (VCLT Art. 2(1)(a): 'whatever
its particular designation'), so a capitalised title before an instrument noun is a name even when it is unknown.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.vocabulary import INSTRUMENT_NOUNS

_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their"}


def names_an_unknown_instrument(clause: Span) -> bool:
    """The clause names an instrument by a capitalised title the gazetteer does not know ('High Seas Treaty') and
    names no treaty it knows. Not in a title-case line (a headline capitalises every word: 'Quits Landmine Treaty')."""
    if any(e.label_ == "TREATY" for e in clause.ents):
        return False
    sentence = clause.sent
    if sum(t.is_title for t in sentence) > len(sentence) / 2:
        return False
    return any(_unknown_title(t) for t in clause if t.lower_ in INSTRUMENT_NOUNS)


def _unknown_title(noun: Token) -> bool:
    """'High Seas Treaty', 'Pandemic Agreement': the noun capitalised after at least one capitalised word that is
    no entity and does not open the sentence (not 'Treaty' alone, not 'The Treaty', not 'Lithuania's Treaty')."""
    if not noun.text[:1].isupper() or noun.ent_type_:
        return False
    doc, start = noun.doc, noun.sent.start
    words = 0
    i = noun.i - 1
    while i >= start and doc[i].text[:1].isupper() and doc[i].is_alpha and not doc[i].ent_type_:
        if doc[i].lower_ in _DETERMINERS:
            break
        words += 1
        i -= 1
    first = i + 1
    return words >= 1 and first > start and doc[first - 1].text not in ("'s", "’s")


_NEW = {"new", "fresh", "successor", "replacement"}


def names_a_new_instrument(clause: Span) -> bool:
    """The clause ends on an instrument still to be made, 'a new international treaty', 'a fresh deal', named after
    every treaty the clause knows: 'the treaty' after it refers to that one, which has no rule file ('leaders ...
    agreed to draft a new international treaty by 2015. The treaty, to be effective from 2020, will ...' of the
    Durban talks, not the Kyoto Protocol named before). Up to three lowercase words between 'new' and the noun."""
    last_known = max((e.end for e in clause.ents if e.label_ == "TREATY"), default=clause.start)
    doc = clause.doc
    for token in doc[last_known : clause.end]:
        if token.lower_ not in _NEW or token.i == 0 or doc[token.i - 1].lower_ not in ("a", "an"):
            continue
        for noun in doc[token.i + 1 : min(token.i + 5, clause.end)]:
            if noun.lower_ in INSTRUMENT_NOUNS or noun.lower_ == "deal":
                return True
            if not (noun.is_alpha and noun.is_lower):
                break
    return False
