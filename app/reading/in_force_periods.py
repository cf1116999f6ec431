"""A State's entry into force told as a period after an event: 'It will come into force 60 days after being received
by the U.N. secretary general' (Kyiv Independent, 21 August 2024, of Ukraine's ratification of the Rome Statute),
'entered into force 60 days after the completion of domestic procedures' (Arminfo, 2 December 2024, of Armenia's).

Labelled as the corpus labels 'will enter into force for China 90 days after the deposit' (xinhua-2020-07-07): an
``entry_into_force`` claim valued by the period and the event it runs from, judged against the treaty's clause on its
entry into force for a State that consents after its own (the rule file's ``state_entry_into_force``; Rome Statute
Art. 126(2): 'on the first day of the month after the 60th day following the deposit by such State of its
instrument'): a count from a domestic act is wrong, one from the deposit without the month's first day partly right
(app/services/checks/state_in_force.py). Read only for a treaty whose rule file holds that clause.

Not read here: a treaty's own entry into force after a number of consents ('will enter into force 90 days after the
50th ratification': a threshold, no State's), and an exit's ('the withdrawal will enter into force six months after
...': app/reading/periods.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from app.reading.periods import about_exit, period_of
from schemas.checks import Claim

_ENTER = {"enter", "enters", "entered", "entering", "come", "comes", "came", "coming"}
_FROM = {"after", "following", "from"}
_RECEIVED = {"received", "receipt"}
_MAKING = {"agreed", "adopted", "negotiated", "concluded", "drafted"}  # "came into force seven years after it was
# agreed" (BBC, 16 February 2005): the treaty's own chronology
_THRESHOLD = {"ratifications", "instruments", "states", "countries", "parties", "signatories"}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_ORDINALS = {"tenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "fifty-fifth", "last"}


def in_force_periods(
    clause: Span, durations: list[tuple[int, int, int]], treaty: str | None, actors: list[Span]
) -> Iterator[Claim]:
    """The claims of a clause that tells when ``treaty`` enters into force for a State ('for China', one of the
    ``actors``, where named) as a period after an event; nothing for a clause about an exit or with no treaty."""
    if treaty is None or about_exit(clause):
        return
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _ENTER or token.i + 2 >= clause.end:
            continue
        if [t.lower_ for t in doc[token.i + 1 : token.i + 3]] != ["into", "force"]:
            continue
        after_force = token.i + 3
        span = next(
            (doc[s:e] for _, s, e in durations if after_force <= s <= after_force + 4 and e < clause.end), None
        )  # "into force [for Ukraine] 60 days"
        if span is None or doc[span.end].lower_ not in _FROM:
            continue
        period = period_of(span)
        event = list(doc[span.end + 1 : min(clause.end, span.end + 14)])
        event = event[: next((i for i, t in enumerate(event) if t.is_punct), len(event))]  # ", Zhao told a briefing"
        if period is None or not event or _a_threshold(event) or any(t.lower_ in _MAKING for t in event):
            continue
        named = [a for a in actors if a.start < span.start and a.start > 0 and doc[a.start - 1].lower_ == "for"]
        state = str(named[-1].ent_id_) if named else None  # "for China", "For China, the treaty will ..."
        yield Claim(kind="entry_into_force", treaty=treaty, state=state, value=f"{period} from {_event_words(event)}")
        return


def _a_threshold(event: list[Token]) -> bool:
    """'after the 50th ratification', 'after 15 instruments have been deposited', 'after the fiftieth State has
    ratified': the treaty's own entry into force, counted from a number of consents."""
    for at, t in enumerate(event):
        if t.lower_ in _THRESHOLD or t.lower_ in _ORDINALS:
            return True
        if t.text[:1].isdigit() and t.lower_.endswith(_ORDINAL_SUFFIXES):
            return True  # "the 50th"
        if t.like_num and at + 1 < len(event) and event[at + 1].lower_ in _THRESHOLD | {"state", "country"}:
            return True
    return False


def _event_words(event: list[Token]) -> str:
    """The event as the judge reads it: an instrument 'received by the U.N. secretary general' is its deposit (the
    depositary's receipt of the instrument is the deposit, VCLT Art. 16(b))."""
    words = " ".join(t.text for t in event)
    if any(t.lower_ in _RECEIVED for t in event) and not any(t.lower_.startswith("deposit") for t in event):
        return f"the deposit of the instrument ({words})"
    return words
