"""An act said to take a state out of a treaty: "the memorandum pulls the U.S. out of the UNFCCC", "an action the
Times said pulls the U.S. out of ...". The present tense of such a sentence reports what the act does on the day of
the report (as a headline's present does), an exit the checks weigh against the notice the treaty requires (a
decision told as an exit is partly right).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.vocabulary import FUTURE, MODALS, WEEKDAYS
from app.reading.when import MONTHS

_ACTS = {"action", "order", "memorandum", "decree", "decision", "move", "law", "proclamation", "directive"}
_PAPERS = _ACTS | {"orders", "decrees", "memoranda", "memorandums", "laws", "proclamations", "directives"}
_DONE = {"signed", "issued", "enacted", "adopted", "passed", "approved", "published", "promulgated"}  # the act made
_DOING = {"signs", "issues", "enacts", "adopts", "passes", "approves", "publishes", "promulgates"}  # a headline's
_REACH = 6  # "an action the Times said pulls ...": the act a few words before the verb
_DAY_GLUE = {"on", "last", "this", "early", "late", "earlier", "in", ","}
_DAY_WORDS = WEEKDAYS | {"week", "month", "year", "morning", "evening", "night", "today", "yesterday"}
_DAY_REACH = 5  # "signed a decree on Sunday, 29 June, withdrawing": the act's own day between it and its participle


def act_subject(verb: Span) -> bool:
    """The verb takes a state out of a treaty ('pulls the U.S. out of') and its subject is an act (an order, a
    memorandum, a decree) named just before it in its sentence; not 'the decision leaves Canada in the treaty'."""
    if not any(t.lower_ == "out" for t in verb):
        return False
    start = max(verb.sent.start, verb.start - _REACH)
    return any(t.lower_ in _ACTS for t in verb.doc[start : verb.start])


def act_participle(verb: Span, made: frozenset[str] | set[str] = _DONE) -> bool:
    """'signed a law pulling Russia out of a European anti-torture convention', 'an order taking the US out of',
    'signed a decree on Sunday withdrawing from the Ottawa Convention', 'issued a decree withdrawing from the landmark
    agreement', 'signed an executive order withdrawing the United States from the WHO': the participle tells what the
    act named right before it (its own day between them) does, an exit told as the act's (a decision called an exit,
    as 'the memorandum pulls the U.S. out of' is). ``made``: the verbs that say the act was made ('signed'; a
    headline's 'signs' with ``_DOING``)."""
    first = verb[0]
    if not first.lower_.endswith("ing") or first.i < 2:
        return False
    if not (any(t.lower_ == "out" for t in verb) or first.lemma_ == "withdraw" or first.lower_ == "withdrawing"):
        return False
    doc = verb.doc
    paper = first.i - 1
    while paper > verb.sent.start and first.i - paper <= _DAY_REACH and _act_day(doc[paper], with_glue=True):
        paper -= 1  # "a decree on Sunday withdrawing", "an order last week pulling"
    day = doc[paper + 1 : first.i]
    if doc[paper].lower_ not in _PAPERS or (day and not (_dated(day) and _act_day(day[-1], with_glue=False))):
        return False  # not "signs law on withdrawing from CFE Treaty" (a law about an exit, README 'Announcements')
    done = [t for t in doc[max(verb.sent.start, paper - 3) : paper] if t.lower_ in made]
    return bool(done) and doc[done[-1].i - 1].lower_ not in MODALS | FUTURE  # not "may sign an order pulling"


def act_participle_now(verb: Span) -> bool:
    """'Trump signs executive order withdrawing from Paris climate agreement', 'Nkurunziza signs law withdrawing
    Burundi from the ICC': a headline's present act that takes a state out, an exit told as the act's."""
    return act_participle(verb, _DOING)


def _act_day(token: Token, with_glue: bool) -> bool:
    """A word of the act's own day told between it and its participle ('on Sunday', 'last week', 'on 29 June'; with
    ``with_glue`` its prepositions too, which may not end the day: 'a law on withdrawing' is a law about an exit)."""
    day = token.lower_ in _DAY_WORDS or token.text in MONTHS or token.like_num
    return day or (with_glue and token.lower_ in _DAY_GLUE) or (not with_glue and token.text == ",")


def _dated(words: Span) -> bool:
    """The words name a day, not only its glue."""
    return any(_act_day(t, with_glue=False) and t.text != "," for t in words)
