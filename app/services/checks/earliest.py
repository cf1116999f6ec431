"""The first day a party may give notice, where the treaty makes it wait (Paris Agreement Art. 28(1): "At any time
after three years from the date on which this Agreement has entered into force for a Party, that Party may withdraw
from this Agreement by giving written notification to the Depositary"; NATO Art. 13: twenty years in force).

Counted from the treaty's entry into force for the party (its participation record in the rule file) or from the
treaty's own entry into force, as the precondition says; a missing day is resolved the cautious way (the later
candidate), as the assessment does (app/provisions/precondition.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.provisions.precondition import permitted_from, precondition_of
from app.rulebook import OwnedProvision
from app.services.notices import long_date
from schemas.periods import describe_period
from schemas.rules import PreconditionProvision, Treaty


@dataclass(frozen=True)
class EarliestNotice:
    """The first day notice is permitted, and why: the precondition and the day it counts from."""

    day: dt.date
    since: dt.date
    rule: OwnedProvision
    provision: PreconditionProvision

    def reason(self, name: str, treaty: Treaty) -> str:
        """'under Art. 28(1) of the Paris Agreement, the United States could give notice only from 4 November 2019,
        three years after the Agreement entered into force for it (4 November 2016)'."""
        for_whom = "for it" if self.provision.counted_from == "entry_into_force_for_state" else ""
        return (
            f"under {self.provision.cite} of the {treaty.short_name}, {name} could give notice only from "
            f"{long_date(self.day)}, {describe_period(self.provision.in_force_for)} after the {treaty.short_name} "
            f"entered into force{' ' + for_whom if for_whom else ''} ({long_date(self.since)})"
        )


def earliest_notice(treaty: Treaty, state: str, owned: Iterable[OwnedProvision], on: dt.date) -> EarliestNotice | None:
    """The first day ``state`` could give notice in the participation in force on ``on`` (None: no precondition,
    a window rule, or no date to count from)."""
    found = precondition_of(owned)
    if found is None or found[1].window_length:
        return None
    rule, provision = found
    if provision.counted_from == "entry_into_force_for_state":
        entries = [p.in_force_for_state for p in treaty.participation if p.state == state and p.in_force_for_state]
        since = max((d for d in entries if d is not None and d <= on), default=None)
    else:
        since = treaty.entry_into_force
    if since is None:
        return None
    day = permitted_from(since, provision.in_force_for).latest  # the assessment's own count
    return EarliestNotice(day, since, rule, provision)
