"""What a revocation undoes. "South Africa's withdrawal was revoked", "reversed its withdrawal", "rescinded the
decision": the exit did not happen. "revoked the credentials of several representatives as part of a decision to
leave": something else was revoked, and the clause says nothing about the exit being undone.
"""

from __future__ import annotations

from spacy.tokens import Span

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
        return False
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


_DONE_EXITS = {"withdrew", "left", "quit", "exited", "pulled", "abandoned", "denounced"}


def reversed_exit(verb: Span) -> bool:
    """'Trump withdrew the US from the Paris deal ..., though [it] was reversed by the Biden presidency in 2021', '...
    initially withdrew from UNESCO in 2017, a decision reversed by the Biden administration in 2023': an exit the
    sentence tells as done (a past exit verb before), undone later by someone named after 'by': the state's return,
    on the day the reversal is dated."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ != "by" or verb[0].lower_ not in ("reversed", "undone", "undid"):
        return False
    return any(t.lower_ in _DONE_EXITS for t in doc[verb.sent.start : verb.start])
