"""A day right after a reporting verb is the saying's: 'Britain's government said Thursday it is withdrawing from a
controversial international energy treaty' (AP, 22 February 2024), 'announced on Monday it will quit the pact'. With
'that' after the day the reader already gives the day to the saying ('announced on D that it will'); without it
(news drops 'that' after 'said'), the day is the saying's all the same, and a withdrawal under way or to come that a
government says it makes is an announcement, not a notice or an effect on that day (tests/data/articles/README.md,
'Announcements'). A past deed so reported keeps its own reading ('said Thursday it had notified the UN')."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.vocabulary import REPORTING

_TO_COME = {"will", "would", "shall", "is", "are", "was", "were", "plans", "planned", "intends", "intended", "to"}


def said_day(date: Span, verb: Span) -> bool:
    """The date follows a reporting verb ('said Thursday', 'announced on Monday') and the verb after it tells an act
    under way or to come ('it is withdrawing', 'it will quit'), not a deed done."""
    doc = date.doc
    i = date.start - 1
    if i >= date.sent.start and doc[i].lower_ == "on":
        i -= 1
    if i < date.sent.start or doc[i].lower_ not in REPORTING or date.end > verb.start:
        return False
    between = [t.lower_ for t in doc[date.end : verb.start]]
    return any(w in _TO_COME for w in between) or verb[0].lower_.endswith("ing")
