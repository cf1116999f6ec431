"""Counts of ratifications (instruments deposited), kept apart from counts of parties (issue 14).

'Ratified by 66', 'has been ratified by 164 states', 'with 112 ratifications': the number of States that had
deposited an instrument of ratification, acceptance, approval or accession by the day and had not left since. That
is not the number of parties: a State becomes a party only when the treaty is in force for it (VCLT Art. 24(1)-(3);
Rome Statute Art. 126: the first day of the month after the sixtieth day following its deposit). Before the
treaty itself enters into force no State is a party, so a count given then ('ratified by 66' in May 2002, 'the
60-nation court') can only count deposits, and is judged so whatever its words.

After entry into force a count that says it counts ratifications is right when it matches the deposits or the
parties of the day (news uses either; the answer says which it matched). Counted from a complete party list
(world/parties, each State's consent date and entry into force, exits from world/records); where the list is
partial, a count before entry into force is judged on a dated count of world/counts if one covers the day, else
unverifiable, saying so; one after it is judged as a party count.
"""

from __future__ import annotations

import datetime as dt
import re

from app.services.checks.base import CheckBase
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.notices import long_date as _long
from app.services.party_counts import OUT_OF_DATE, compare
from app.world.model import World
from schemas.checks import Claim, Comparator, Evidence, Verdict
from schemas.rules import Treaty

_DEPOSITS = re.compile(r"\b(?:ratifi|ratified|accession|acceded|instruments?\b|deposit)", re.IGNORECASE)
"""Words of a count that says it counts consents deposited ('112 ratifications', '66 ratified')."""


def counts_deposits(value: str) -> bool:
    """Whether a count's value says it counts instruments deposited, not parties."""
    return bool(_DEPOSITS.search(value))


def before_entry_into_force(treaty: Treaty, on: dt.date) -> bool:
    """Whether ``on`` is before the treaty entered into force (or the treaty is not in force at all: the CTBT)."""
    if treaty.entry_into_force is None:
        return not treaty.in_force
    return on < treaty.entry_into_force


class DepositCountChecks(CheckBase):
    def _deposits(self, claim: Claim, treaty: Treaty, claimed: int, on: dt.date) -> Outcome | None:
        """The count judged as instruments deposited on ``on``, or None when it is to be judged as a party count
        (a count after entry into force that does not say it counts ratifications, or no complete list)."""
        before = before_entry_into_force(treaty, on)
        if not (before or counts_deposits(claim.value)):
            return None
        world = self.rulebook.world
        listing = world.parties.get(treaty.id)
        if listing is None or not listing.complete_on(on):
            if not before or world.count_on(treaty.id, "parties", on) is not None:
                return None  # a party count, or a dated count of world/counts (of instruments, before the treaty)
            since = f" (it entered into force on {_long(treaty.entry_into_force)})" if treaty.entry_into_force else ""
            raise Unverifiable(
                f"Before the {treaty.short_name} entered into force{since} no State was a party, so a count on "
                f"{_long(on)} counts instruments of ratification or accession deposited; world/parties/{treaty.id} "
                f"is not a complete list, so that number is not recorded."
            )
        if not before and on > listing.as_of + dt.timedelta(days=366) and world.count_on(treaty.id, "parties", on):
            return None  # '197 countries have ratified' (the UNFCCC, 2026): a dated count carries the list on
        deposited = len(world.consented_on(treaty.id, on) or [])
        parties = len(world.parties_on(treaty.id, on) or [])
        matches_deposits = compare(deposited, claimed, claim.comparator)
        matches_parties = not before and compare(parties, claimed, claim.comparator)
        ok = matches_deposits or matches_parties
        later = on > listing.as_of + dt.timedelta(days=366) and not (
            ok and claim.comparator in ("more_than", "at_least")
        )
        where = f"complete party list of {_long(listing.as_of)}, world/parties/{treaty.id}"
        pending = deposited - parties
        counted = (
            f"{deposited} States had deposited an instrument of ratification, acceptance, approval or accession by "
            f"{_long(on)} and not withdrawn"
            + (
                f"; none was a party yet: the {treaty.short_name} entered into force on "
                f"{_long(treaty.entry_into_force)}"
                if before and treaty.entry_into_force
                else "; none was a party yet: it had not entered into force"
                if before
                else f"; {parties} were parties, the treaty not yet in force for {pending}"
                if pending
                else f"; all {parties} were parties"
            )
        )
        which = "" if before or not ok else " (the deposits)" if matches_deposits else " (the parties)"
        opening = ("Partly confirmed" if later else "Consistent") if ok else "Inconsistent"  # the verdict's own word
        text = (
            f"{opening}{which}: {counted} ({where})"
            + ("; states may have joined since that list" if later else "")
            + "."
        )
        verdict: Verdict = ("partly_consistent" if later else "consistent") if ok else "inconsistent"
        if not ok and (lately := _right_lately(world, treaty.id, claimed, claim.comparator, on)) is not None:
            verdict = "partly_consistent"  # 'with 112 ratifications' on the day an exit took effect: out of date
            ago = (on - lately).days
            text = (
                f"Out of date: {counted} ({where}); it was {claimed} on {_long(lately)}, "
                f"{ago} day{'s' if ago > 1 else ''} before."
            )
        correct = str(parties if matches_parties and not matches_deposits else deposited)
        described = f"{deposited} instruments deposited by {on}, {parties} parties"
        evidence = [Evidence(kind="record", description=described, url=None)]
        return Outcome(verdict, correct, text, evidence, [f"world/parties/{treaty.id}"])


def _right_lately(world: World, treaty: str, claimed: int, comparator: Comparator, on: dt.date) -> dt.date | None:
    """The last day within :data:`OUT_OF_DATE` before ``on`` on which the count of deposits or parties was the one
    claimed (an exit or an accession since: README 'A count out of date'), or None."""
    for days in range(1, OUT_OF_DATE.days + 1):
        day = on - dt.timedelta(days=days)
        counts = (len(world.consented_on(treaty, day) or []), len(world.parties_on(treaty, day) or []))
        if any(compare(count, claimed, comparator) for count in counts):
            return day
    return None
