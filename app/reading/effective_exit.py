"""An exit told done with its effect's day beside it: 'Latvia has officially withdrawn from the Convention on the
Prohibition of Anti-Personnel Mines, ..., effective from December 27' (Report.az, 28 December 2025), 'Burkina Faso,
Mali, and Niger have officially withdrawn from ... (ECOWAS), effective from today January 29, 2024' (West Africa
Weekly, March 2025). The exit is dated by that day when it is not after the report (an exit still to come is told
by its effect alone), as the corpus labels both: the exit on that day and the effect on that day.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from schemas.checks import Claim

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def dated_by_effect(claims: list[Claim], clause: Span, published: dt.date) -> list[Claim]:
    """The clause's undated exits ('true') given the day of the effect read beside them for the same state."""
    if not any(t.lower_ == "effective" for t in clause) or not any(c.kind == "withdrew" for c in claims):
        return claims
    days = {
        (c.treaty, c.state): c.value
        for c in claims
        if c.kind == "effective_date" and _DAY.match(c.value) and c.value <= published.isoformat()
    }
    return [
        c.model_copy(update={"value": days[(c.treaty, c.state)]})
        if c.kind == "withdrew" and c.value == "true" and (c.treaty, c.state) in days
        else c
        for c in claims
    ]
