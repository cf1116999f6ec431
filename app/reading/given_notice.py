"""A notice named before the clause that says it was given: "requires a year's notice, which Trump already gave"
(the relative clause's subject gave the notice the sentence names first). Undated, it was given by the day of the
report at the latest, as an undated perfect notice is ("has given notice").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from schemas.checks import Claim

_NOTICE = {"notice", "notification"}
_GIVEN = {"gave", "given", "sent", "submitted", "delivered", "filed", "lodged", "served"}
_BETWEEN = {"already", "has", "had", "have", "formally", "officially", "duly", "just"}


def notice_given(clause: Span, actors: list[Span]) -> list[str]:
    """The states that gave the notice named before them ('notice, which X already gave'), as ids."""
    words = list(clause)
    for i, word in enumerate(words[:-3]):
        if word.lower_ not in _NOTICE or words[i + 1].text != "," or words[i + 2].lower_ not in ("which", "that"):
            continue
        start = words[i + 3].i + (1 if words[i + 3].lower_ == "the" else 0)  # "which the United States gave"
        subject = [a for a in actors if a.start == start]
        if not subject:
            continue
        j = subject[0].end - clause.start
        while j < len(words) and words[j].lower_ in _BETWEEN:
            j += 1
        if j < len(words) and words[j].lower_ in _GIVEN:
            return [str(subject[0].ent_id_)]
    return []


def given_notice_claims(clause: Span, actors: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """A notification by the day of the report for each state that gave the notice the clause names before it."""
    by_then = f"0001-01-01/{published.isoformat()}"
    return [
        Claim(kind="notification_date", treaty=treaty, state=one, value=by_then, as_of=published, tense="past")
        for one in notice_given(clause, actors)
    ]
