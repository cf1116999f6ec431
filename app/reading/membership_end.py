"""An exit told as a membership ending: "The Philippines' membership in the ICC comes to an end" (a headline's
present: the exit is reported as happening), "Burundi's membership of the Court came to an end", "its participation
in the treaty has ended", "confirmed the termination of U.S. membership in the WHO" (a past act ending it). The
state is the possessive (or the name) before 'membership'; the treaty is the one the clause names.
Only undated sentences are read here (a dated one is left to the reader's dated readings); an exit done, or reported
in a headline's present, is a ``withdrew`` claim true by the day of the report."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.when import claim_value, resolve
from schemas.checks import Claim

_ENDING = cued(
    r"\b(?:membership|participation)\s+(?:in|of)\s+[^,.;:]{1,80}?\s+"
    r"(?P<verb>(?:has\s+|had\s+)?(?:come|came|comes)\s+to\s+an\s+end|(?:has\s+|had\s+)?(?:ended|ends))\b",
    re.IGNORECASE,
)


_TERMINATED = cued(
    r"\b(?:confirmed|announced|completed|formalized|formalised|finalized|finalised|marked)\s+(?:the\s+)?"
    r"(?:formal\s+|official\s+)?(?:termination|end)\s+of\s+(?P<owner>[^,;:]{1,30}?)\s+"
    r"(?:membership|participation)\s+(?:in|of)\b",
    re.IGNORECASE,
)


def membership_end_claims(
    clause: Span, states: list[Span], treaty: str, published: dt.date, headline: bool, dated: bool
) -> list[Claim]:
    """One ``withdrew`` claim per possessive state before 'membership', when the ending is told as done (past or
    perfect) or in a headline's present; nothing when the clause carries a date or the ending is still to come."""
    terminated = _TERMINATED.search(text_of(clause))
    if terminated is not None:  # "confirmed the termination of U.S. membership in the WHO": an exit done
        start, end = (clause.start_char + terminated.start("owner"), clause.start_char + terminated.end("owner"))
        ids = list(dict.fromkeys(str(s.ent_id_) for s in states if start <= s.start_char and s.end_char <= end))
        return [Claim(kind="withdrew", treaty=treaty, state=one, value="true", tense="past", as_of=published)
                for one in ids]  # fmt: skip
    found = _ENDING.search(text_of(clause))
    if found is None or dated:
        return []
    verb = found.group("verb").lower()
    present = verb in ("comes to an end", "ends")
    if present and not headline:
        return []
    cue = clause.start_char + found.start()
    owners = [s for s in states if s.end_char <= cue and clause.doc[s.end : s.end + 2].text.startswith(("'", "’"))]
    ids = list(dict.fromkeys(str(s.ent_id_) for s in owners))
    return [
        Claim(kind="withdrew", treaty=treaty, state=one, value="true", tense="present" if present else "past",
              as_of=published)
        for one in ids
    ]  # fmt: skip


def day_of_ending(
    clause: Span, states: list[Span], organisations: dict[str, str], dates: list[Span], published: dt.date
) -> list[Claim]:
    """'after March 15, the day the Russian Federation's membership in the Council of Europe ended': a day named
    in apposition to 'the day' of a membership's end is the day the exit from the treaty or organisation named
    inside the ending took effect (an ``effective_date``)."""
    found = _ENDING.search(text_of(clause))
    if found is None or found.group("verb").lower() in ("comes to an end", "ends"):
        return []
    cue = clause.start_char + found.start()
    doc = clause.doc
    inside = text_of(clause)[found.start() : found.end()]
    named = [str(e.ent_id_) for e in clause.ents if e.label_ == "TREATY" and cue <= e.start_char]
    named += [treaty for name, treaty in organisations.items() if name in inside]
    if not named:
        return []
    treaty = named[0]
    for date in dates:
        after = doc[date.end : min(date.end + 4, clause.end)]
        if not (after.text.startswith(", the day") or after.text.startswith(", the date")) or date.end_char > cue:
            continue
        owners = [s for s in states if date.end < s.start and s.end_char <= cue]
        when = resolve([t.text for t in date if t.lower_ not in ("on", "after", "before", "since")], published, "past")
        if not owners or when is None or (value := claim_value(when)) is None:
            return []
        return [
            Claim(kind="effective_date", treaty=treaty, state=str(one.ent_id_), value=value, tense="past",
                  as_of=published)
            for one in owners[:1]
        ]  # fmt: skip
    return []
