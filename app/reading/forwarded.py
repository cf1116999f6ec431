"""A notice passed on by the depositary: "The court said it received notice on Monday from the United Nations of the
president's decision to withdraw". The clauses count from the depositary's receipt (e.g. Rome Statute Art. 127(1):
"the date of receipt of the notification" by the Secretary-General, its depositary under Art. 125), so the day a
court or another party hears of the notice from the depositary is not the day the notice was given.
"""

from __future__ import annotations

from spacy.tokens import Span

_DEPOSITARY_WORDS = {"nations", "un", "u.n.", "secretary-general", "depositary", "secretariat", "sg"}


def from_the_depositary(verb: Span, clause: Span) -> bool:
    """'received ... from the United Nations / the Secretary-General / the depositary' within a few words."""
    doc = clause.doc
    words = doc[verb.end : min(clause.end, verb.end + 8)]
    for token in words:
        if token.lower_ == "from":
            after = {t.lower_ for t in doc[token.i + 1 : min(clause.end, token.i + 5)]}
            return bool(after & _DEPOSITARY_WORDS)
    return False
