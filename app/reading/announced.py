"""Announcements that are the notice itself: "I announced that the United States was withdrawing from the ABM
Treaty" (President Bush, 13 December 2001: the note was delivered the day he announced it).

A government announcing that it *is* withdrawing (the progressive: the act under way) declares the withdrawal, and
such a declaration is a notification when it reaches the depositary (Vienna Convention on the Law of Treaties
Art. 65 and 67(1): the notification of withdrawal is made in writing). The corpus labels these as notifications
dated the day of the announcement (tests/data/articles/README.md). An announcement of a plan ("announced that it
would withdraw", "announced its intention to withdraw") is no notice, and neither is an announced or declared
withdrawal ("announced their immediate withdrawal from the ICC", "declared their withdrawal"): that reports what a
government said, not that a notice reached the depositary (the Sahel states' Rome Statute announcement of 22
September 2025 was never notified, world/records/rome-statute.yaml); neither is read here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.vocabulary import GENERIC_TREATY
from app.reading.when import claim_value, resolve
from app.reading.words import determined, with_year
from schemas.checks import Claim

_COPULAS = {"is", "was", "are", "were"}
_GOING = {"withdrawing", "leaving", "quitting", "exiting", "pulling"}
_DATE_GLUE = {"on", ",", "formally", "officially"}


@dataclass(frozen=True)
class Announcement:
    """One announcement read as a notice: the states it names (empty: the article's), where its treaty may be
    named (the words after it) and the day it was made."""

    states: list[Span]
    rest: Span
    date: Span


def announcements(clause: Span, actors: list[Span], dates: list[Span], verbs: list[Span]) -> list[Announcement]:
    out = []
    for token in clause:
        if token.lower_ != "announced":
            continue
        found = _read(token, clause, actors, dates, verbs)
        if found is not None:
            out.append(found)
    return out


def _read(said: Token, clause: Span, actors: list[Span], dates: list[Span], verbs: list[Span]) -> Announcement | None:
    doc = clause.doc
    i = said.i + 1
    date = next((d for d in dates if d.start >= i and all(t.lower_ in _DATE_GLUE for t in doc[i : d.start])), None)
    if date is not None and date.start - i <= 2:  # "announced December 13 that", "announced on Friday that"
        i = date.end
    else:
        date = _date_before(said, clause, dates, verbs)
    if date is None:
        return None
    if i < clause.end and doc[i].lower_ == "that":
        i += 1
    states = [e for e in actors if e.start >= i and e.end <= i + 6]
    if states:  # "that the United States was withdrawing"
        after = states[-1].end
        words = [t.lower_ for t in doc[after : min(after + 2, clause.end)]]
        if len(words) < 2 or words[0] not in _COPULAS or words[1] not in _GOING:
            return None
        return Announcement(states, doc[after + 2 : min(after + 12, clause.end)], date)
    return None


def _date_before(said: Token, clause: Span, dates: list[Span], verbs: list[Span]) -> Span | None:
    """'Six months ago, I announced', 'in January, the military regimes in Mali, ... announced': the last date
    before the verb in its clause, no other verb between."""
    before = [d for d in dates if clause.start <= d.start and d.end <= said.i]
    if not before:
        return None
    date = before[-1]
    if any(date.end <= v.start < said.i for v in verbs):
        return None
    return date


def announcement_claims(item: Announcement, context: Context) -> list[Claim]:
    """'I announced that the United States was withdrawing from the ABM Treaty' (app/reading/announced.py)."""
    named = [e for e in item.rest.ents if e.label_ == "TREATY"]
    generic = [t for t in item.rest if t.lower_ in GENERIC_TREATY and determined(t)]
    treaty = str(named[0].ent_id_) if named else context.refer(generic[0].lower_) if generic else None
    states = list(dict.fromkeys(str(e.ent_id_) for e in item.states)) or ([context.state] if context.state else [])
    when = resolve(with_year(item.date), context.published, "past")
    if treaty is None or when is None or when.start > context.published:
        return []
    return [
        Claim(kind="notification_date", treaty=treaty, state=s, value=claim_value(when), as_of=context.published,
              tense="past")
        for s in states
    ]  # fmt: skip
