"""The shape of the files in ``world/``: dated, sourced facts about the world the rules are applied to.

Five kinds of file, one home for each fact (the format agreed in WORLD-FORMAT.md):

- ``world/parties/<treaty>.yaml``: who consented to be bound by a treaty and when it took effect for them;
- ``world/records/<treaty>.yaml``: what states did (withdrawals, denunciations, revocations), with the
  depositary's reference and the domestic steps (decrees, votes with their tallies, rulings);
- ``world/situations/*.yaml``: situations the rules depend on (armed conflicts, as classified by RULAC or
  the ICRC), with their parties and dates;
- ``world/counts/<treaty>.yaml``: how many parties (or signatories) a treaty had, period by period;
- ``world/leaders/*.yaml``: heads of state or government and their tenures (which state a name stands for).

Every fact carries a source. A state's party status on a day D is: consent recorded and in force on D, and no
recorded withdrawal that took effect on or before D (``app.world``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

ISO3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")]
TreatyId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
DatePrecision = Literal["day", "month", "year"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WorldSource(Strict):
    """Where a fact was read: the page, its title, when it was read and, optionally, the words that say it."""

    url: HttpUrl
    title: str | None = None
    accessed: dt.date | None = None
    quote: str | None = None


DoubtKind = Literal["inferred", "not_read", "computed", "sources_disagree"]


class Doubt(Strict):
    """What is uncertain about one field of a row: the structured form of the note's flag words (world/README.md:
    **INFERRED**, **NOT read**, **COMPUTED**, **SOURCES DISAGREE**). The note keeps the full account; ``why`` is the
    short reason an answer resting on the field repeats, worded to follow the kind ('inferred from the effective
    date ...', 'computed by Art. 15 ...', 'not read: ...', 'sources disagree: ...')."""

    field: str = Field(min_length=2, max_length=40, description="The row's field the doubt is about.")
    kind: DoubtKind
    why: str = Field(min_length=10, max_length=240, description="Short; the row's note has the whole account.")


class Doubted(Strict):
    """A row that may carry ``doubts``; each names a field of the row that holds a value (a field left out for not
    being read may be named with ``not_read``)."""

    doubts: list[Doubt] = Field(default=[], description="Facts of this row that are not read as given (see note).")

    @model_validator(mode="after")
    def _doubts_name_fields(self) -> Doubted:
        for doubt in self.doubts:
            name = self._field_name(doubt.field)
            if name is None or name in ("doubts", "note", "source", "sources"):
                raise ValueError(f"doubt on '{doubt.field}': not a field of this row")
            if getattr(self, name) is None and doubt.kind != "not_read":
                raise ValueError(f"doubt '{doubt.kind}' on '{doubt.field}', which the row leaves out")
        return self

    @classmethod
    def _field_name(cls, field: str) -> str | None:
        """The attribute a doubt's ``field`` names, as written in the file (``from`` is ``from_``)."""
        for name, info in cls.model_fields.items():
            if field in (name, info.alias):
                return name
        return None

    def doubt_on(self, field: str) -> Doubt | None:
        """The doubt about ``field``, if the row records one."""
        return next((d for d in self.doubts if d.field == field), None)


# --- parties ---------------------------------------------------------------------------------------

Consent = Literal[
    "ratification", "accession", "acceptance", "approval", "succession", "definitive_signature", "continuation"
]


class Membership(Doubted):
    """One consent to be bound: signature, the instrument's deposit and the entry into force for the state."""

    signed: dt.date | None = None
    consent: Consent | None = None
    consent_date: dt.date | None = Field(None, description="Deposit of the instrument (or the succession date).")
    consent_date_precision: DatePrecision = "day"
    in_force: dt.date | None = Field(None, description="Entry into force for that state, where known.")
    in_force_precision: DatePrecision = "day"
    approved: dt.date | None = Field(
        None, description="The day the state's parliament approved the consent (a domestic act), where sourced."
    )
    approval_vote: ApprovalVote | None = Field(
        None, description="The parliament's vote on that day (the chamber, the tally), where sourced."
    )
    source: WorldSource | None = Field(None, description="Only where it differs from the file's source.")
    note: str | None = None

    @property
    def began(self) -> dt.date:
        """The consent's date, else the entry into force (the schema requires one of them)."""
        began = self.consent_date or self.in_force
        assert began is not None
        return began

    @model_validator(mode="after")
    def _order(self) -> Membership:
        if self.consent_date and self.in_force and self.in_force < self.consent_date:
            raise ValueError(f"in_force {self.in_force} is before consent_date {self.consent_date}")
        if self.consent_date is None and self.in_force is None:
            raise ValueError("give consent_date or in_force (a signature alone does not make a party)")
        if self.approval_vote is not None and self.approved is None:
            raise ValueError("an approval_vote needs the day of the approval (approved)")
        return self


class EarlierMembership(Membership):
    """A membership the state ended before consenting again (Ecuador, ICSID: 1986-2010, again from 2021). It
    ended on ``ended`` where a source gives that day, else by the first exit in world/records after it began."""

    ended: dt.date | None = Field(None, description="The day its exit took effect, where not in world/records.")


class PartyEntry(Membership):
    """One state that consented to be bound: its LATEST consent, and any ``earlier`` memberships it ended
    (withdrawals are NOT written here: they are records)."""

    state: ISO3
    earlier: list[EarlierMembership] = Field(
        default=[], description="Memberships ended before this consent, oldest first (each with its own source)."
    )

    @property
    def memberships(self) -> list[Membership]:
        """Every membership of the state, oldest first: the ``earlier`` ones, then this latest one."""
        return [*self.earlier, self]

    @model_validator(mode="after")
    def _earlier_in_order(self) -> PartyEntry:
        starts = [m.began for m in self.memberships]
        if starts != sorted(set(starts)):
            raise ValueError(f"earlier memberships must begin one after another, before the latest: {starts}")
        for membership, following in itertools.pairwise(self.memberships):
            ended = getattr(membership, "ended", None)
            if ended is not None and not (membership.began < ended <= following.began):
                raise ValueError(f"a membership begun {membership.began} cannot end on {ended}")
        return self


class OrganisationParty(Membership):
    """A regional economic integration organisation that is a party in its own right and that the depositary counts
    among the Parties (the European Union: UNFCCC Arts. 20 and 22), with no ISO 3166 code: news counts either the
    States alone or the Parties with it, and both are judged (a count says which convention it matched)."""

    name: str = Field(min_length=2, max_length=80)


class Admission(Strict):
    """How a state became a member of the organisation a treaty constitutes, apart from its consent to the treaty:
    ``admitted`` by a vote of the organisation (UNESCO Constitution Art. II(2): Palestine, 31 October 2011), or a
    ``founding`` member, a signatory of the instrument that created the organisation: the treaty itself (the Statute of
    the Council of Europe, 5 May 1949) or one it continues or replaced (the Treaty of Bern, 1874, and the UPU
    Constitution; the Treaty of Lagos, 1975, and the Revised ECOWAS Treaty). Not a consent: it makes the state a
    party on no day (the party list decides); 'a founding member', 'admitted in 2011', 'joined in 1975' are judged on
    it."""

    state: ISO3
    kind: Literal["admitted", "founding"]
    date: dt.date = Field(description="The vote admitting it, or the founding instrument's signature.")
    by: str = Field(min_length=3, max_length=160, description="The organ that admitted it, or the founding instrument.")
    source: WorldSource
    note: str | None = None


OutsiderActKind = Literal["signature", "no_intention", "instrument_deposited", "instrument_withdrawn"]
"""What a state that never became a party did about the treaty: signed it; notified the depositary that it does not
intend to become a party (an 'unsigning', VCLT Art. 18(a): the obligations of a signatory end); deposited an
instrument of consent; withdrew that instrument before the treaty entered into force for it. None is a withdrawal
under the treaty's clause, which binds parties only."""


class OutsiderAct(Doubted):
    """One dated act of a state that never became a party, with the depositary's reference where read (the US and
    the Rome Statute: 'does not intend to become a party', 6 May 2002; Malaysia: accession deposited 4 March 2019,
    withdrawn 29 April 2019, before its entry into force of 1 June 2019)."""

    act: OutsiderActKind
    date: dt.date | None = Field(
        None, description="Receipt by the depositary (a signature: its day); null: NOT read (the note says so)."
    )
    date_precision: DatePrecision = "day"
    decided: dt.date | None = Field(
        None, description="The domestic decision behind it (a decree, a cabinet decision), where sourced."
    )
    decided_by: str | None = Field(None, max_length=160, description="Who decided it, in the source's words.")
    instrument: Consent | None = Field(None, description="For an instrument deposited or withdrawn: its kind.")
    would_have_taken_effect: dt.date | None = Field(
        None, description="For an instrument withdrawn: the day the treaty would have entered into force for it."
    )
    depositary_reference: str | None = Field(None, max_length=120, description="The C.N. number, where read.")
    source: WorldSource
    sources: list[WorldSource] = []
    note: str | None = None

    @model_validator(mode="after")
    def _fits(self) -> OutsiderAct:
        if self.act.startswith("instrument_") and self.instrument is None:
            raise ValueError(f"an act '{self.act}' names its instrument (accession, ratification, ...)")
        if self.date is None and self.decided is None:
            raise ValueError(f"the act '{self.act}' needs its date or the decision's (a fact with no day is a note)")
        if self.date and self.decided and self.decided > self.date:
            raise ValueError(f"decided {self.decided} is after the depositary's receipt {self.date}")
        return self

    @property
    def renounces(self) -> bool:
        """Whether the act ends the state's path to becoming a party (an unsigning, an instrument withdrawn)."""
        return self.act in ("no_intention", "instrument_withdrawn")


class Outsider(Strict):
    """A state that, on the section's date, had not consented to be bound (and had signed or not), with what it did
    (``acts``, oldest first) where sourced."""

    state: ISO3
    signed: bool = Field(description="Whether it had signed on the section's date.")
    signed_on: dt.date | None = Field(None, description="Its signature date, where read.")
    acts: list[OutsiderAct] = Field(
        default=[], description="Its acts as a non-party: an unsigning, an instrument deposited and withdrawn."
    )

    @model_validator(mode="after")
    def _acts_fit(self) -> Outsider:
        days = [a.date or a.decided for a in self.acts]
        if days != sorted(d for d in days if d is not None):
            raise ValueError(f"{self.state}: acts must be listed oldest first")
        signatures = [a.date for a in self.acts if a.act == "signature"]
        if signatures and (not self.signed or signatures[0] != self.signed_on):
            raise ValueError(f"{self.state}: a signature act must agree with signed / signed_on")
        deposited = [a for a in self.acts if a.act == "instrument_deposited"]
        withdrawn = [a for a in self.acts if a.act == "instrument_withdrawn"]
        if len(withdrawn) > len(deposited):
            raise ValueError(f"{self.state}: an instrument withdrawn that was never deposited")
        return self

    def act(self, kind: OutsiderActKind) -> OutsiderAct | None:
        """The state's latest act of that kind, or None."""
        return next((a for a in reversed(self.acts) if a.act == kind), None)


class OutsidersLater(Strict):
    """A later source naming which of the section's States were still outside on its own day ('Five States remain
    outside the Convention', the OPCW, 9 July 2015): each named stays an outsider up to that day, as on the
    section's."""

    as_of: dt.date
    source: WorldSource
    states: list[ISO3] = Field(min_length=1)
    note: str | None = None


class Outsiders(Strict):
    """States the source names as not bound on ``as_of`` (non-parties, signatories that have not ratified). A
    signature cannot be given after ``signatures_closed`` (e.g. APMBC Art. 15, CCM Art. 15: open for signature
    until entry into force), so a non-signatory then stays one; consent can still come later (accession)."""

    as_of: dt.date
    signatures_closed: dt.date | None = None
    source: WorldSource
    sources: list[WorldSource] = []
    note: str | None = None
    states: list[Outsider]
    later: list[OutsidersLater] = Field(
        default=[], description="Later sources naming States of the section still outside on their own day."
    )

    @model_validator(mode="after")
    def _later_fits(self) -> Outsiders:
        listed = {o.state for o in self.states}
        for later in self.later:
            if later.as_of <= self.as_of:
                raise ValueError(f"a later list ({later.as_of}) must come after the section's day ({self.as_of})")
            if unknown := set(later.states) - listed:
                raise ValueError(f"a later list names {sorted(unknown)}, not among the section's states")
        return self

    def outside_until(self, state: str) -> tuple[dt.date, WorldSource]:
        """The last day a source names ``state`` outside (the section's day or a later list's) and that source."""
        named = [(later.as_of, later.source) for later in self.later if state in later.states]
        return max([(self.as_of, self.source), *named], key=lambda pair: pair[0])


class TreatyFile(Strict):
    """A world file about one treaty: ``world/<folder>/<treaty>.yaml``."""

    treaty: TreatyId


class PartiesFile(TreatyFile):
    as_of: dt.date = Field(description="The date the list reflects (the source's status date).")
    complete: bool = Field(description="True only when every party on `as_of` is listed (a full status table).")
    complete_from: dt.date | None = Field(
        None,
        description="Where a complete list of today's States misses parties that no longer exist (Czechoslovakia, "
        "to 31 December 1992), the first day its counts hold; before it the list is read as partial.",
    )
    source: WorldSource
    sources: list[WorldSource] = Field(default=[], description="Further sources consulted (optional).")
    note: str | None = None
    parties: list[PartyEntry]
    outsiders: Outsiders | None = Field(None, description="Sourced non-parties and signatories not bound.")
    admissions: list[Admission] = Field(
        default=[], description="States admitted to, or founding members of, the organisation the treaty constitutes."
    )
    organisations: list[OrganisationParty] = Field(
        default=[],
        description="Organisations (the EU) the depositary counts among the Parties besides the listed States.",
    )
    signatories_complete: bool = Field(
        False,
        description="True only when every signatory is listed with its `signed` date (as a party, or among the "
        "outsiders that signed): the signatories on a day are then counted from the list.",
    )

    def complete_on(self, on: dt.date) -> bool:
        """Whether every party on ``on`` is listed, as far as the list's ``complete`` and ``complete_from`` tell."""
        return self.complete and (self.complete_from is None or on >= self.complete_from)

    @field_validator("parties")
    @classmethod
    def _one_entry_per_state(cls, parties: list[PartyEntry]) -> list[PartyEntry]:
        seen: set[str] = set()
        for party in parties:
            if party.state in seen:
                raise ValueError(f"{party.state} is listed twice")
            seen.add(party.state)
        return parties


# --- dated counts ----------------------------------------------------------------------------------


class CountView(Strict):
    """Another count of the same period that a source or the records give, where they disagree with ``count`` (the
    OAS lists 35 members after Venezuela's denunciation took effect; counting that denunciation gives 34)."""

    count: int = Field(ge=1)
    held_by: str = Field(min_length=3, max_length=200, description="Who counts so, or on what reading.")
    source: WorldSource


class DatedCount(Doubted):
    """A number of parties (or signatories) that held on every day from ``from`` to ``until``: news gives counts
    ("the 34-nation Open Skies Treaty", "the 28 member states") that are judged on the article's date."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: dt.date = Field(alias="from", description="The first day the count held (or was first read to hold).")
    until: dt.date | None = Field(None, description="The last day it held; null: still on the file's `as_of`.")
    count: int = Field(ge=1)
    source: WorldSource
    sources: list[WorldSource] = []
    note: str | None = Field(None, description="COMPUTED counts name what they were computed from.")
    counted_by: str | None = Field(None, max_length=200, description="Who counts ``count`` so, where others differ.")
    disputed: list[CountView] = Field(
        default=[], description="SOURCES DISAGREE: the other counts of the period, each with who gives it."
    )

    @model_validator(mode="after")
    def _in_order(self) -> DatedCount:
        if self.until is not None and self.until < self.from_:
            raise ValueError(f"until {self.until} is before from {self.from_}")
        return self


class CountsFile(TreatyFile):
    """``world/counts/<treaty>.yaml``: how many parties and signatories a treaty had, period by period, where no
    complete party list (world/parties) gives them. A day in no period is a day whose count is not recorded."""

    as_of: dt.date = Field(description="The last day the counts were checked; an open period holds until then.")
    note: str | None = None
    parties: list[DatedCount] = []
    signatories: list[DatedCount] = []
    active: list[DatedCount] = Field(
        default=[],
        description="Members taking part (the parties less those suspended or excluded from participation): 'the "
        "34-member group' of an organisation of 35 whose 35th does not take part is partly right.",
    )
    states: list[DatedCount] = Field(
        default=[],
        description="The States a source counts non-members against (parties plus those outside): 'the 33 "
        "countries that remain outside' is this number less the parties on the day.",
    )

    @model_validator(mode="after")
    def _periods_do_not_overlap(self) -> CountsFile:
        named = (
            ("parties", self.parties),
            ("signatories", self.signatories),
            ("active", self.active),
            ("states", self.states),
        )
        for name, periods in named:
            ordered = sorted(periods, key=lambda c: c.from_)
            for before, after in itertools.pairwise(ordered):
                if before.until is None or before.until >= after.from_:
                    raise ValueError(f"{name}: the period from {before.from_} overlaps the one from {after.from_}")
        return self


# --- records of what states did --------------------------------------------------------------------

Act = Literal["withdrawal", "denunciation", "revocation_of_withdrawal", "revocation_of_ratification", "suspension"]
"""What the state did. ``revocation_of_ratification`` is its own act (Russia, CTBT, 2023: a treaty not in
force for anyone has no withdrawal clause that operates; the state withdrew its consent, VCLT Art. 18)."""

EventKind = Literal["extended", "armed_conflict_declared", "armed_conflict_ended", "revoked", "other"]


class Tally(Strict):
    """A vote as the body recorded it; any subset of the figures."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    for_: int | None = Field(None, alias="for", ge=0)
    against: int | None = Field(None, ge=0)
    abstained: int | None = Field(None, ge=0)
    present: int | None = Field(None, ge=0)
    body_size: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _fits(self) -> Tally:
        counted = sum(v for v in (self.for_, self.against, self.abstained) if v is not None)
        if self.body_size is not None and counted > self.body_size:
            raise ValueError(f"{counted} votes counted in a body of {self.body_size}")
        if self.present is not None and counted > self.present:
            raise ValueError(f"{counted} votes counted with {self.present} present")
        return self


class ApprovalVote(Strict):
    """A parliament's vote approving a state's consent to a treaty (a ratification law), on the party row's
    ``approved`` day: news tallies of it ('281 lawmakers voted for the ratification') are judged on it."""

    body: str = Field(min_length=2, max_length=120, description="The chamber, as its state names it.")
    tally: Tally
    source: WorldSource


class DomesticStepRecord(Doubted):
    date: dt.date
    date_precision: DatePrecision = "day"
    actor: str = Field(description="The body or office.")
    act: str = Field(description="What it did, in its own words where possible.")
    tally: Tally | None = None
    source: WorldSource | None = None
    note: str | None = None


class RecordEventEntry(Strict):
    date: dt.date
    kind: EventKind
    new_effective: dt.date | None = Field(None, description="For `extended`: the new date it takes effect.")
    agreed: dt.date | None = Field(
        None,
        description="For `extended`: the day it was agreed and made public, where that precedes its formal adoption "
        "(`date`); the new date is known from then (the EU27's agreement of 28 October 2019, adopted 29 October).",
    )
    agreed_source: WorldSource | None = Field(None, description="Where `agreed` is read.")
    transition_until: dt.date | None = Field(
        None,
        description="For an `other` event that sets a transitional period after the exit (the ECOWAS Authority, 15 "
        "December 2024: 29 January to 29 July 2025, 'to keep ECOWAS doors open'): the period's last day, which news "
        "may give as the exit's own. The exit's day is unchanged.",
    )
    note: str | None = None
    source: WorldSource | None = None

    @model_validator(mode="after")
    def _agreed_is_sourced(self) -> RecordEventEntry:
        if self.agreed is not None and (self.agreed_source is None or self.kind != "extended"):
            raise ValueError("`agreed` is for an `extended` event and needs its `agreed_source`")
        if self.agreed is not None and self.agreed > self.date:
            raise ValueError(f"agreed {self.agreed} is after the event's date {self.date}")
        if self.transition_until is not None and (self.kind != "other" or self.source is None):
            raise ValueError("`transition_until` is for an `other` event and needs its `source`")
        return self

    @property
    def known_from(self) -> dt.date:
        """The day the event was known: its agreement, else its date."""
        return self.agreed or self.date


class EffectTime(Strict):
    """The clock time a withdrawal takes effect, where a source fixes it. TEU Art. 50(3): the Treaties cease to
    apply at 00:00 Brussels time on the effective date, which is 23:00 the day before in London (European Union
    (Withdrawal) Act 2018, s. 20(1), 'exit day' 11.00 p.m.). The effective date is counted in ``zone``;
    ``local_zone`` is the withdrawing state's clock, on which the same instant may fall on the day before."""

    time: dt.time
    zone: str = Field(description="IANA time zone the effective date is counted in, e.g. Europe/Brussels.")
    local_zone: str = Field(description="IANA time zone of the withdrawing state, e.g. Europe/London.")
    source: WorldSource
    note: str | None = None

    @model_validator(mode="after")
    def _zones_exist(self) -> EffectTime:
        for zone in (self.zone, self.local_zone):
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"{zone!r} is not an IANA time zone") from exc
        return self


