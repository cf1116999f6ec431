"""Caveats: where a verdict rests on a world fact its row doubts (world/ ``doubts``: inferred, not read, computed,
sources disagree), or on a treaty-level fact its rule file doubts (a treaty's ``doubts``: an entry into force read in
an encyclopedia copy), the answer says so, in a sentence a journalist can paste and briefly in the explanation.

A verdict rests on a doubted fact when the answer states it: the doubted day (or count) is the answer's correct
value, or the explanation, the evidence or the trace names it. The verdict itself is kept (README 'Judging': a
claim that gives the inferred day agrees with what the records hold; the caveat says how firm that is).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.dates.text import as_read
from app.services.checks.outcome import Outcome
from app.services.lookup import NotFound, find_state
from app.services.notices import long_date
from app.services.party_counts import OUT_OF_DATE
from app.world.model import World
from schemas.checks import Claim
from schemas.rules import Treaty
from schemas.world import DatedCount, Doubt, Doubted

_FIELD_LABELS = {
    "notified": "the day the depositary received {states} notice of {act} ({treaty})",
    "effective": "the day {states} {act} ({treaty}) took effect",
    "signed": "{states} signature of the {treaty}",
    "consent_date": "the deposit of {states} instrument of {consent} of the {treaty}",
    "in_force": "the entry into force of the {treaty} for {state}",
    "date": "the day of {states} {act} ({treaty})",
    "count": "the count of {count} ({treaty})",
    "from": "the first day the count of {count} held ({treaty})",
    "entry_into_force": "the entry into force of the {treaty}",
    "adopted": "the adoption of the {treaty}",
}

_ACTS = {"no_intention": "notice that it does not intend to become a party", "": "act"}


@dataclass(frozen=True)
class DoubtedFact:
    """A value a world row holds and doubts, with the words that name it."""

    label: str
    value: dt.date | int
    doubt: Doubt
    precision: str = "day"

    @property
    def said(self) -> str:
        """The value as the explanations write it: '28 December 2022', 'March 2021' (a month-precise day), '32'."""
        if not isinstance(self.value, dt.date):
            return str(self.value)
        return as_read(self.value, self.precision, long_date)

    @property
    def aside(self) -> str:
        """The explanation's brief parenthesis: '(inferred from the effective date ...)'."""
        return {
            "inferred": f"inferred {self.doubt.why}",
            "computed": f"computed {self.doubt.why}",
            "not_read": f"not read as given: {self.doubt.why}",
            "sources_disagree": f"sources disagree: {self.doubt.why}",
        }[self.doubt.kind]

    @property
    def caveat(self) -> str:
        """One sentence naming the fact and why it is uncertain."""
        fact = self.label if isinstance(self.value, int) else f"{self.label} ({self.said})"
        if self.doubt.kind == "sources_disagree":
            return f"Sources disagree on {fact}: {self.doubt.why}."
        return f"{fact[0].upper()}{fact[1:]} is {self.aside}."


def _label(field: str, row: Doubted, treaty: Treaty, state: str | None) -> str:
    template = _FIELD_LABELS.get(field, "the " + field.replace("_", " ") + " recorded for {state} ({treaty})")
    name = find_state(state).name if state else ""
    return template.format(
        state=name,
        states=f"{name}'" if name.endswith("s") else f"{name}'s",
        treaty=treaty.short_name,
        act=_ACTS.get(str(getattr(row, "act", "")), str(getattr(row, "act", "")).replace("_", " ")),
        consent=str(getattr(row, "consent", None) or "consent"),
        count=getattr(row, "count", ""),
    )


def _facts(row: Doubted, treaty: Treaty, state: str | None) -> Iterator[DoubtedFact]:
    for doubt in row.doubts:
        name = row._field_name(doubt.field)
        value = getattr(row, name) if name else None
        if isinstance(value, dt.date | int) and not isinstance(value, bool):
            precision = str(getattr(row, f"{name}_precision", "day"))
            yield DoubtedFact(_label(doubt.field, row, treaty, state), value, doubt, precision)


def _rows(
    world: World, claim: Claim, treaty: Treaty, state: str | None, as_of: dt.date
) -> Iterator[tuple[Doubted, str | None]]:
    """The doubting rows a claim's answer may rest on: the state's records and consents (and acts as an
    outsider); for a count, the treaty's counted periods near ``as_of`` (within :data:`OUT_OF_DATE` before it, a count
    out of date, to the day after, a count right from tomorrow: README 'A count out of date'), not another period's
    equal count (the Council of Europe's 46 of 2025 rests on no doubt of the 46 taking part in March 2022)."""
    if state:
        yield from ((record, state) for _, record in world.records_for(treaty.id, state))
        listing = world.parties.get(treaty.id)
        for entry in listing.parties if listing else []:
            if entry.state == state:
                yield from ((membership, state) for membership in entry.memberships)
        outsiders = listing.outsiders if listing else None
        for outsider in outsiders.states if outsiders else []:
            if outsider.state == state:
                yield from ((act, state) for act in outsider.acts)
    if claim.kind == "parties_count" and (counts := world.counts.get(treaty.id)):
        periods: list[DatedCount] = [*counts.parties, *counts.signatories, *counts.active, *counts.states]
        first, last = as_of - OUT_OF_DATE, as_of + dt.timedelta(days=1)
        near = [p for p in periods if p.from_ <= last and (p.until is None or p.until >= first)]
        yield from ((period, None) for period in near)


def _treaty_facts(treaty: Treaty) -> Iterator[DoubtedFact]:
    """The treaty-level facts its rule file doubts (``Treaty.doubts``), worded as world rows' doubts are."""
    for doubt in treaty.doubts:
        value = getattr(treaty, doubt.fact)
        if isinstance(value, dt.date):
            said = Doubt(field=doubt.fact, kind=doubt.kind, why=doubt.why)
            yield DoubtedFact(_FIELD_LABELS[doubt.fact].format(treaty=treaty.short_name), value, said)


def _rests_on(fact: DoubtedFact, outcome: Outcome) -> bool:
    if isinstance(fact.value, int):
        return bool(outcome.correct_value and str(fact.value) in outcome.correct_value.split())
    evidence = [e.description for e in outcome.evidence]
    said = [outcome.correct_value or "", outcome.explanation, *outcome.trace, *evidence]
    return any(fact.value.isoformat() in text or fact.said in text for text in said)


def doubted_facts(world: World, claim: Claim, treaty: Treaty, outcome: Outcome, as_of: dt.date) -> list[DoubtedFact]:
    """The doubted facts the outcome states, each once."""
    try:
        state = find_state(claim.state).iso3 if claim.state else None
    except NotFound:
        return []
    found: list[DoubtedFact] = []
    for row, owner in _rows(world, claim, treaty, state, as_of):
        found += [f for f in _facts(row, treaty, owner) if _rests_on(f, outcome) and f not in found]
    return found + [f for f in _treaty_facts(treaty) if _rests_on(f, outcome)]


def with_caveats(outcome: Outcome, facts: list[DoubtedFact]) -> tuple[Outcome, list[str]]:
    """The outcome with each doubted fact's aside after the first place its explanation names it (else the caveat
    appended), and the caveats to paste."""
    explanation = outcome.explanation
    for fact in facts:
        named = re.search(rf"(?<![\w-]){re.escape(fact.said)}(?![\w-])", explanation)
        if named:
            end = named.end()
            explanation = f"{explanation[:end]} ({fact.aside}){explanation[end:]}"
        else:
            explanation = f"{explanation.rstrip()} {fact.caveat}"
    return outcome._replace(explanation=explanation), [fact.caveat for fact in facts]
