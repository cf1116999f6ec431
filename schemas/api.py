"""Requests and responses of the /v1 API: one definition for the service, the OpenAPI document and clients."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.facts import AssessmentFacts, LegalDate
from schemas.rules import Depositary as DepositaryRule
from schemas.rules import StateProcedure as StateRule
from schemas.rules import Tier, TreatyDoubt, Verification
from schemas.rules import Treaty as TreatyRule

Status = Literal[
    "determined",
    "conditional",
    "ambiguous",
    "not_yet_permitted",
    "no_withdrawal_right",
    "needs_notification",
    "needs_review",
    "not_a_treaty",
    "not_a_party",
]
"""``needs_review``: the rules were drafted from the text and the effect could not be read, so no date is given;
``not_a_treaty``: the instrument is not a treaty (a political commitment) or its binding force is disputed."""


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssessmentRequest(Model):
    treaty: str = Field(min_length=1, max_length=200, description="Treaty id (`apmbc`) or alias (`Ottawa Convention`).")
    state: str = Field(
        min_length=1,
        max_length=60,
        description="The withdrawing state: ISO 3166-1 alpha-3 code (`TUR`) or a name as people write it (`Turkey`, "
        "`Turkish`, `Ankara`).",
    )
    notification_date: LegalDate | None = Field(
        None, description="Date the depositary received the notification; omit to ask what would happen."
    )
    facts: AssessmentFacts = Field(default_factory=AssessmentFacts)
    as_of: LegalDate | None = Field(
        None, description="The day the question is asked (default: today); `earliest_date` is counted from it."
    )


class Citation(Model):
    rule: str = Field(description="`treaty/provision` or `ISO3/step`: where the rule lives in rules/.")
    instrument: str
    cite: str
    text: str | None = Field(description="The verbatim words the rule encodes.")
    url: str | None
    verification: Verification
    reviewed: dt.date | None = Field(description="When a person last checked the rule; null for a drafted one.")
    note: str | None = None


class VotingThreshold(Model):
    rule: str
    words: str
    body_size: int | None
    votes_needed: int | None
    verification: Verification
    note: str | None = None


class Requirement(Model):
    id: str
    level: Literal["domestic", "international"]
    order: int
    description: str
    actor: str
    recipients: list[str] = []
    contents: list[str] = []
    threshold: VotingThreshold | None = None
    citation: Citation


class Condition(Model):
    id: str
    kind: Literal[
        "suspension",
        "assumption",
        "effect_condition",
        "precondition",
        "right",
        "date_rule",
        "revocation",
        "needs_review",
        "known_fact",
    ] = Field(
        description=(
            "`assumption`: a fact the answer assumed (not given, not recorded); `known_fact`: a fact taken from the "
            "world files (party lists, records, situations) with its source; the others come from the rules."
        )
    )
    description: str
    affects_date: bool
    citation: Citation


class Survival(Model):
    id: str
    obligations: list[str]
    lasts: str | None
    until: dt.date | None = Field(description="When the survival ends, where it has a fixed length.")
    citation: Citation


class Effective(Model):
    status: Status
    date: dt.date | None = Field(description="The day the withdrawal takes effect, when determined.")
    earliest_date: dt.date | None = Field(
        description="The earliest day it could take effect: on the notification given, or if notified on `as_of`."
    )
    candidates: list[dt.date] = Field(
        default=[], description="When the law leaves a missing day unresolved (31 Aug + 6 months): every reading."
    )
    explanation: str
    conditions: list[Condition]
    survives: list[Survival]
    basis: Citation | None = Field(
        None, description="The effect provision the date (or the earliest date) is computed from, with its citation."
    )


class TraceEntry(Model):
    rule: str
    applied: bool
    saw: dict[str, bool | str]
    cite: str | None = None
    step: Literal["applies", "date"] = Field(
        "applies",
        description="`applies`: the engine decided whether the rule applies; `date`: the date computed from it.",
    )


class TreatyRef(Model):
    id: str
    name: str
    short_name: str
    depositary: str | None
    tier: Tier = Field(
        description=(
            "`reviewed`: a person checked the clause against the authentic or an authoritative text; `drafted`: the "
            "clause reader drafted the rules from the text and nobody has checked them yet."
        )
    )
    reviewed: dt.date | None = Field(description="When the clause was last reviewed; null for a draft.")
    doubts: list[TreatyDoubt] = Field(
        default=[],
        description="Treaty-level facts (adoption, entry into force) the rule file holds from weak sources, not read "
        "where they are recorded: each with why and the sources it was read in; empty when none",
    )


class StateRef(Model):
    iso3: str
    name: str
    domestic_procedure: Literal["encoded", "not_encoded"]


class WorldSourceRef(Model):
    url: str
    title: str | None = None
    accessed: dt.date | None = None
    quote: str | None = None


class PartyStatusRef(Model):
    """Whether the state was bound by the treaty on the day asked, from world/parties and world/records."""

    status: Literal["party", "consented", "withdrawn", "not_party", "unknown"]
    on: dt.date = Field(description="The notification date, or `as_of` when none is given.")
    reason: str
    as_of: dt.date | None = Field(description="The date the party list reflects.")
    complete: bool = Field(description="Whether the list names every party on its `as_of`.")
    source: WorldSourceRef | None


class Assessment(Model):
    treaty: TreatyRef
    state: StateRef
    notification_date: dt.date | None
    as_of: dt.date
    requirements: list[Requirement]
    effective: Effective
    citations: list[Citation]
    notes: list[str]
    trace: list[TraceEntry]
    rules_version: str
    party: PartyStatusRef | None = Field(
        None, description="The state's party status on the day, as the world files record it (null: not looked up)."
    )


class AssessmentSummary(Model):
    """The lean answer (`?view=summary`): the decision without its explanation — status, dates, the ids of the
    conditions and the references of the citations. The full answer (the default) explains each of them."""

    view: Literal["summary"] = "summary"
    treaty: str
    state: str
    notification_date: dt.date | None
    as_of: dt.date
    status: Status
    date: dt.date | None
    earliest_date: dt.date | None
    candidates: list[dt.date] = []
    conditions: list[str] = Field(description="Ids of the conditions; the full answer describes each")
    assumptions: list[str] = Field(
        description="Ids of the conditions that are assumptions (a fact not given and not recorded): the date "
        "holds only if they do"
    )
    citations: list[str] = Field(
        description="References of the citations, as `treaty/provision` or `ISO3/step` (the rule in rules/; the "
        "full answer, `GET /v1/treaties/{id}` and `GET /v1/states/{iso3}` give the article, text and source)"
    )
    rules_version: str

    @classmethod
    def of(cls, answer: Assessment) -> AssessmentSummary:
        effective = answer.effective
        return cls(
            treaty=answer.treaty.id, state=answer.state.iso3, notification_date=answer.notification_date,
            as_of=answer.as_of, status=effective.status, date=effective.date, earliest_date=effective.earliest_date,
            candidates=effective.candidates, conditions=[c.id for c in effective.conditions],
            assumptions=[c.id for c in effective.conditions if c.kind == "assumption"],
            citations=[c.rule for c in answer.citations],
            rules_version=answer.rules_version,
        )  # fmt: skip


class TreatySummary(Model):
    id: str
    name: str
    short_name: str
    aliases: list[str]
    kind: str
    depositary: str | None
    tier: Tier


class TreatyList(Model):
    items: list[TreatySummary]
    rules_version: str


class Health(Model):
    """Liveness: the process answers, with the rules version it serves."""

    status: Literal["ok"]
    rules_version: str


class Readiness(Model):
    """Readiness: the rules version loaded, and ``ok`` or ``unavailable: <error>`` for the records database."""

    rulebook: str
    database: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict[str, object]] | None = None
    close_matches: list[str] | None = None
    request_id: str | None = Field(None, description="The X-Request-ID of the request: quote it when reporting")


class TreatyDetail(Model):
    treaty: TreatyRule
    depositary: DepositaryRule | None
    general_law_defaults: list[str] = Field(
        description="Rules of the general law (VCLT) added to this treaty's clause, as `vclt/provision`."
    )
    rules_version: str


class StateDetail(Model):
    iso3: str
    name: str
    domestic_procedure: StateRule | None
    note: str | None = None
    rules_version: str


class PartyItem(Model):
    """One state's participation in a treaty on a date, from world/parties and world/records."""

    state: str
    name: str
    status: Literal["party", "consented", "withdrawn", "not_party", "unknown"]
    reason: str
    consent: str | None = None
    consent_date: dt.date | None = None
    in_force: dt.date | None = None


class PartiesAnswer(Model):
    treaty: str
    on: dt.date
    count: int = Field(description="States bound on `on` (the listed parties less the withdrawals in effect).")
    complete: bool = Field(description="True only when the list names every party on its `as_of` and `on` <= `as_of`.")
    as_of: dt.date | None = Field(description="The date the party list reflects; null when no list is recorded.")
    source: WorldSourceRef | None
    note: str | None = None
    parties: list[PartyItem] = Field(description="The states bound on `on`.")
    left: list[PartyItem] = Field(description="Listed states no longer bound on `on` (their withdrawal took effect).")
    rules_version: str


class StateTreatyItem(Model):
    treaty: str
    short_name: str
    status: Literal["party", "consented", "withdrawn", "not_party", "unknown"]
    reason: str
    complete: bool
    as_of: dt.date | None
    source: WorldSourceRef | None


class StateTreaties(Model):
    state: str
    name: str
    on: dt.date
    treaties: list[StateTreatyItem] = Field(description="Every treaty with a party list or a record about the state.")
    rules_version: str
