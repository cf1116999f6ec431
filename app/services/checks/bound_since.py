"""A joining dated where the world party list gives only the day the treaty began to bind the State, its deposit not
read ('A Member of UNESCO since 1949': Israel, a Member State from 16 September 1949; the founding ratifiers of the
Whaling Convention, bound from its entry into force on 10 November 1948). UNESCO Constitution Art. XV(3) and ICRW Art.
X make that day the one membership began, so a claimed period holding it is right; one after it is wrong (the State
was a member before); one before it cannot be judged, the deposit, which may precede it, not being recorded."""

from __future__ import annotations

from app.rulebook import Rulebook
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.lookup import find_state
from app.services.notices import long_date
from app.services.partial_dates import PartialDate
from schemas.checks import Evidence
from schemas.rules import Treaty


def bound_since(rulebook: Rulebook, treaty: Treaty, state: str, claimed: PartialDate) -> Outcome | None:
    """The claim's date against the State's memberships listed with their entry into force only; None where the
    row has none such (the consent's deposit decides then)."""
    listing = rulebook.world.parties.get(treaty.id)
    row = rulebook.world.entry(treaty.id, state)
    if listing is None or row is None:
        return None
    bound = [m for m in row.memberships if m.consent_date is None and m.in_force and m.in_force_precision == "day"]
    if not bound:
        return None
    hit = next((m for m in bound if m.in_force and claimed.contains(m.in_force)), None)
    membership = hit or bound[0]
    assert membership.in_force is not None
    day = membership.in_force
    fact = (
        f"{find_state(state).name} was bound by the {treaty.short_name} from {long_date(day)} (world/parties/"
        f"{treaty.id}; the day its instrument was deposited is not recorded)"
    )
    source = membership.source or row.source or listing.source
    evidence = [Evidence(kind="record", description=fact, url=str(source.url))]
    trace = [f"world/parties/{treaty.id}"]
    if hit is not None:
        return Outcome("consistent", day.isoformat(), f"Correct: {fact}.", evidence, trace)
    if claimed.start > day:
        return Outcome("inconsistent", day.isoformat(), f"Incorrect: {fact}.", evidence, trace)
    raise Unverifiable(f"Not confirmed: {fact}; a deposit before that day is not recorded either way.", evidence)
