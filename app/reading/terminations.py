"""A treaty ended by one party: 'On Aug. 2, 2019, at the initiative of the U.S. side, the operation of the treaty ...
was terminated', 'the operation of the INF Treaty had been terminated at the initiative of the United States as of
August 2'. A treaty terminated at a party's initiative ends with that party's withdrawal (a bilateral treaty such as
the INF Treaty, Art. XV(2)), so the day it ended is the day that party's exit took effect. Only with the party named
after 'at the initiative of' and a day told (not the treaty's signing day); a denied or hedged ending claims nothing.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.vocabulary import GENERIC_TREATY
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_ENDED = {"terminated", "ended", "terminates", "ends"}
_HEDGED = {"not", "never", "will", "would", "could", "may", "might", "should", "if", "unless"}


def termination_claims(
    clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, published: dt.date
) -> list[Claim]:
    """The effective date of the exit of the party at whose initiative the treaty was terminated on a day."""
    doc = clause.doc
    ended = [t for t in clause if t.lower_ in _ENDED]
    initiative = [
        t.i for t in clause if t.lower_ == "initiative" and t.i + 1 < clause.end and doc[t.i + 1].lower_ == "of"
    ]
    if not ended or not initiative or treaty is None:
        return []
    if any(t.lower_ in _HEDGED for e in ended for t in doc[max(clause.start, e.i - 3) : e.i]):
        return []
    subject = doc[clause.start : ended[0].i]
    if not any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in subject):
        return []  # "the talks ended at the initiative of Russia": not the treaty
    party = [e for e in actors if initiative[0] + 2 <= e.start <= initiative[0] + 4]
    told = [d for d in dates if not any(t.lower_ == "signed" for t in doc[max(clause.start, d.start - 5) : d.start])]
    if not party or not told:
        return []
    when = resolve(with_year(told[0]), published, "past")
    if when is None or (value := claim_value(when)) is None or when.start > published:
        return []
    return [
        Claim(kind="effective_date", treaty=treaty, state=str(party[0].ent_id_), value=value, tense="past",
              as_of=published)
    ]  # fmt: skip
