"""Claims about a withdrawal rule that fixes days of the year ("effective on June 30 following notification to
the commission by Jan. 1"): the day of effect, the day notice is due by, and to whom it goes. The ICRW's Art. XI
is such a rule (notice on or before 1 January takes effect on 30 June); the checks service judges the claim
against the treaty's clause (``_annual_rule``), or says it cannot when the treaty counts a period instead.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Span

from app.reading.when import MONTHS
from schemas.checks import Claim

_DUE = {"by", "before"}


def annual_rule(dates: list[Span], clause: Span, treaty: str) -> Claim | None:
    """'effective on June 30 following notification to the commission by Jan. 1' -> 'notice to the commission by
    1 January, effect 30 June'; None unless the clause names a day of effect and a day notice is due by, both
    without a year (a rule for every year, not one exit's dates)."""
    doc = clause.doc
    days = [(span, day) for span in dates if (day := _day_month(span)) is not None]
    due = next(((s, d) for s, d in days if s[0].lower_ in _DUE or doc[s.start - 1].lower_ in _DUE), None)
    effect = next(
        (
            (s, d)
            for s, d in days
            if (due is None or s.start != due[0].start)
            and any(t.lower_.startswith("effect") for t in doc[max(clause.start, s.start - 4) : s.start])
        ),
        None,
    )
    notice = [t for t in clause if t.lower_.startswith(("notif", "notice"))]
    if due is None or effect is None or not notice or not notice[0].i < due[0].start:
        return None
    words = [t.text for t in doc[notice[0].i + 1 : due[0].start] if not t.is_punct]
    recipient = " ".join(words[words.index("to") :]) if "to" in words else ""
    value = f"notice {recipient} by {due[1]}, effect {effect[1]}".replace("  ", " ")
    return Claim(kind="rule", treaty=treaty, value=value)


def _day_month(span: Span) -> str | None:
    """'June 30', 'by Jan. 1', '1 January' -> '30 June', '1 January'; None with a year or without a day."""
    words = [t.text for t in span if t.lower_ not in _DUE]
    months = [MONTHS[w] for w in words if w in MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) != 1 or not 1 <= numbers[0] <= 31:
        return None
    return f"{numbers[0]} {calendar.month_name[months[0]]}"
