"""An act said to take a state out of a treaty: "the memorandum pulls the U.S. out of the UNFCCC", "an action the
Times said pulls the U.S. out of ...". The present tense of such a sentence reports what the act does on the day of
the report (as a headline's present does), an exit the checks weigh against the notice the treaty requires (a
decision told as an exit is partly right).
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.vocabulary import FUTURE, MODALS

_ACTS = {"action", "order", "memorandum", "decree", "decision", "move", "law", "proclamation", "directive"}
_DONE = {"signed", "issued", "enacted", "adopted", "passed", "approved", "published", "promulgated"}  # the act made
_REACH = 6  # "an action the Times said pulls ...": the act a few words before the verb


def act_subject(verb: Span) -> bool:
    """The verb takes a state out of a treaty ('pulls the U.S. out of') and its subject is an act (an order, a
    memorandum, a decree) named just before it in its sentence; not 'the decision leaves Canada in the treaty'."""
    if not any(t.lower_ == "out" for t in verb):
        return False
    start = max(verb.sent.start, verb.start - _REACH)
    return any(t.lower_ in _ACTS for t in verb.doc[start : verb.start])


def act_participle(verb: Span) -> bool:
    """'signed a law pulling Russia out of a European anti-torture convention', 'an order taking the US out of':
    the participle tells what the act named right before it does, an exit told as the act's (a decision called an
    exit, as 'the memorandum pulls the U.S. out of' is)."""
    first = verb[0]
    if not first.lower_.endswith("ing") or not any(t.lower_ == "out" for t in verb) or first.i < 2:
        return False
    doc = verb.doc
    if doc[first.i - 1].lower_ not in _ACTS:
        return False
    done = [t for t in doc[max(verb.sent.start, first.i - 4) : first.i - 1] if t.lower_ in _DONE]
    return bool(done) and doc[done[-1].i - 1].lower_ not in MODALS | FUTURE  # not "may sign an order pulling"
