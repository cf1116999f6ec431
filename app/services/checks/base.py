"""What every claim kind's check reads: the treaty and state a claim names, the rulebook, the recorded notices."""

from __future__ import annotations

import datetime as dt

from app.engine.conditions import matches
from app.rulebook import OwnedProvision, Rulebook
from app.services.assessment import AssessmentService
from app.services.checks.outcome import Unverifiable
from app.services.lookup import NotFound, find_state
from app.services.notices import Notification, NotificationSource, VoteSource
from schemas.checks import Claim, Evidence
from schemas.rules import Participation, Source, Treaty


class CheckBase:
    """The state a check reads (set by :class:`~app.services.checks.service.CheckService`)."""

    assessments: AssessmentService
    notifications: NotificationSource
    votes: VoteSource
    _party_counts: dict[tuple[str, dt.date], int]

    @property
    def rulebook(self) -> Rulebook:
        return self.assessments.rulebook

    def _treaty(self, claim: Claim) -> Treaty:
        if not claim.treaty:
            raise Unverifiable("The claim names no treaty.")
        try:
            return self.assessments.find_treaty(claim.treaty)
        except NotFound as exc:  # what is missing is the law itself: no rule file holds the treaty's clause
            near = f" Close names in the rulebook: {', '.join(exc.close_matches[:3])}." if exc.close_matches else ""
            raise Unverifiable(
                f"The rulebook has no rule file for '{claim.treaty}': its withdrawal clause, parties and records "
                f"are not encoded, so the claim cannot be checked.{near}"
            ) from exc

    def _state(self, claim: Claim) -> str:
        if not claim.state:
            raise Unverifiable("The claim names no state.")
        return find_state(claim.state).iso3

    def _treaty_evidence(self, treaty: Treaty, what: str) -> Evidence:
        return Evidence(kind="rule", description=f"{treaty.short_name}: {what}", url=str(treaty.text_source.url))

    def _provisions(self, treaty: Treaty, state: str | None) -> list[OwnedProvision]:
        """The treaty's provisions that apply to every party, and those that apply to ``state`` alone (the US
        reservation to the WHO Constitution: a one-year notice), the state's own first."""
        iso3 = find_state(state).iso3 if state else None
        owned = self.rulebook.owned_provisions(treaty).values()
        general = [o for o in owned if not o.provision.when]
        own = [o for o in owned if o.provision.when and set(o.provision.when) == {"state"}]
        if iso3 is None:  # no state named: a state's own clause only after the general ones ("a one-year notice")
            return general + [o for o in own if isinstance(o.provision.when["state"], str)]  # type: ignore[index]
        return [o for o in own if matches(o.provision.when, {"state": iso3})] + general

    def _tracked(self, treaty: Treaty) -> bool:
        """The world files keep the treaty's exits (world/records/<treaty>.yaml): only then does a missing notice
        say something (a treaty with no records file may have exits nobody recorded)."""
        return treaty.id in self.rulebook.world.records

    def _recorded_notices(self, state: str, treaty: Treaty, as_of: dt.date) -> list[Notification]:
        """Notifications received by ``as_of`` and not revoked by then (judged as the article's date saw them)."""
        return sorted(
            (
                n
                for n in self.notifications(state, treaty.id)
                if n.received <= as_of and (n.revoked is None or n.revoked > as_of)
            ),
            key=lambda n: n.received,
        )

    def _deposited(self, treaty: Treaty, state: str | None) -> tuple[str, dt.date] | None:
        """The state's name and the day of its latest recorded deposit (rule file or world party list), if any."""
        entries = self._entries(treaty, state) if state else []
        return (find_state(state).name, entries[-1].consent) if state and entries else None

    def _entries(self, treaty: Treaty, state: str) -> list[Participation]:
        """The state's participation records: the rule file's, each completed with the entry into force the world
        party list gives for the same consent where the rule file lacks it (Hungary and the Rome Statute: deposit
        30 November 2001 in the rule file, in force 1 July 2002 in world/parties); else the party list's rows."""
        own = [p for p in treaty.participation if p.state == state]
        if not own:
            return self._listed(treaty, state)
        listed = {p.consent: p.in_force_for_state for p in self._listed(treaty, state) if p.in_force_for_state}
        return [
            p.model_copy(update={"in_force_for_state": listed[p.consent]})
            if p.in_force_for_state is None and p.consent in listed
            else p
            for p in own
        ]

    def _listed(self, treaty: Treaty, state: str) -> list[Participation]:
        """The state's row in the world party list (world/parties), as participation records, where the rule
        file has none: each membership (earlier ones first), with signature, consent and entry into force as the
        list's source gives them."""
        listing = self.rulebook.world.parties.get(treaty.id)
        row = self.rulebook.world.entry(treaty.id, state)
        if listing is None or row is None:
            return []
        found = []
        for membership in row.memberships:
            if membership.consent_date is None or membership.consent_date_precision != "day":
                continue
            kind = (
                membership.consent
                if membership.consent in ("ratification", "acceptance", "approval", "accession", "succession")
                else None
            )
            source = membership.source or row.source or listing.source
            found.append(
                Participation(
                    state=state, signed=membership.signed, consent=membership.consent_date,
                    consent_kind=kind or "ratification",
                    in_force_for_state=membership.in_force if membership.in_force_precision == "day" else None,
                    sources=[Source(url=source.url, title=source.title or f"world/parties/{treaty.id}")],
                    verification="verified" if listing.complete else "partly_verified",
                )
            )  # fmt: skip
        return found
