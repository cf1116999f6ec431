"""A treaty's entry into force for one State told as a period, by one rule: the period counts from the event told right
after it, else, told bare, from the State's deposit.

- With its event: 'It will come into force 60 days after being received by the U.N. secretary general' (Kyiv
  Independent, 21 August 2024, of Ukraine's ratification of the Rome Statute), 'entered into force 60 days after the
  completion of domestic procedures' (Arminfo, 2 December 2024), 'will enter into force for China 90 days after the
  deposit' (xinhua-2020-07-07): an ``entry_into_force`` claim valued by the period and its event ('P60D from the
  completion of domestic procedures'), read for a treaty whose rule file holds the clause on its entry into force for
  a State that consents after its own (``state_entry_into_force``; Rome Statute Art. 126(2): 'on the first day of the
  month after the 60th day following the deposit by such State of its instrument'), judged by
  app/services/checks/state_in_force.py: a count from a domestic act is wrong, one from the deposit without the
  month's first day partly right.
- Bare: 'After 30 days, the Convention will enter into force for Myanmar' (the OPCW, 9 July 2015), 'THE TREATY WILL
  BECOME EFFECTIVE FOR CHINA AFTER 90 DAYS' (Anadolu, 7 July 2020), 'Somalia had earlier deposited its instrument ...,
  on 29 May, and 30 days later the Convention entered into force for the country' (batch 50): the value of the State's
  entry into force the verb reader reads ('P30D from the deposit'): a State that consents after the treaty is in force
  becomes bound when the period its final clause sets has run from its deposit (VCLT Art. 24(3); ATT Art. 22(2):
  ninety days; CWC Art. XXI(2): the 30th day), judged by app/services/checks/in_force.py.

Not a period counted from a number of consents ('will enter into force 90 days after the 50th ratification': the
treaty's own entry into force, a threshold, no State's), nor from the treaty's making ('came into force seven years
after it was agreed'), nor an exit's ('the withdrawal will enter into force six months after ...':
app/reading/periods.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from app.reading.periods import about_exit, period_of
from schemas.checks import Claim

Durations = list[tuple[int, int, int]]  # the duration matcher's (match id, start, end) in the doc

_ENTER = {"enter", "enters", "entered", "entering", "come", "comes", "came", "coming"}
_FROM = {"after", "following", "from"}
_UNITS = {"day", "days", "month", "months"}
_RECEIVED = {"received", "receipt"}
_MAKING = {"agreed", "adopted", "negotiated", "concluded", "drafted"}  # "came into force seven years after it was
# agreed" (BBC, 16 February 2005): the treaty's own chronology
_THRESHOLD = {"ratifications", "instruments", "states", "countries", "parties", "signatories"}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_ORDINALS = {"tenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "fifty-fifth", "last"}


@dataclass(frozen=True)
class Told:
    """A period told with a State's entry into force: 'P60D', and the event it runs from as written (None: told bare,
    from the deposit)."""

    period: str
    event: list[Token] | None
    start: int  # where the period is written in the doc


def told_period(verb: Span, clause: Span, durations: Durations) -> Told | None:
    """The period the entry into force ``verb`` is told with: right after it ('into force [for Ukraine] 60 days after
    X'), closing the clause after 'after' ('for China after 90 days') or opening the clause ('After 30 days, the
    Convention will ...', 'and 30 days later the Convention entered ...'); None without one, or one from a threshold
    or the treaty's making."""
    doc = verb.doc
    spans = [doc[s:e] for _, s, e in durations if clause.start <= s and e < clause.end]
    after_verb = next((span for span in spans if verb.end <= span.start <= verb.end + 4), None)
    if after_verb is not None and doc[after_verb.end].lower_ in _FROM:
        return _with_event(after_verb, clause)
    return _bare_after(verb, clause) or _fronted(verb, clause)


def _with_event(span: Span, clause: Span) -> Told | None:
    doc = span.doc
    period = period_of(span)
    event = list(doc[span.end + 1 : min(clause.end, span.end + 14)])
    event = event[: next((i for i, t in enumerate(event) if t.is_punct), len(event))]  # ", Zhao told a briefing"
    if period is None or not event or _a_threshold(event) or any(t.lower_ in _MAKING for t in event):
        return None
    return Told(period, event, span.start)


def _bare_after(verb: Span, clause: Span) -> Told | None:
    """'will become effective for China after 90 days', 'will enter into force for it after 30 days': 'after' and a
    period closing the clause (the deposit told before it)."""
    words = verb.doc[verb.end : clause.end]
    lowered = [t.lower_ for t in words]
    for i in range(len(words) - 2):
        if lowered[i] == "after" and words[i + 1].like_num and lowered[i + 2] in _UNITS:
            rest = [t for t in words[i + 3 :] if not t.is_punct]
            period = period_of(words[i + 1 : i + 3]) if not rest else None
            return Told(period, None, words[i + 1].i) if period else None
    return None


def _fronted(verb: Span, clause: Span) -> Told | None:
    """'After 30 days, the Convention will enter into force', 'and 30 days later the Convention entered into force':
    the period opens the clause (over 'and'), before the treaty its subject."""
    words = verb.doc[clause.start : verb.start]
    lowered = [t.lower_ for t in words]
    start = 1 if lowered[:1] == ["and"] else 0
    head = lowered[start : start + 4]
    number = None
    if len(head) >= 3 and head[0] == "after" and words[start + 1].like_num and head[2] in _UNITS:
        number = start + 1
    elif len(head) >= 3 and words[start].like_num and head[1] in _UNITS and head[2] == "later":
        number = start
    period = period_of(words[number : number + 2]) if number is not None else None
    return Told(period, None, words[number].i) if period and number is not None else None


def period_from_deposit(verb: Span, clause: Span, durations: Durations) -> str | None:
    """'P30D from the deposit': the value of a State's entry into force told with a bare period; None when the clause
    tells none, or tells the event the period runs from (in_force_periods reads that one)."""
    told = told_period(verb, clause, durations)
    return f"{told.period} from the deposit" if told and told.event is None else None


def in_force_periods(clause: Span, durations: Durations, treaty: str | None, actors: list[Span]) -> Iterator[Claim]:
    """The claim of a clause that tells when ``treaty`` enters into force for a State ('for China', one of the
    ``actors``, where named) as a period after an event; nothing for a clause about an exit or with no treaty."""
    if treaty is None or about_exit(clause):
        return
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _ENTER or token.i + 2 >= clause.end:
            continue
        if [t.lower_ for t in doc[token.i + 1 : token.i + 3]] != ["into", "force"]:
            continue
        told = told_period(doc[token.i : token.i + 3], clause, durations)
        if told is None or told.event is None:
            continue
        named = [a for a in actors if a.start < told.start and a.start > 0 and doc[a.start - 1].lower_ == "for"]
        state = str(named[-1].ent_id_) if named else None  # "for China", "For China, the treaty will ..."
        value = f"{told.period} from {_event_words(told.event)}"
        yield Claim(kind="entry_into_force", treaty=treaty, state=state, value=value)
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
