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
