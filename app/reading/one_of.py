"""Exits whose treaty is a relative clause's antecedent: 'UNESCO was one of several international bodies Trump withdrew
from during his first term, along with the World Health Organization, the Paris Agreement global climate change accord
and the U.N. Human Rights Council'.

The exit verb's preposition is stranded ('withdrew from' with no object after it), so what was left is the body the
clause is about: the treaty named before 'was one of (the) ... bodies', and each treaty listed after 'along with' /
'as well as' / 'together with' (a body the rulebook does not hold, such as the Human Rights Council, is no treaty and
gives nothing).
"""

from __future__ import annotations

from spacy.tokens import Span

_STRANDED = {"from", "of"}  # "withdrew from", "pulled out of"
_AFTER_STRANDED = {"during", "in", "on", "at", "under", "since", "after", "before", "last", "earlier", "later", ",",
                   ".", "twice", "again", "as", "and", "when"}  # fmt: skip
_ONE_OF = ("was", "is", "were", "are", "became", "becomes")
_ALONG = (("along", "with"), ("as", "well", "as"), ("together", "with"))


def bodies_left(verb: Span, clause: Span) -> list[str]:
    """The treaties a stranded exit verb leaves: the antecedent of 'X was one of the ... bodies [that] ... withdrew
    from' and those listed 'along with' it; none when the verb has an object of its own."""
    doc = clause.doc
    end = verb.end + (verb[-1].lower_ not in _STRANDED)  # "withdrew" + "from"
    if doc[end - 1].lower_ not in _STRANDED or end >= clause.end or doc[end].lower_ not in _AFTER_STRANDED:
        return []
    head = _antecedent(verb, clause)
    if head is None:
        return []
    return list(dict.fromkeys([str(head.ent_id_), *_listed_along(verb, clause)]))


def _antecedent(verb: Span, clause: Span) -> Span | None:
    """The treaty before 'was one of (the / several / many) <nouns>' ahead of the verb."""
    doc = clause.doc
    for i in range(verb.start - 2, clause.start, -1):
        if doc[i].lower_ == "one" and doc[i + 1].lower_ == "of" and doc[i - 1].lower_ in _ONE_OF:
            treaties = [e for e in clause.ents if e.label_ == "TREATY" and e.end == i - 1]
            return treaties[0] if treaties else None
    return None


def _listed_along(verb: Span, clause: Span) -> list[str]:
    """The treaties of the list after 'along with' (after the verb, up to the clause's end or a relative pronoun)."""
    doc = clause.doc
    for i in range(verb.end, clause.end - 2):
        size = next((len(w) for w in _ALONG if tuple(t.lower_ for t in doc[i : i + len(w)]) == w), 0)
        if not size:
            continue
        end = next((t.i for t in doc[i + size : clause.end] if t.lower_ in _LIST_END), clause.end)
        return [str(e.ent_id_) for e in doc[i + size : end].ents if e.label_ == "TREATY"]
    return []


_LIST_END = {"which", "that", "who", "whose", ";", ".", "but"}
