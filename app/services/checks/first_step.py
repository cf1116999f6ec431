"""An exit claimed before anything towards it had happened: the report calls nothing an exit.

A withdrawal takes effect only as its clause counts from the depositary's receipt of a notice (Ottawa Art. 20(3):
six months); a decision or an announcement told as an exit is a step mislabelled, partly right
(tests/data/articles/README.md). Before the first step the sources show (world/records ``first_step``: a
government's announced intention, the defence ministers' joint recommendation of 18 March 2025), there was no step
to mislabel: 'Estonia, Poland and Latvia have withdrawn from the mine-ban treaty' on 20 January 2025 is wrong."""

from __future__ import annotations

import datetime as dt

from app.services.checks.outcome import Outcome
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate
from app.world.model import World
from schemas.checks import Evidence
from schemas.rules import Treaty
from schemas.world import DomesticStepRecord, WorldRecord

LEAVING = ("withdrawal", "denunciation")


def step_words(step: DomesticStepRecord) -> str:
    """'on 18 March 2025 (Ministers of Defence of ...: joint statement ...)', 'in January 2025 (...)'."""
    when = {"month": f"in {step.date:%B %Y}", "year": f"in {step.date.year}"}.get(
        step.date_precision, f"on {_long(step.date)}"
    )
    return f"{when} ({step.actor}: {step.act})"


def step_by(world: World, treaty: Treaty, state: str, received: dt.date, as_of: dt.date) -> str:
    """What had been done by ``as_of`` towards the exit notified on ``received``: ' By then: on 18 March 2025
    (...).' with its latest step (the first step or a domestic one), or '' where none is recorded by then."""
    for _, record in world.records_for(treaty.id, state):
        if record.notified != received:
            continue
        steps = [s for s in (record.first_step, *record.domestic_steps) if s is not None and s.date <= as_of]
        if steps:
            last = max(steps, key=lambda s: s.date)
            unsure = last.date_precision != "day" and last.date.year == as_of.year and (
                last.date_precision == "year" or last.date.month == as_of.month
            )  # fmt: skip
            return f" {'Perhaps by then (the day not read)' if unsure else 'By then'}: {step_words(last)}."
    return ""


def _later_exit(world: World, treaty: Treaty, state: str, as_of: dt.date) -> WorldRecord | None:
    """The state's first exit notified after ``as_of`` whose first recorded step also came after it."""
    for _, record in world.records_for(treaty.id, state):
        if record.act in LEAVING and record.notified > as_of and record.first_step is not None:
            return record if as_of < record.first_step.date else None
    return None


def nothing_begun(
    world: World, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
) -> Outcome | None:
    """'X has withdrawn' (or 'withdrew in D') on a day before the first step towards X's only exit since its
    membership began: X was a party and nothing had been done, so the claim is wrong (None where the files do not
    show the membership running through the claimed time, or no first step is recorded). An exit dated before the
    report ('Hungary left the ICC last year' on 1 June 2025) is judged on its own time: wrong when the first step
    came after it (3 April 2025) and no earlier notice of the state's is recorded."""
    by = claimed.end if claimed is not None and claimed.end < as_of else as_of
    if by < as_of and any(r.act in LEAVING and r.notified <= by for _, r in world.records_for(treaty.id, state)):
        return None  # an earlier notice of the state's: that exit may be the one claimed
    record = _later_exit(world, treaty, state, by)
    if record is None or record.first_step is None:
        return None
    status = world.party_status(treaty.id, state, by)
    if status.bound is not True or status.entry is None:
        return None
    if claimed is not None and world.party_status(treaty.id, state, claimed.start).bound is not True:
        return None  # a claimed time outside this membership (before it, or an earlier one's exit)
    first = record.first_step
    effect = f", with effect on {_long(record.recorded_effective)}" if record.recorded_effective else ""
    if record.revoked is not None:  # the Gambia, Hungary: the notice was withdrawn before it took effect
        effect = f", and revoked on {_long(record.revoked)} before it took effect"
    text = (
        f"Incorrect: {name} had not withdrawn from the {treaty.short_name} by {_long(by)}, nor decided or "
        f"announced a withdrawal: it was {status.reason}. The first step towards its withdrawal came "
        f"later, {step_words(first)}; the notification was received on {_long(record.notified)}{effect}."
    )
    url = str(first.source.url) if first.source else str(record.sources[0].url)
    evidence = [
        Evidence(kind="record", description=f"first step: {first.actor}: {first.act} ({first.date})", url=url),
        Evidence(kind="record", description=f"notification received {record.notified}", url=str(record.sources[0].url)),
    ]
    return Outcome("inconsistent", "false", text, evidence, [f"record: {state} {treaty.id} first step {first.date}"])
