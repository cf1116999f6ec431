"""An exit's effect told with the notice's time set off before it: "On Friday, October 27, Burundi's withdrawal from
the Rome Statute, filed one year earlier, became effective". The effect takes the sentence's date (before the exit
noun, or after the effect verb); the notice was given that long before it (its date counted back), and the period
ran from the notice, a rule claim ('P1Y after the notification': Rome Statute Art. 127(1) counts from receipt). The
claims the clause's triggers gave the same state's notice and effect (the participle read as a notice on the
sentence's date, the effect left undated) are replaced.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind

_SET_OFF = cued(
    r"\b(?P<noun>withdrawal|exit|denunciation|departure|pull-?out)\b[^,]{0,120},\s+(?:which\s+was\s+|that\s+was\s+)?"
    r"(?:formally\s+|officially\s+)?(?:filed|submitted|notified|lodged|deposited|given|tendered|presented|sent)\s+"
    r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>months?|years?)\s+"
    r"(?:earlier|before),\s+(?P<verb>became\s+effective|took\s+effect|came\s+into\s+effect|went\s+into\s+effect|"
    r"entered\s+into\s+force)\b",
    re.IGNORECASE,
)


def earlier_notices(clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, published: dt.date,
                    claims: list[Claim]) -> list[Claim]:  # fmt: skip
    """``claims`` with the effect, the notice and the rule of 'X's withdrawal, filed N years earlier, became
    effective' in place of the same state's notice and effect read from the clause's verbs."""
    text = text_of(clause)
    match = _SET_OFF.search(text)
    if match is None or treaty is None:
        return claims
    noun = clause.char_span(match.start("noun"), match.end("noun"), alignment_mode="expand")
    verb = clause.char_span(match.start("verb"), match.end("verb"), alignment_mode="expand")
    owners = [e for e in actors if noun is not None and e.end <= noun.start and noun.start - e.end <= 2]
    owners = owners or [e for e in actors if noun is not None and 0 <= e.start - noun.end <= 2]  # "of X"
    word = match.group("n").lower()
    amount = 1 if word in ("a", "an") else number_from_words(word)
    if noun is None or verb is None or not owners or not amount:
        return claims
    unit = "years" if match.group("unit").lower().startswith("year") else "months"
    period = f"P{amount}{'Y' if unit == 'years' else 'M'} after the notification"
    states = [str(owners[-1].ent_id_)]
    rule = Claim(kind="rule", treaty=treaty, value=period, as_of=published)
    effect = _effect_date(dates, noun, verb, published)
    kept = [c for c in claims if not (c.kind in ("notification_date", "effective_date") and c.state in states)]
    if effect is None:
        return [*kept, rule]
    back = relativedelta(years=amount) if unit == "years" else relativedelta(months=amount)
    notice = PartialDate.of(effect.start - back, effect.precision, match.group(0))
    dated: list[tuple[ClaimKind, str | None]] = [
        ("effective_date", claim_value(effect)),
        ("notification_date", claim_value(notice)),
    ]
    told = [
        Claim(kind=kind, treaty=treaty, state=state, value=value, as_of=published, tense="past")
        for kind, value in dated
        if value is not None
        for state in states
    ]
    return [*kept, *told, rule]


def _effect_date(dates: list[Span], noun: Span, verb: Span, published: dt.date) -> PartialDate | None:
    """The sentence's date of the effect: fronted before the exit noun ('On Friday, October 27, ...'), else the
    first right after the effect verb ('... became effective on October 27')."""
    fronted = [d for d in dates if d.end <= noun.start and noun.start - d.end <= 4]
    after = [d for d in dates if d.start >= verb.end and d.start - verb.end <= 2]
    chosen = fronted[-1] if fronted else after[0] if after else None
    return None if chosen is None else resolve(with_year(chosen), published, "past")