class DisputedPosition(Strict):
    """One side's answer to whether and when a disputed act took effect, with the source that states it."""

    held_by: str = Field(description="Who holds it: a state, a depositary, or the count sources put forward.")
    effective: dt.date | None = Field(None, description="The day it took effect on this view; null: it did not.")
    source: WorldSource


class Dispute(Strict):
    """States or sources disagree whether or when the act took effect, and no depositary settled it (the DPRK's
    NPT withdrawal of 2003: its own date, three months from its notice under Art. X(1), or still bound). Every
    answer about the act names each position; none is kept as the fact."""

    positions: list[DisputedPosition] = Field(min_length=2)
    note: str | None = None


class WorldRecord(Doubted):
    state: ISO3
    act: Act
    notified: dt.date = Field(description="Receipt by the depositary: the date clauses count from.")
    notified_precision: DatePrecision = "day"
    signed: dt.date | None = Field(None, description="Date the instrument was signed, where known.")
    effective: dt.date | None = Field(None, description="As the depositary or an official source records it.")
    specified_date: dt.date | None = Field(None, description="A later date named in the notification.")
    depositary_reference: str | None = Field(None, max_length=120)
    revoked: dt.date | None = Field(None, description="When a revocation was received (it then did not take effect).")
    sources: list[WorldSource] = Field(min_length=1)
    domestic_steps: list[DomesticStepRecord] = []
    first_step: DomesticStepRecord | None = Field(
        None,
        description="The earliest step towards this exit the sources show (a government's announced intention, a "
        "minister's recommendation), where it precedes ``domestic_steps``: before its day (the month's first for "
        "month precision) nothing towards the exit had been done, so a report then calling the state out is wrong.",
    )
    events: list[RecordEventEntry] = []
    effect_time: EffectTime | None = Field(None, description="The clock time it takes effect, where sourced.")
    disputed: Dispute | None = Field(None, description="Where whether or when it took effect is disputed.")
    note: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> WorldRecord:
        if self.effective is not None and self.effective < self.notified:
            raise ValueError(f"effective {self.effective} is before notified {self.notified}")
        if self.revoked is not None and self.revoked < self.notified:
            raise ValueError(f"revoked {self.revoked} is before notified {self.notified}")
        first = self.first_step
        if first is not None and any(first.date > day for day in self.days):
            raise ValueError(f"first_step {first.date} is after the notice or a domestic step")
        for event in self.events:
            if event.kind == "extended" and event.new_effective is None:
                raise ValueError(f"the 'extended' event of {event.date} needs new_effective")
        return self

    @property
    def recorded_effective(self) -> dt.date | None:
        """The date it took (or takes) effect as recorded: the last extension's, else ``effective``."""
        extended = [e.new_effective for e in self.events if e.kind == "extended" and e.new_effective]
        return extended[-1] if extended else self.effective

    @property
    def ends_participation(self) -> bool:
        """Whether this act, once in effect, leaves the state no longer bound."""
        return self.act in ("withdrawal", "denunciation", "revocation_of_ratification")

    @property
    def days(self) -> list[dt.date]:
        """The days the act is dated by: its notice and each domestic step towards it."""
        return [self.notified, *(step.date for step in self.domestic_steps)]


