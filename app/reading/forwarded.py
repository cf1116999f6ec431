"""Notices told after the lede without a date, and notices passed on by the depositary.

"Notifications of withdrawal have also been submitted by Poland, Estonia and Finland", "Estonia has submitted
documents on withdrawal": a perfect with the States named, or a paper 'presented to UN Secretary-General', a notice
given by the day of the report, wherever the article tells it (not "six months after the Secretary-General has
received the instrument", a rule's anchor, nor "the World Bank has notified all signatory States of Venezuela's
denunciation", the depositary informing the parties).

A notice passed on by the depositary: "The court said it received notice on Monday from the United Nations of the
president's decision to withdraw". The clauses count from the depositary's receipt (e.g. Rome Statute Art. 127(1):
"the date of receipt of the notification" by the Secretary-General, its depositary under Art. 125), so the day a
court or another party hears of the notice from the depositary is not the day the notice was given.
"""

from __future__ import annotations

from spacy.tokens import Span

_SUBORDINATORS = {"after", "once", "when", "if", "unless", "until", "before", "since", "whether"}
_OTHERS = {"all", "other", "others", "signatory", "contracting", "member", "parties"}
_PERFECT = {"has", "have", "had"}  # "she had received official notice from the Government of Israel"
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


def done_notice(verb: Span, restated: bool = False) -> bool:
    """A perfect ('has submitted', 'have also been submitted by') in a sentence that names a State, with no
    subordinating word before the verb and not addressed to all the other parties; a paper handed to the depositary
    in a sentence that names none only where it restates the notice of the one state the sentence before named
    (``restated``: 'X sent its instrument ... Written notice ... has been submitted to the Secretary-General')."""
    doc = verb.doc
    sentence = verb.sent
    before = [t.lower_ for t in doc[max(sentence.start, verb.start - 4) : verb.start]]
    handed = bool(set(before) & {"was", "were", "been"}) and _to_the_depositary(verb)  # "has been submitted to"
    if not (set(before) & _PERFECT or handed or _notice_of_withdrawal(verb)):
        return False
    if any(t.lower_ in _SUBORDINATORS for t in doc[sentence.start : verb.start]):
        return False
    if any(t.lower_ in _OTHERS for t in doc[verb.end : min(sentence.end, verb.end + 3)]):
        return False
    if any(e.label_ in ("STATE", "CAPITAL") for e in sentence.ents):
        return True
    return handed and (restated or not set(before) & _PERFECT)  # "its decision was presented to ...": the
    # article's state


_GIVEN = {"submitted", "sent", "delivered", "filed", "lodged", "deposited", "handed", "gave", "transmitted"}
_NOTICE_LEAD = {"its", "a", "the", "formal", "official", "written", "their", "his", "her"}
_NOTICES = {"notice", "notification", "instrument", "letter"}


def _notice_of_withdrawal(verb: Span) -> bool:
    """'while the U.S. submitted notice of withdrawal' (SKNVibes, 23 January 2026), 'Hungary sent its formal
    notification of withdrawal': a past verb of giving whose object is a notice named as one of withdrawal, a notice
    given by the day of the report wherever the article tells it (as a perfect is); not 'submitted a bill on
    withdrawal' (no notice)."""
    doc = verb.doc
    if verb[-1].lower_ not in _GIVEN or (verb.start > 0 and doc[verb.start - 1].lower_ in ("was", "were", "be")):
        return False
    i = verb.end
    while i < min(len(doc), verb.end + 4) and doc[i].lower_ in _NOTICE_LEAD:
        i += 1
    after = [t.lower_ for t in doc[i : min(len(doc), i + 4)]]
    return after[:1] in ([n] for n in _NOTICES) and (
        after[1:3] == ["of", "withdrawal"] or after[1:4] == ["of", "its", "withdrawal"]
    )


def _to_the_depositary(verb: Span) -> bool:
    """'its decision was presented to UN Secretary-General Ban Ki-moon': a paper handed to the depositary (the
    state may be only 'its', the article's)."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ != "to":
        return False
    words = doc[verb.end + 1 : min(len(doc), verb.end + 5)]
    secretary_general = "secretary-general" in words.text.lower().replace(" - ", "-")  # "the Secretary-General of"
    return secretary_general or bool({t.lower_ for t in words} & _DEPOSITARY_WORDS)
