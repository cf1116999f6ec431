"""A withdrawal its state declares effective at once: "The United States will consider its withdrawal from the
Agreement ... to be effective immediately upon this provision of notification" (an executive order, quoted). The
state's own view is a claim about the effective date, which the checks weigh against the treaty's clause (most
count a period from the depositary's receipt, so nothing takes effect at once).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from app.reading.cued import cued
from app.reading.spans import text_of
from schemas.checks import Claim

_DEEMED = cued(
    r"\b(?:consider|considers|considered|deem|deems|deemed|regard|regards|regarded)\s+(?:its|their|the)\s+"
    r"withdrawal\b[^.;]{0,160}?\b(?:to\s+be\s+|as\s+)?effective\s+(?:immediately|at\s+once)\b",
    re.IGNORECASE,
)


def deemed_immediate(clause: Span, actors: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """An effective date 'immediately' for the state that deems its withdrawal effective at once."""
    match = _DEEMED.search(text_of(clause))
    if match is None:
        return []
    before = [a for a in actors if a.end_char - clause.start_char <= match.start()]
    if not before:
        return []
    return [
        Claim(kind="effective_date", treaty=treaty, state=str(before[-1].ent_id_), value="immediately",
              as_of=published, tense="future")
    ]  # fmt: skip
