"""The immutable world snapshot and its queries (party status on a date, parties on a date, records,
situations holding on a date). Pure functions of the files: no database, no clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from app.dates.text import as_read, iso
from schemas.world import (
    Admission,
    CountsFile,
    DatedCount,
    DomesticStepRecord,
    EarlierMembership,
    Membership,
    OrganisationParty,
    PartiesFile,
    PartyEntry,
    RecordsFile,
    Situation,
    Tally,
    UnnotifiedProcedure,
    UnruledInstrument,
    WorldRecord,
    WorldSource,
)

PartyState = Literal["party", "consented", "withdrawn", "not_party", "unknown"]
"""``party``: bound on the day. ``consented``: its instrument was deposited but the treaty was not yet in force
for it. ``withdrawn``: a recorded withdrawal, denunciation or revocation of ratification had taken effect.
``not_party``: absent from a complete list on or before its date, or the day is before its consent.
``unknown``: no list, an incomplete list without the state, or a day after the list's date."""

StatusOf = Callable[[PartyState, str], "PartyStatus"]
"""Makes the status of the entry being read, from a state and its reason."""

EffectiveOf = Callable[[str, WorldRecord], dt.date | None]
"""Given a treaty id and a record with no recorded effective date, the date the rules give (or None)."""


@dataclass(frozen=True)
class PartyStatus:
    treaty: str
    state: str
    on: dt.date
    status: PartyState
    reason: str
    source: WorldSource | None
    as_of: dt.date | None
    complete: bool
    entry: PartyEntry | None = None
    record: WorldRecord | None = None

    @property
    def bound(self) -> bool | None:
        """True/False when the files tell, None when they do not."""
        if self.status == "unknown":
            return None
        return self.status == "party"


@dataclass(frozen=True)
class SituationHolding:
    """A situation that holds for a state on a day; ``beyond_as_of`` when the day is after the last day the
    source was read and the situation was still ongoing then (it is assumed to continue, and said)."""

    situation: Situation
    on: dt.date
    beyond_as_of: bool


@dataclass(frozen=True)
class RecordedVote:
    """A domestic step with a vote tally, as world/records holds it (for the claim checks: "107 MPs voted for")."""

    treaty: str
    state: str
    act: str
    notified: dt.date | None  # None: a procedure that reached no notification (RecordsFile.unnotified)
    step: DomesticStepRecord
    source: WorldSource

    @property
    def tally(self) -> Tally:
        assert self.step.tally is not None
        return self.step.tally


@dataclass(frozen=True)
class CountOn:
    """A recorded count on a day: the number, the period it was read for (None: counted from a complete list),
    the file it comes from and the day that file was last checked (a later day is beyond what it shows)."""

    count: int
    period: DatedCount | None
    file: str
    as_of: dt.date
    organisations: tuple[str, ...] = ()
    """Organisations (the European Union) counted besides the States where the list holds them, as the depositary
    counts them (``count`` includes them); ``count`` less their number is the States' ('174 States and the European
    Union signed')."""
    withdrawn: int = 0
    """Signatories counted from a complete list whose exit as parties had taken effect by the day: the UN Treaty
    Collection's status line ('Signatories: 137' for the Rome Statute since the Philippines left in 2019, 139 in 2014)
    leaves them out; ``count`` holds every signature given, ``count`` less this the depositary's line."""


