"""An exit told by the time since it: "MORE than two decades after pulling out from Unesco, Singapore is re-joining
the organisation" says Singapore left Unesco more than twenty years before the report (an exit done, dated by the
span it opens), the state being the subject after the adjunct's comma.
"""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.spans import text_of
from schemas.checks import Claim

_AFTER_LEAVING = re.compile(
    r"^(?P<bound>more than |over |nearly |almost |about |some )?(?P<n>\d{1,3}|[a-z]+) (?P<unit>years?|decades?) after "
    r"(?:leaving|quitting|exiting|withdrawing from|pulling out (?:of|from))\b",
    re.IGNORECASE,
)


def exit_years_before(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """The exit an opening 'N years / decades after leaving X, STATE ...' presupposes: from the report's day back N
    years, 'more than N' an open span before that day, a round 'N' that year, 'nearly' / 'about' N no claim."""
    doc = clause.doc
    sentence = doc[clause.start].sent
    if clause.start != sentence.start:
        return []
    match = _AFTER_LEAVING.match(text_of(clause))
    n = number_from_words(match.group("n").lower()) if match else None
    if match is None or not n:
        return []
    years = n * (10 if match.group("unit").lower().startswith("decade") else 1)
    gerund_end = clause.start_char + match.end()  # the gerund's object, named right after it, then its comma
    treaties = [e for e in clause.ents if e.label_ == "TREATY" and 0 <= e.start_char - gerund_end <= 5][:1]
    comma = next((t.i for t in doc[treaties[0].end : clause.end] if t.text == ","), None) if treaties else None
    states = [e for e in actors if comma is not None and comma < e.start <= comma + 2 and e.label_ == "STATE"]
    if not treaties or not states:
        return []
    bound = (match.group("bound") or "").strip().lower()
    back = context.published - relativedelta(years=years)
    if bound in ("more than", "over"):
        value = f"0001-01-01/{back.isoformat()}"
    elif not bound:
        value = str(back.year)
    else:
        return []  # "nearly two decades after leaving": no bound to judge
    return [
        Claim(kind="withdrew", treaty=str(treaties[0].ent_id_), state=str(states[0].ent_id_), value=value,
              as_of=context.published, tense="past")
    ]  # fmt: skip
