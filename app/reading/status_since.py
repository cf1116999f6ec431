"""The day a status of being out began: 'Turkey has been out of the Istanbul Convention since 1 July', 'the country is
no longer a state party to the Rome Statute since 2019'. A date after 'since' anchors another event as a rule (the
reader drops it: 'six months since the notice'); after a state of being out of a treaty, or opening its clause ('Since
2019, the Philippines has no longer been a member'), it is the first day of that state, the day the exit took effect.
Not an act ('pulled out of ... since 2019')."""

from __future__ import annotations

from spacy.tokens import Span

_BE = {"be", "is", "are", "was", "were", "been"}
_PASSED = {"'s", "’s", "-", "–"}


def status_since(label: str, verb: Span, clause: Span, dates: list[Span]) -> Span | None:
    """The date after 'since' that dates this status verb's exit, or None."""
    if label != "LEAVE" or not _a_status(verb):
        return None
    doc = verb.doc
    for date in dates:
        since = date.start - 1
        if since < clause.start or doc[since].lower_ != "since" or date.end > clause.end:
            continue
        if since == clause.start and date.end <= verb.start:
            return date  # "Since 2019, the Philippines has no longer been a member of the ICC"
        if since >= verb.end and not any(t.is_punct and t.text not in _PASSED for t in doc[verb.end : since]):
            return date  # not "out of the Convention, which it ratified in 2012, since ...": another clause between
    return None


def _a_status(verb: Span) -> bool:
    """'no longer a party / member / part of', '(has) been out of', 'is officially out of': being out, not getting
    out."""
    words = [t.lower_ for t in verb]
    if words[:2] == ["no", "longer"]:
        return True
    return "out" in words and (words[0] in _BE or words[0] in ("officially", "formally"))