@dataclass(frozen=True)
class World:
    parties: MappingProxyType[str, PartiesFile] = field(default_factory=lambda: MappingProxyType({}))
    records: MappingProxyType[str, RecordsFile] = field(default_factory=lambda: MappingProxyType({}))
    counts: MappingProxyType[str, CountsFile] = field(default_factory=lambda: MappingProxyType({}))
    situations: tuple[Situation, ...] = ()
    unruled: tuple[UnruledInstrument, ...] = ()  # instruments without a rule file (world/unruled)
    version: str = "empty"
    files: tuple[str, ...] = ()
    # The records of each (treaty, state) asked for, in order, and each treaty's party list by state: filled on
    # first use (answers ask on every question; the files do not change while the world is loaded).
    _pairs: dict[tuple[str, str], tuple[WorldRecord, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _entries: dict[str, dict[str, PartyEntry]] = field(default_factory=dict, init=False, compare=False, repr=False)

    # --- records --------------------------------------------------------------------------------

    def records_for(self, treaty: str | None = None, state: str | None = None) -> Iterator[tuple[str, WorldRecord]]:
        """Every recorded act, by treaty id then notification date; filtered by treaty and/or state."""
        if treaty is not None and state is not None:
            yield from ((treaty, record) for record in self.records_of(treaty, state))
            return
        for treaty_id in sorted(self.records):
            if treaty is not None and treaty_id != treaty:
                continue
            for record in sorted(self.records[treaty_id].records, key=lambda r: (r.notified, r.state)):
                if state is None or record.state == state:
                    yield treaty_id, record

    def records_of(self, treaty: str, state: str) -> tuple[WorldRecord, ...]:
        """The state's recorded acts on the treaty, by notification date (indexed on first use)."""
        found = self._pairs.get((treaty, state))
        if found is None:
            listed = self.records[treaty].records if treaty in self.records else []
            found = tuple(sorted((r for r in listed if r.state == state), key=lambda r: (r.notified, r.state)))
            self._pairs[(treaty, state)] = found  # the same tuple whichever thread writes it
        return found

    def entry(self, treaty: str, state: str) -> PartyEntry | None:
        """The state's entry in the treaty's party list (the first, as the list is read), if listed."""
        entries = self._entries.get(treaty)
        if entries is None:
            listed = self.parties[treaty].parties if treaty in self.parties else []
            entries = {}
            for party in listed:
                entries.setdefault(party.state, party)
            self._entries[treaty] = entries  # the same dict whichever thread writes it
        return entries.get(state)

    def votes(self, treaty: str | None = None, state: str | None = None) -> list[RecordedVote]:
        """Every recorded domestic vote (a step with a tally), by treaty and date; filtered by treaty and state.
        The one function the claim checks read tallies from."""
        notified = [
            RecordedVote(treaty_id, record.state, record.act, record.notified, step, step.source or record.sources[0])
            for treaty_id, record in self.records_for(treaty, state)
            for step in record.domestic_steps
            if step.tally is not None
        ]
        return notified + [
            RecordedVote(treaty_id, begun.state, "not notified", None, step, step.source or begun.sources[0])
            for treaty_id, begun in self.unnotified_for(treaty, state)
            for step in begun.domestic_steps
            if step.tally is not None
        ]

    def unnotified_for(
        self, treaty: str | None = None, state: str | None = None
    ) -> Iterator[tuple[str, UnnotifiedProcedure]]:
        """Domestic procedures that reached no notification (world/records ``unnotified``), by treaty id."""
        for treaty_id in sorted(self.records):
            if treaty is None or treaty_id == treaty:
                yield from (
                    (treaty_id, begun)
                    for begun in self.records[treaty_id].unnotified
                    if state is None or begun.state == state
                )

    def notifications(self, treaty: str | None = None, state: str | None = None) -> list[tuple[str, WorldRecord]]:
        """Every recorded notification (treaty id, record), by treaty and receipt date: what the depositary
        received and when, with its reference and sources."""
        return list(self.records_for(treaty, state))

    def exit_date(
        self, treaty: str, record: WorldRecord, on: dt.date, effective_of: EffectiveOf | None
    ) -> dt.date | None:
        """The day ``record`` ended the state's participation, if it had by ``on`` (a revocation received in time
        undoes it; a revocation of ratification takes effect on receipt unless recorded otherwise)."""
        if not record.ends_participation:
            return None
        effective = record.recorded_effective
        if effective is None and record.act == "revocation_of_ratification":
            effective = record.notified
        if effective is None and effective_of is not None:
            effective = effective_of(treaty, record)
        if effective is None or effective > on:
            return None
        return effective if record.revoked is None or record.revoked >= effective else None

    # --- parties --------------------------------------------------------------------------------

    def party_status(
        self, treaty: str, state: str, on: dt.date, effective_of: EffectiveOf | None = None
    ) -> PartyStatus:
        """Whether ``state`` was bound by ``treaty`` on ``on``, from the party list and the records."""
        listing = self.parties.get(treaty)
        exited = self._last_exit(treaty, state, on, effective_of)
        if exited is not None:
            ended, when, rejoined = exited
            act = ended.act.replace("_", " ")
            reason = f"its {act} (notified {iso(ended.notified)}) took effect on {iso(when)}"
            if rejoined is not None:
                reason += (
                    f"; it was bound again before {iso(rejoined)} (when it gave notice again), since a date not "
                    "recorded"
                )
            return PartyStatus(
                treaty, state, on, "withdrawn" if rejoined is None else "unknown", reason, ended.sources[0],
                listing.as_of if listing else None, listing.complete if listing else False, record=ended,
            )  # fmt: skip
        if listing is None:
            return PartyStatus(
                treaty, state, on, "unknown", "no party list is recorded for this treaty", None, None, False
            )
        entry = self.entry(treaty, state)
        source = (entry.source if entry and entry.source else None) or listing.source

        def status(value: PartyState, reason: str) -> PartyStatus:
            return PartyStatus(treaty, state, on, value, reason, source, listing.as_of, listing.complete, entry)

        if entry is None:
            if listing.complete_on(on) and on <= listing.as_of:
                return status("not_party", f"not among the parties listed as of {iso(listing.as_of)} (a complete list)")
            if listing.complete:
                return status(
                    "unknown",
                    f"not a party on {iso(listing.as_of)} (the complete list's date); whether it joined after that "
                    "is not recorded",
                )
            return status("unknown", f"not in the party list as of {iso(listing.as_of)}, which is not complete")
        membership = _membership_on(entry, on)
        if isinstance(membership, EarlierMembership):
            return self._earlier_status(treaty, state, on, membership, status)
        consented = entry.began
        earlier = [r for _, r in self.records_for(treaty, state) if r.notified < consented]
        if on < consented and earlier and not entry.earlier:  # a notice shows an earlier consent not listed
            return status(
                "party",
                f"bound under an earlier consent not in the list (it gave notice on {iso(earlier[0].notified)}; the "
                f"list gives its later {entry.consent or 'consent'} of {iso(consented)})",
            )
        if on < consented:
            return status("not_party", f"its {entry.consent or 'consent'} was deposited later, on {iso(consented)}")
        if entry.in_force is not None and on < entry.in_force:
            return status(
                "consented",
                f"its {entry.consent or 'consent'} of {iso(consented)} took effect for it on {iso(entry.in_force)}",
            )
        words = (
            f"in force for it since {as_read(entry.in_force, entry.in_force_precision)}"
            if entry.in_force
            else f"consent deposited on {as_read(consented, entry.consent_date_precision)}"
        )
        return status("party", f"a party ({entry.consent or 'consent'}; {words})")

    def _earlier_status(
        self, treaty: str, state: str, on: dt.date, membership: EarlierMembership, status: StatusOf
    ) -> PartyStatus:
        """The status on ``on`` under an earlier membership (listed under the entry): bound from its consent or
        entry into force until its ``ended`` day; a recorded exit after it began is caught before this."""
        began = membership.began
        kind = (
            f"{membership.consent or 'consent'} of {iso(began)}"
            if membership.consent_date
            else f"in force from {iso(began)}"
        )
        if on < began:
            found = status("not_party", f"its first membership began later ({kind})")
        elif membership.ended is not None and on >= membership.ended:
            found = status("withdrawn", f"its earlier membership ({kind}) ended on {iso(membership.ended)}")
        elif membership.in_force is not None and on < membership.in_force:
            found = status("consented", f"its earlier {kind} took effect for it on {iso(membership.in_force)}")
        else:
            found = status("party", f"a party under an earlier membership ({kind})")
        return dataclasses.replace(found, source=membership.source or found.source)

    def _last_exit(
        self, treaty: str, state: str, on: dt.date, effective_of: EffectiveOf | None
    ) -> tuple[WorldRecord, dt.date, dt.date | None] | None:
        """The latest exit in effect on ``on`` that the state has not undone by consenting again, with its date
        and, where a later notice shows the state re-joined at an unrecorded date, that notice's date.

        Evidence of re-joining after an exit on E: a consent in the party list dated after E (the entry's or an
        earlier membership's), or, where the entry lists no earlier memberships, a later act notified after E (a
        state gives notice only of a treaty it is bound by)."""
        records = self.records_of(treaty, state)
        exits = [(r, d) for r in records if (d := self.exit_date(treaty, r, on, effective_of)) is not None]
        if not exits:
            return None
        record, when = max(exits, key=lambda item: item[1])
        entry = self.entry(treaty, state)
        if entry is not None and when < _membership_on(entry, on).began <= on:
            return None  # consented again: the party list decides
        if entry is not None and entry.earlier:
            return record, when, None  # its memberships are listed: no later notice stands for an unlisted one
        later = sorted(r.notified for r in records if r.notified > when)
        if later and later[0] <= on:
            return None  # gave notice again, so it was bound again
        return record, when, later[0] if later else None

    def parties_on(self, treaty: str, on: dt.date, effective_of: EffectiveOf | None = None) -> list[PartyStatus] | None:
        """Every listed state's status on ``on`` that is ``party``; None when no list is recorded."""
        listing = self.parties.get(treaty)
        if listing is None:
            return None
        statuses = (self.party_status(treaty, p.state, on, effective_of) for p in listing.parties)
        return [s for s in statuses if s.status == "party"]

    def disputed_on(self, treaty: str, on: dt.date) -> tuple[list[str], list[str]]:
        """States whose exit is disputed on ``on`` (a record's ``disputed`` positions disagree whether it was in
        effect by then): those ``parties_on`` counts (in) and those it leaves out (out), so that a count can be
        given on every view (the DPRK and the NPT from 11 January 2003: out on its own view, in on Japan's)."""
        inside: list[str] = []
        outside: list[str] = []
        for _, record in self.records_for(treaty):
            if record.disputed is None:
                continue
            views = {p.effective is not None and p.effective <= on for p in record.disputed.positions}
            if len(views) < 2:
                continue
            counted = self.party_status(treaty, record.state, on).status == "party"
            (inside if counted else outside).append(record.state)
        return inside, outside

    def consented_on(self, treaty: str, on: dt.date) -> list[PartyStatus] | None:
        """Every listed state with an instrument of consent deposited by ``on`` and no exit in effect by then:
        the parties and those for which the treaty has not yet entered into force (``consented``); None when no
        list is recorded."""
        listing = self.parties.get(treaty)
        if listing is None:
            return None
        statuses = (self.party_status(treaty, p.state, on) for p in listing.parties)
        return [s for s in statuses if s.status in ("party", "consented")]

    def pending_on(self, treaty: str, on: dt.date, after: dt.date) -> int:
        """How many listed states had deposited their instrument after ``after`` and by ``on`` with the treaty not yet
        in force for them (Myanmar and the CWC from 8 July to 6 August 2015); 0 when no list is recorded."""
        pending = [s for s in self.consented_on(treaty, on) or [] if s.status == "consented"]
        return sum(1 for s in pending if s.entry is not None and (s.entry.consent_date or on) > after)

    def admission(self, treaty: str, state: str) -> Admission | None:
        """The state's admission to, or founding membership of, the organisation the treaty constitutes, if recorded."""
        listing = self.parties.get(treaty)
        return next((a for a in listing.admissions if a.state == state), None) if listing else None

    def organisations_on(self, treaty: str, on: dt.date) -> list[OrganisationParty]:
        """The organisations (the EU) the depositary counts among the treaty's Parties on ``on``: in force for
        them by then (else consented by then, where no entry into force is recorded)."""
        listing = self.parties.get(treaty)
        listed = listing.organisations if listing else []
        return [o for o in listed if (o.in_force or o.began) <= on]

    def count_on(
        self, treaty: str, what: Literal["parties", "signatories", "active", "states"], on: dt.date
    ) -> CountOn | None:
        """The recorded number of parties or signatories on ``on`` (world/counts, else a complete party list
        whose signatures are all listed); None when no record covers the day."""
        if what == "signatories" and (listing := self.parties.get(treaty)) and listing.signatories_complete:
            signed = [p.signed for p in listing.parties if p.signed]
            signed += [o.signed_on for o in (listing.outsiders.states if listing.outsiders else []) if o.signed_on]
            organisations = tuple(o.name for o in listing.organisations if o.signed and o.signed <= on)
            count = sum(1 for d in signed if d <= on) + len(organisations)
            left = sum(
                1 for p in listing.parties if p.signed and p.signed <= on and self._last_exit(treaty, p.state, on, None)
            )
            return CountOn(count, None, f"world/parties/{treaty}", listing.as_of, organisations, left)
        counts = self.counts.get(treaty)
        if counts is None:
            return None
        for period in getattr(counts, what):
            if period.from_ <= on <= (period.until or max(counts.as_of, on)):
                return CountOn(period.count, period, f"world/counts/{treaty}", counts.as_of)
        return None

    def treaties_of(self, state: str, on: dt.date, effective_of: EffectiveOf | None = None) -> list[PartyStatus]:
        """The state's status on ``on`` under every treaty with a party list or a record about it."""
        treaty_ids = set(self.parties) | {t for t, _ in self.records_for(state=state)}
        return [self.party_status(t, state, on, effective_of) for t in sorted(treaty_ids)]

    # --- situations -----------------------------------------------------------------------------

    def situations_for(self, state: str, on: dt.date, kind: str = "armed_conflict") -> list[SituationHolding]:
        """Situations of ``kind`` that the state is party to on ``on``. An ongoing one (no end) is taken to
        hold after its ``as_of`` too, flagged so the answer can say it assumes so."""
        found = []
        for situation in self.situations:
            if situation.kind != kind or state not in situation.parties or on < situation.start:
                continue
            if situation.end is not None and on > situation.end:
                continue
            beyond = situation.end is None and on > situation.as_of
            found.append(SituationHolding(situation, on, beyond))
        return found

    def has_situation(self, state: str, kind: str = "armed_conflict") -> bool:
        return any(s.kind == kind and state in s.parties for s in self.situations)


def _membership_on(entry: PartyEntry, on: dt.date) -> Membership:
    """The membership that had begun by ``on`` (the latest such), else the first one."""
    memberships = entry.memberships
    begun = [m for m in memberships if m.began <= on]
    return begun[-1] if begun else memberships[0]