class UnnotifiedProcedure(Strict):
    """A domestic withdrawal procedure that reached no notification (a parliament's vote the head of state sent back,
    a law never promulgated): its steps are facts about the state, not acts the depositary received, so they count
    for no date under the treaty. Its votes are what a news tally ("MPs voted 56 to 32 to withdraw") is checked on."""

    state: ISO3
    domestic_steps: list[DomesticStepRecord] = Field(min_length=1)
    sources: list[WorldSource] = Field(min_length=1)
    note: str | None = None


class RecordsFile(TreatyFile):
    as_of: dt.date | None = Field(None, description="When the list was last checked (optional).")
    complete_since: dt.date | None = Field(
        None, description="Every act since this date is listed (optional; the coverage report shows it)."
    )
    complete_source: WorldSource | None = Field(
        None, description="Where it is read that no act since `complete_since` is missing (with `as_of`)."
    )
    note: str | None = None
    records: list[WorldRecord]
    unnotified: list[UnnotifiedProcedure] = Field(
        [], description="Domestic procedures begun and never notified (their votes), apart from the acts notified."
    )

    @model_validator(mode="after")
    def _completeness_is_sourced(self) -> RecordsFile:
        if self.complete_source is not None and (self.complete_since is None or self.as_of is None):
            raise ValueError("complete_source needs complete_since and as_of (the span it covers)")
        return self


