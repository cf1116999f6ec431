"""What a revocation undoes. "South Africa's withdrawal was revoked", "reversed its withdrawal", "rescinded the
decision": the exit did not happen. "revoked the credentials of several representatives as part of a decision to
leave": something else was revoked, and the clause says nothing about the exit being undone.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.leaders import Tenures
from app.reading.vocabulary import WITHDRAWAL_NOUNS
from app.services.partial_dates import PartialDate

_UNDOABLE = {"withdrawal", "withdrawals", "decision", "decisions", "move", "notice", "notification", "pullout",
             "pull-out", "exit", "denunciation", "instrument", "order", "decree", "it", "them", "plan", "letter",
             "that", "this"}  # fmt: skip
_SKIPPED = {"the", "its", "their", "his", "her", "a", "an", "formally", "officially", "also", "earlier", "planned",
            "country", "country's", "government's", "nation's", "'s", "’s", "own", "previous", "former",
            "initial"}  # fmt: skip

_PASSIVE = {"was", "were", "be", "been", "being", "is", "are"}
_ADVERBIALS = {"in", "on", "at", "by", "with", "after", "before", "from", "for", "to", "of", "last", "this", "that",
               "when", "and", "but", "within", "until", "yesterday", "today", "early", "later"}  # fmt: skip


def revokes_something_else(verb: Span) -> bool:
    """The revoking verb has an object of its own and it is not the exit ('revoked the credentials', 'cancelled the
    visit'); a passive ('was revoked') or an object that is the exit ('reversed its withdrawal') is not this."""
    doc = verb.doc
    if verb.start > 0 and doc[verb.start - 1].lower_ in _PASSIVE:
        return _passive_subject_else(verb)
    for token in doc[verb.end : min(len(doc), verb.end + 5)]:
        if token.lower_ in _UNDOABLE:
            return False
        if token.lower_ in _ADVERBIALS:
            return False  # "revoked in March", "rescinded on Monday": no object named
        if token.lower_ in _SKIPPED or token.ent_type_ in ("STATE", "CAPITAL", "LEADER") or token.is_punct:
            if token.is_punct and token.text not in ("'", "’"):
                return False
            continue
        return token.is_alpha and token.is_lower
    return False


_AUXILIARIES = _PASSIVE | {"had", "has", "have"}
_SUBJECT_REACH = 8  # "the credentials of several OAS representatives had been revoked"


def _passive_subject_else(verb: Span) -> bool:
    """A passive whose subject, right before its auxiliaries, names nouns none of which is an exit ('the credentials of
    several OAS representatives had been revoked', AFP, 24 April 2022); not 'South Africa's withdrawal was revoked',
    'It was revoked' (the exit, or what refers to it)."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in _AUXILIARIES:
        i -= 1
    words = []
    while i >= verb.sent.start and verb.start - i <= _SUBJECT_REACH and not doc[i].is_punct:
        if doc[i].lower_ in ("and", "that", "which", "who"):
            break
        words.append(doc[i])
        i -= 1
    if any(t.lower_ in _UNDOABLE or t.lower_ in WITHDRAWAL_NOUNS for t in words):
        return False
    return any(t.is_alpha and t.is_lower and t.lower_ not in _SKIPPED and not t.ent_type_ for t in words)


_DONE_EXITS = {"withdrew", "left", "quit", "exited", "pulled", "abandoned", "denounced"}


def reversed_exit(verb: Span) -> bool:
    """'Trump withdrew the US from the Paris deal ..., though [it] was reversed by the Biden presidency in 2021', '...
    initially withdrew from UNESCO in 2017, a decision reversed by the Biden administration in 2023': an exit the
    sentence tells as done (a past exit verb before), undone later by someone named after 'by' or 'under' ('which had
    been reversed under Joe Biden'): the state's return, on the day the reversal is dated."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ not in ("by", "under"):
        return False  # "reversed by the Biden administration", "reversed under Joe Biden"
    if verb[0].lower_ not in ("reversed", "undone", "undid"):
        return False
    return any(t.lower_ in _DONE_EXITS for t in doc[verb.sent.start : verb.start])


def reversed_under(verb: Span, leaders: Tenures, published: dt.date) -> PartialDate | None:
    """'a move ... which had been reversed under Joe Biden': the tenure of the leader named right after 'under' (or
    'by'), the one that began before the report (world/leaders), as the reversal's date when no date is told."""
    doc = verb.doc
    if verb.end + 1 >= len(doc) or doc[verb.end].lower_ not in ("by", "under"):
        return None
    at = verb.end + 1 + (doc[verb.end + 1].lower_ in ("president", "former", "then-president"))
    names = [doc[at:end].text for end in range(min(len(doc), at + 3), at, -1)]  # "Joe Biden", "Biden"
    name = next((n for n in names if n in leaders), None)
    if name is None:
        return None
    terms = sorted((t for t in leaders[name] if t.start <= published), key=lambda t: t.start)
    if not terms:
        return None
    last = terms[-1]
    end = last.end - dt.timedelta(days=1) if last.end is not None and last.end <= published else published
    return PartialDate(last.start, end, "interval", f"under {name}")


_UNDOING_LEMMAS = {"suspend", "halt", "freeze", "pause", "revoke", "rescind", "retract", "reverse", "cancel"}
_AGREED = {"agreed", "decided"}


def agreed_undoing(head: Token) -> bool:
    """'agreed to suspend its withdrawal', 'decided to revoke its notice': an exit that is stopped or undone cannot
    be in effect when it is, whether the step is told done or agreed (a past 'agreed' or 'decided', right before
    'to'); 'plans to revoke', 'could suspend', 'has not agreed to' stay what they are."""
    doc = head.doc
    if head.lemma_ not in _UNDOING_LEMMAS or head.i < 2 or doc[head.i - 1].lower_ != "to":
        return False
    i = head.i - 2
    while i > head.sent.start and head.i - i <= 5 and _dating(doc[i]):
        i -= 1  # "agreed on Friday to suspend", "decided last week to revoke"
    agreed = doc[i]
    before = {t.lower_ for t in doc[max(head.sent.start, agreed.i - 3) : agreed.i]}
    return agreed.lower_ in _AGREED and not before & {"not", "never", "n't", "will", "would", "could", "may", "might"}


def _dating(token: Token) -> bool:
    """A word of a date told between 'agreed' and 'to': 'on Friday', 'last week', 'on 11 June'."""
    return (
        token.lower_ in ("on", "in", "last", "this", "week", "month", "year")
        or token.like_num
        or (token.is_title and not token.ent_type_)
    )
