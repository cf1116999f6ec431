"""Who is bound by a treaty on a date, and by what a state is bound, from the world files (world/parties and
world/records): a listed state is bound from its consent's entry into force until a recorded withdrawal takes
effect. A withdrawal with no recorded effective date gets the date the rules give (the assessment engine)."""

from __future__ import annotations

import datetime as dt

from app.services.assessment import AssessmentService
from app.services.lookup import find_state, state_info
from app.services.world_facts import world_source
from app.world.model import PartyStatus
from schemas import api


def _item(status: PartyStatus) -> api.PartyItem:
    entry = status.entry
    return api.PartyItem(
        state=status.state,
        name=state_info(status.state).name,
        status=status.status,
        reason=status.reason,
        consent=entry.consent if entry else None,
        consent_date=entry.consent_date if entry else None,
        in_force=entry.in_force if entry else None,
    )


def parties(service: AssessmentService, treaty: str, on: dt.date) -> api.PartiesAnswer:
    """The states bound by ``treaty`` on ``on``, how complete that is, and the list's source."""
    found = service.find_treaty(treaty)
    world = service.rulebook.world
    listing = world.parties.get(found.id)
    statuses = (
        [world.party_status(found.id, p.state, on, service.effective_of) for p in listing.parties] if listing else []
    )
    bound = [s for s in statuses if s.status == "party"]
    left = [s for s in statuses if s.status == "withdrawn"]
    note = listing.note if listing else "No party list is recorded for this treaty."
    if listing and on > listing.as_of:
        note = f"The list reflects {listing.as_of}: states that joined after that date are not shown. " + (note or "")
    return api.PartiesAnswer(
        treaty=found.id,
        on=on,
        count=len(bound),
        complete=bool(listing and listing.complete and on <= listing.as_of),
        as_of=listing.as_of if listing else None,
        source=world_source(listing.source) if listing else None,
        note=note,
        parties=[_item(s) for s in bound],
        left=[_item(s) for s in left],
        rules_version=service.rulebook.version,
    )


def treaties_of(service: AssessmentService, state: str, on: dt.date) -> api.StateTreaties:
    """The state's status under every treaty with a party list or a record about it, on ``on``."""
    info = find_state(state)
    rulebook = service.rulebook
    items = [
        api.StateTreatyItem(
            treaty=s.treaty,
            short_name=rulebook.treaties[s.treaty].short_name if s.treaty in rulebook.treaties else s.treaty,
            status=s.status,
            reason=s.reason,
            complete=s.complete,
            as_of=s.as_of,
            source=world_source(s.source),
        )
        for s in rulebook.world.treaties_of(info.iso3, on, service.effective_of)
    ]
    return api.StateTreaties(state=info.iso3, name=info.name, on=on, treaties=items, rules_version=rulebook.version)