# --- situations ------------------------------------------------------------------------------------


class Situation(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
    kind: Literal["armed_conflict"]
    classification: Literal["international_armed_conflict", "non_international_armed_conflict"] | None = None
    parties: list[ISO3] = Field(min_length=1, description="States party to the situation.")
    start: dt.date
    start_precision: DatePrecision = "day"
    end: dt.date | None = Field(None, description="null: ongoing as of `as_of`.")
    end_precision: DatePrecision = "day"
    as_of: dt.date = Field(description="The last day the source was read for this entry.")
    classifier: str = Field(description="Who classified it (e.g. Geneva Academy RULAC, ICRC).")
    source: WorldSource
    sources: list[WorldSource] = []
    note: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Situation:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class SituationsFile(Strict):
    situations: list[Situation]


class Leader(BaseModel):
    """``world/leaders/*.yaml``: one tenure — the names news writes, the state, the office and the days it was held
    (``to`` excluded; absent: in office when the source was read). Read by the newsroom reader only."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    name: str
    names: list[str] = Field(min_length=1)
    state: ISO3
    office: str
    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(default=None, alias="to")
    source: HttpUrl
    note: str | None = None


class LeadersFile(Strict):
    leaders: list[Leader]


class StateGroup(BaseModel):
    """``world/groups/*.yaml``: a named group of states news lets act as one ('the three Baltic states', 'Poland,
    Baltics quit ...', 'the Sahel states quit the ICC'): the words that name it and its members, from ``from``
    (absent: since before any article read). Read by the newsroom reader only."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    name: str
    adjectives: list[str] = Field(
        min_length=1, description="Lower-case words written before 'states', 'countries', 'nations' ('baltic')."
    )
    plurals: list[str] = Field(default=[], description="Lower-case one-word names of the whole group ('baltics').")
    states: list[ISO3] = Field(min_length=2)
    start: dt.date | None = Field(default=None, alias="from")
    source: HttpUrl
    note: str | None = None


class GroupsFile(Strict):
    groups: list[StateGroup]


class UnruledInstrument(Strict):
    """``world/unruled/*.yaml``: a treaty or organisation's founding instrument that exists (the source says so) but
    has no rule file: its names let the newsroom reader report a claim about it, which the judge answers as
    unverifiable for want of the rule, rather than dropping the sentence or reading another treaty into it."""

    id: TreatyId = Field(description="The id a rule file for it would take; never a rule file's id.")
    name: str
    aliases: list[str] = Field(default=[], description="Other names and acronyms as news writes them ('CIS').")
    sources: list[WorldSource] = Field(min_length=1, description="Where the instrument or its organisation was read.")
    note: str | None = None


class UnruledFile(Strict):
    instruments: list[UnruledInstrument]
