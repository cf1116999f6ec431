"""Deeds a sentence names without telling them: a possibility kept open or shut ('does not rule out leaving the
Istanbul Convention') and one of two alternatives ('have either withdrawn or announced intentions to leave').

None of them says a state withdrew, joined or stayed: a fact-checker reading 'does not rule out leaving' as 'has
not left' would check a claim the article never made.
"""

from __future__ import annotations

from spacy.tokens import Span

_SHUTTING = {"exclude", "preclude"}  # lemmas: "excluded", "precluding" ...


def held_open(verb: Span, clause: Span) -> bool:
    """The trigger is a possibility ruled out or not, or one of two alternatives."""
    return _ruled_out(verb, clause) or _alternative(verb, clause)


def _ruled_out(verb: Span, clause: Span) -> bool:
    """'does not rule out leaving', 'has not ruled out the possibility of withdrawing', 'did not exclude quitting',
    'ruled out rejoining': the deed is a possibility weighed, neither done nor denied (WITHIN six words before)."""
    doc = clause.doc
    window = doc[max(clause.start, verb.start - 6) : verb.start]
    for token in window:
        if token.lemma_ in _SHUTTING:
            return True
        if token.lemma_ == "rule" and token.i + 1 < verb.start and doc[token.i + 1].lower_ == "out":
            return True
    return False


def _alternative(verb: Span, clause: Span) -> bool:
    """'have either withdrawn or announced intentions to leave this treaty': 'either' right before the verb (or its
    auxiliary) and 'or' after it in the clause: each state did one or the other, neither is told of any one."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, verb.start - 2) : verb.start]]
    if "either" not in before:
        return False
    return any(t.lower_ == "or" for t in doc[verb.end : clause.end])
