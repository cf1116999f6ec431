"""The shape of the rule files in ``rules/``: the legal knowledge, validated at load.

A treaty file holds the withdrawal clause verbatim and, beside it, the structured provisions that the
engine evaluates; a state file holds the domestic procedure; ``rules/depositaries/<id>.yaml`` holds each
depositary's counting practice with the records that show it. Every provision cites its article and
carries the verbatim text it encodes, so a lawyer can review a file next to the treaty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    HttpUrl,
    PlainSerializer,
    Tag,
    computed_field,
    model_validator,
)
from typing_extensions import TypeAliasType

from schemas.facts import ENGINE_FACT_NAMES, AssessmentFacts
from schemas.periods import Period
from schemas.world import DoubtKind

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
ISO3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
MonthDay = Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]

Verification = TypeAliasType(
    "Verification",
    Annotated[
        Literal["verified", "partly_verified", "unverified", "drafted"],
        Field(description="How far a fact was checked against a primary or authoritative source."),
    ],
)
"""How far a fact was checked against a primary or authoritative source (see each file's notes). ``drafted``:
read from the treaty text by the clause reader (``treatyexit rules draft``) and not yet checked by a person."""

Tier = TypeAliasType(
    "Tier",
    Annotated[
        Literal["reviewed", "drafted"],
        Field(description="`reviewed` by a person, or `drafted` by the clause reader and not yet reviewed."),
    ],
)
"""``reviewed``: a person read the clause in the authentic or an authoritative text and checked every provision;
``drafted``: the clause reader drafted the rules from the text and nobody has checked them yet."""

Counting = TypeAliasType("Counting", Literal["same_day_number", "day_after"])
"""How ``N months after receipt`` becomes a date.

``same_day_number``: the day with the same number N months later (6 Sep + 6 months = 6 Mar).
``day_after``: the period runs from the day after receipt and the withdrawal takes effect on the day after
it expires (2 May + 6 months = 3 Nov; ICSID practice).
"""

MonthEnd = TypeAliasType("MonthEnd", Literal["last_day_of_month", "ambiguous"])
"""What to do when the corresponding day does not exist (31 Aug + 6 months): clamp to the last day of the
month (ETS 76 Art. 4(2)), or report both candidates because no documented practice settles it."""


@dataclass(frozen=True)
class RuleRef:
    """A typed reference to one rule: a provision of a treaty file (``owner`` = the treaty id, ``vclt`` for the
    general law) or a step of a state file (``owner`` = the ISO3 code). Written ``owner/id`` in answers."""

    owner: str
    id: str

    def __str__(self) -> str:
        return f"{self.owner}/{self.id}"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Wording = Literal["verbatim", "translation", "paraphrase"]
"""What a quoted ``text`` is: the authentic words (``verbatim``, in whatever language the source has them), a
``translation`` of them (an official or unofficial English version), or a ``paraphrase`` (wording that was not
read in a source: from memory, a reference file or a summary). A reviewer checks the first against the source."""


class Review(Strict):
    """Who checked a file against its sources, and when."""

    by: str = Field(min_length=1, description="Who reviewed (a name or a team; say so when no lawyer did).")
    on: dt.date

    @model_validator(mode="before")
    @classmethod
    def _yaml_on(cls, value: object) -> object:
        """YAML 1.1 (PyYAML) reads a bare ``on:`` key as the boolean true: take it as ``on``."""
        if isinstance(value, dict) and True in value:
            value = {("on" if k is True else k): v for k, v in value.items()}
        if isinstance(value, dt.date | str):
            raise ValueError(f"say who reviewed, and when: reviewed: {{by: NAME, on: {value}}}")
        return value


def _review_from_api(value: object) -> object:
    """The API sends ``reviewed`` (the day) and ``reviewed_by``; read back (the Python client), they are one
    :class:`Review` again. A rule file must write ``reviewed: {by, on}``."""
    if isinstance(value, dict) and "reviewed_by" in value:
        value = dict(value)
        by = value.pop("reviewed_by")
        if by is not None and value.get("reviewed") is not None:
            value["reviewed"] = {"by": by, "on": value["reviewed"]}
    return value


def _review_day(review: Review | None) -> dt.date | None:
    return review.on if review else None


ReviewField = Annotated[Review | None, PlainSerializer(_review_day, return_type=dt.date | None)]
"""``reviewed`` in a rule file is ``{by, on}``; the API (published as 1.0.0) keeps sending the day under
``reviewed`` and adds ``reviewed_by``."""


class ReviewedBy(Strict):
    """A rule-file part with ``reviewed: {by, on}``: the API sends the day as ``reviewed`` and the reviewer as
    ``reviewed_by``, and reads them back as one :class:`Review`."""

    reviewed: ReviewField

    @model_validator(mode="before")
    @classmethod
    def _read_api_review(cls, value: object) -> object:
        return _review_from_api(value)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reviewed_by(self) -> str | None:
        """Who last reviewed it (the rule file's ``reviewed.by``)."""
        return self.reviewed.by if self.reviewed else None


class Source(Strict):
    url: HttpUrl
    title: str | None = None
    quote: str | None = None
    note: str | None = Field(None, description="What was (not) read there, doubts: review notes, not the title.")


# --- conditions the engine evaluates -------------------------------------------------------------

FactValue = bool | str
"""A fact's value as the rules see it: ``true``, ``false``, ``"unknown"``, a state code or a treaty id. The
names a rule may test are declared once in :mod:`schemas.facts` (:data:`ENGINE_FACT_NAMES`)."""


class _Operator(Strict):
    """Written ``{not: X}`` / ``{in: [...]}`` in rule files and in every JSON the API sends."""

    model_config = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True, validate_by_name=True)


class FactIsNot(_Operator):
    """``{not: X}``: the fact has any value but X."""

    not_: FactValue = Field(alias="not")


class FactIsIn(_Operator):
    """``{in: [X, Y]}``: the fact has one of the listed values."""

    in_: list[FactValue] = Field(alias="in", min_length=1)


def _known_facts(when: dict[str, FactValue | FactIsNot | FactIsIn]) -> dict[str, FactValue | FactIsNot | FactIsIn]:
    unknown = sorted(set(when) - ENGINE_FACT_NAMES)
    if unknown:
        raise ValueError(f"unknown fact {', '.join(unknown)}; a rule may test {', '.join(sorted(ENGINE_FACT_NAMES))}")
    return when


RuleCondition = TypeAliasType(
    "RuleCondition", Annotated[dict[str, FactValue | FactIsNot | FactIsIn], AfterValidator(_known_facts)]
)
Condition: TypeAlias = RuleCondition
"""``when:`` of a provision or a domestic step: every listed fact must have the value (all of them)."""


# --- treaty provisions ---------------------------------------------------------------------------


GeneralLawScope = TypeAliasType("GeneralLawScope", Literal["always", "when_silent"])
"""Only in the general-law file (vclt): whether a default provision joins every treaty's clause or only a silent one."""


class ProvisionBase(Strict):
    id: Slug
    cite: str = Field(description="Article and paragraph, e.g. 'Art. 20(3), second sentence'.")
    text: str = Field(description="The words this provision encodes (see ``wording``).")
    wording: Wording = Field(description="Whether ``text`` is verbatim, a translation or a paraphrase.")
    source: HttpUrl | None = Field(None, description="Where the text was read; defaults to the clause's.")
    when: Condition | None = None
    verification: Verification = "verified"
    note: str | None = None
    applies_to_other_treaties: GeneralLawScope | None = Field(
        None,
        description=(
            "Only in the general-law file (vclt): 'always' adds this provision to every treaty's clause; "
            "'when_silent' adds it to a treaty that has no provision of the same kind."
        ),
    )


class RightProvision(ProvisionBase):
    """Whether a right of withdrawal exists (VCLT Arts. 54 and 56)."""

    kind: Literal["right"]
    exists: Literal["yes", "no", "uncertain"]
    basis: str


class DatedRecipients(Strict):
    """Recipients in force from a date (OpenFisca's dated values): a depositary replaced, a function moved.
    The answer uses the value in force on the notification date (or ``as_of`` when none is given)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, serialize_by_alias=True)

    since: dt.date = Field(alias="from", description="First day the recipients below receive the notice.")
    recipients: list[str] = Field(min_length=1)
    basis: str = Field(description="Why they receive it from that day (the decision, with its date).")
    source: Source
    verification: Verification = "verified"
    note: str | None = None


class NoticeProvision(ProvisionBase):
    """What must be sent, with what content, to whom (VCLT Arts. 65, 67 and 78 where the treaty is silent).
    ``recipients`` holds from the treaty's adoption; ``recipients_from`` lists later values with their start
    dates, in date order."""

    kind: Literal["notice"]
    instrument: str
    recipients: list[str] = Field(min_length=1)
    recipients_from: list[DatedRecipients] = []
    contents: list[str] = []
    actor: str | None = None

    @model_validator(mode="after")
    def _dated_in_order(self) -> NoticeProvision:
        starts = [d.since for d in self.recipients_from]
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            raise ValueError("recipients_from must be in date order, one value per start date")
        return self

    def recipients_on(self, day: dt.date) -> tuple[list[str], DatedRecipients | None]:
        """The recipients in force on ``day``, and the dated value that gave them (None: the original)."""
        current = [d for d in self.recipients_from if d.since <= day]
        return (list(current[-1].recipients), current[-1]) if current else (list(self.recipients), None)


class PreconditionProvision(ProvisionBase):
    """Notice may only be given once the treaty has been in force for ``in_force_for``: for the party
    (``entry_into_force_for_state``, Paris Art. 28(1)) or in general (``entry_into_force``, NATO Art. 13).
    With ``window_length`` and ``window_every`` notice is only possible inside recurring windows that open
    ``in_force_for`` after entry into force (ILO conventions: a year, every ten years)."""

    kind: Literal["precondition"]
    in_force_for: Period
    counted_from: Literal["entry_into_force_for_state", "entry_into_force"] = "entry_into_force_for_state"
    window_length: Period | None = None
    window_every: Period | None = None
    description: str

    @model_validator(mode="after")
    def _window_complete(self) -> PreconditionProvision:
        if (self.window_length is None) != (self.window_every is None):
            raise ValueError("window_length and window_every go together")
        return self


class EffectBase(ProvisionBase):
    """What every effect provision (when the withdrawal takes effect) declares besides its date rule."""

    later_date_allowed: bool = Field(False, description="The notice may name a later date (Rome Art. 127(1)).")
    displaces: list[Slug] = Field(
        [],
        description=(
            "Effect provisions of the same file this one displaces when it applies (a special rule over the "
            "general one: Rome Statute Art. 121(6) over Art. 127(1)). Precedence is declared here, not in code."
        ),
    )


class EffectAfterPeriod(EffectBase):
    kind: Literal["effect"]
    rule: Literal["after_period"]
    period: Period
    counted_from: str = "receipt by the depositary"
    counting: Counting | None = Field(None, description="Overrides the depositary's practice when the text settles it.")
    month_end: MonthEnd | None = None


class EffectFirstOfMonthAfterPeriod(EffectBase):
    """First day of the month following the expiry of ``period`` after receipt (Council of Europe clauses)."""

    kind: Literal["effect"]
    rule: Literal["first_day_of_month_after_period"]
    period: Period
    counted_from: str = "receipt by the depositary"
    month_end: MonthEnd | None = None


class EffectFixedDayOfLaterYear(EffectBase):
    """A fixed calendar day of the year ``years_after`` the year of notice (UNESCO: 31 December, 1)."""

    kind: Literal["effect"]
    rule: Literal["fixed_day_of_later_year"]
    day: MonthDay
    years_after: int = Field(ge=0, le=10)
    counted_from: str = "notice"


class EffectAnnualDateWithDeadline(EffectBase):
    """Effect on ``day`` of the first year whose ``notice_by`` deadline the notice met (ICRW Art. XI), or of
    a later year (``years_after_deadline``: Single Convention Art. 46, 1 January of the following year)."""

    kind: Literal["effect"]
    rule: Literal["annual_date_with_notice_deadline"]
    day: MonthDay
    notice_by: MonthDay
    years_after_deadline: int = Field(0, ge=0, le=5)
    counted_from: str = "notice"


class SuspensionProvision(ProvisionBase):
    """A fact that, when it holds on the expiry of the period, postpones the effect (Ottawa Art. 20(3))."""

    kind: Literal["suspension"]
    postponed_until: str = Field(description="In words, e.g. 'the end of the armed conflict'.")


class EffectConditionProvision(ProvisionBase):
    """A condition attached to the effect that the engine cannot check (e.g. dues paid in full)."""

    kind: Literal["effect_condition"]
    condition: str


class SurvivalProvision(ProvisionBase):
    kind: Literal["survival"]
    obligations: list[str] = Field(min_length=1)
    lasts: Period | None = Field(None, description="How long it survives after the effective date, if fixed.")


class RevocationProvision(ProvisionBase):
    kind: Literal["revocation"]
    allowed: Literal["yes", "no", "uncertain"]
    until: str


class EffectEndOfRecurringPeriod(EffectBase):
    """Effect at the end of the current period of ``every`` (the first ends on ``first_end``), if notice was
    given at least ``notice_at_least`` before it; otherwise at the end of the next (Genocide Convention
    Art. XIV: successive five-year periods, notice six months before the end)."""

    kind: Literal["effect"]
    rule: Literal["end_of_recurring_period"]
    first_end: dt.date
    every: Period
    notice_at_least: Period
    counted_from: str = "receipt by the depositary"


class EffectOnReceipt(EffectBase):
    """Effect on the day the notice is received (Rome Statute Art. 121(6): 'with immediate effect')."""

    kind: Literal["effect"]
    rule: Literal["on_receipt"]
    counted_from: str = "receipt by the depositary"


class NeedsReviewProvision(ProvisionBase):
    """Words of the clause the reader could not turn into a rule: kept verbatim for a person to encode. A
    ``needs_review`` provision about the effect stands in for the effect: no date is computed from a guess."""

    kind: Literal["needs_review"]
    about: Literal["right", "notice", "precondition", "effect", "suspension", "survival", "duration", "other"]
    reason: str


class AgreedDateProvision(ProvisionBase):
    """The parties may agree the date instead (TEU Art. 50(3) withdrawal agreement or extension; VCLT
    Art. 54(b)); applies when the question gives ``facts.agreed_date``."""

    kind: Literal["agreed_date"]
    description: str


def _provision_tag(value: object) -> str | None:
    """``kind``, refined by ``rule`` for effect provisions, so a bad file gets one precise error."""
    fields: dict[str, object] = value if isinstance(value, dict) else vars(value)
    kind = fields.get("kind")
    return f"effect:{fields.get('rule')}" if kind == "effect" else (str(kind) if kind is not None else None)


Provision = Annotated[
    Annotated[RightProvision, Tag("right")]
    | Annotated[NoticeProvision, Tag("notice")]
    | Annotated[PreconditionProvision, Tag("precondition")]
    | Annotated[EffectAfterPeriod, Tag("effect:after_period")]
    | Annotated[EffectFirstOfMonthAfterPeriod, Tag("effect:first_day_of_month_after_period")]
    | Annotated[EffectFixedDayOfLaterYear, Tag("effect:fixed_day_of_later_year")]
    | Annotated[EffectAnnualDateWithDeadline, Tag("effect:annual_date_with_notice_deadline")]
    | Annotated[EffectEndOfRecurringPeriod, Tag("effect:end_of_recurring_period")]
    | Annotated[EffectOnReceipt, Tag("effect:on_receipt")]
    | Annotated[AgreedDateProvision, Tag("agreed_date")]
    | Annotated[SuspensionProvision, Tag("suspension")]
    | Annotated[EffectConditionProvision, Tag("effect_condition")]
    | Annotated[SurvivalProvision, Tag("survival")]
    | Annotated[RevocationProvision, Tag("revocation")]
    | Annotated[NeedsReviewProvision, Tag("needs_review")],
    Discriminator(_provision_tag),
]

EffectProvision = (
    EffectAfterPeriod
    | EffectFirstOfMonthAfterPeriod
    | EffectFixedDayOfLaterYear
    | EffectAnnualDateWithDeadline
    | EffectEndOfRecurringPeriod
    | EffectOnReceipt
)


class Draft(Strict):
    """Who drafted the clause's rules and from which text (the clause reader, ``treatyexit rules draft``)."""

    by: str
    on: dt.date
    text: str = Field(description="The text file read (e.g. BWBV0001000.md of the reference treaty texts).")


class WithdrawalClause(ReviewedBy):
    article: str | None = Field(description="The article that governs withdrawal; null when the treaty is silent.")
    title: str | None = None
    text: str | None = Field(description="Text of the article (see ``wording``).")
    wording: Wording | None = Field(None, description="Whether ``text`` is verbatim, a translation or a paraphrase.")
    source: HttpUrl | None
    verification: Verification
    reviewed: ReviewField = Field(None, description="Who last checked the clause and when; null for a draft.")
    drafted: Draft | None = Field(None, description="Set when the clause reader drafted these rules.")
    note: str | None = None
    provisions: list[Provision]

    @property
    def tier(self) -> Tier:
        return "reviewed" if self.reviewed is not None else "drafted"

    @model_validator(mode="after")
    def _reviewed_or_drafted(self) -> WithdrawalClause:
        if self.reviewed is None and self.drafted is None:
            raise ValueError("a clause is either reviewed (reviewed: {by, on}) or drafted (drafted: {by, on, text})")
        if self.reviewed is None and self.verification != "drafted":
            raise ValueError("an unreviewed clause has verification: drafted")
        if self.text is not None and self.wording is None:
            raise ValueError("a quoted text says what it is: wording: verbatim | translation | paraphrase")
        return self

    @model_validator(mode="after")
    def _unique_ids(self) -> WithdrawalClause:
        ids = [p.id for p in self.provisions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"provision ids must be unique, repeated: {', '.join(duplicates)}")
        return self


class Revocation(Strict):
    """The notification was revoked before it took effect (VCLT Art. 68): the withdrawal never happened."""

    date: dt.date
    sources: list[Source] = Field(min_length=1)
    verification: Verification = "verified"


class Example(Strict):
    """A real withdrawal with its real dates; runs as a test of the rule beside it. A revoked one keeps the date
    the rule gave (``expect_date``) and says when it was revoked; its record then shows ``revoked``."""

    state: ISO3
    received: dt.date | None = Field(description="Receipt of the notification by the depositary.")
    facts: AssessmentFacts = AssessmentFacts()
    expect_status: str
    expect_date: dt.date | None
    revoked: Revocation | None = None
    sources: list[Source] = Field(min_length=1)
    note: str | None = None


class Case(Strict):
    """A constructed question on this treaty and the answer its rules must give (OpenFisca's YAML tests): an edge
    of the law a review found (a month end, a named or agreed date, a precondition not yet met, a treaty not in
    force or terminated). Runs, as ``examples`` do, in `rules check` and as a named test
    (tests/rulebook/test_examples.py). Not an event: real withdrawals are ``examples``, with their sources."""

    name: Slug = Field(description="Names the test: <treaty>-<name>.")
    why: str = Field(min_length=1, description="The legal point the case pins, with the article or principle.")
    state: ISO3
    received: dt.date | None = Field(None, description="Receipt of the notification by the depositary.")
    facts: AssessmentFacts = AssessmentFacts()
    as_of: dt.date = Field(description="The day the question is asked (an answer may depend on it).")
    expect_status: str
    expect_date: dt.date | None
    expect_earliest: dt.date | None = Field(None, description="Checked when given: the earliest possible date.")


class Participation(Strict):
    """When a state became bound: for checking 'joined in 2004'-style claims. Dates as the depositary records them."""

    state: ISO3
    signed: dt.date | None = None
    consent: dt.date = Field(description="Ratification, acceptance, approval, accession or succession deposited")
    consent_kind: Literal["ratification", "acceptance", "approval", "accession", "succession"] = "ratification"
    in_force_for_state: dt.date | None = None
    sources: list[Source] = Field(min_length=1)
    verification: Verification = "verified"


class PartiesCount(Strict):
    count: int = Field(ge=1)
    as_of: dt.date
    sources: list[Source] = Field(min_length=1)
    verification: Verification


class SignaturePeriod(Strict):
    """When the treaty was open for signature, as its final clauses set it (Kyoto Art. 24(1): 16 March 1998 to 15
    March 1999): no State could sign it before ``opened``, whatever its adoption date."""

    opened: dt.date
    closed: dt.date | None = Field(None, description="The last day it was open for signature; null: no end set.")
    cite: str = Field(description="The article that opens it ('Art. 24(1)').")
    source: Source


class StateEntryIntoForce(ReviewedBy):
    """When the treaty enters into force for a State that consents after its own entry into force, as its final
    clauses set it (Rome Statute Art. 126(2): 'on the first day of the month after the 60th day following the
    deposit by such State of its instrument'): the day a State becomes a party, from the day of its deposit."""

    cite: str = Field(description="The paragraph that sets it ('Art. 126(2)').")
    text: str = Field(description="The paragraph, verbatim.")
    period: str = Field(description="ISO 8601 period after the deposit ('P60D': the 60th day following it).")
    month_start: bool = Field(
        False, description="In force on the first day of the month after the period ends, not on its last day."
    )
    source: Source
    reviewed: ReviewField = Field(
        description="When a person last checked the paragraph against its source (who: `reviewed_by`)."
    )


TreatyFact = Literal["adopted", "entry_into_force"]


class TreatyDoubt(Strict):
    """A treaty-level fact the file holds without reading it where it is recorded (the depositary's or the treaty
    organisation's record): an entry into force read in an encyclopedia copy. The structured form of what a comment
    beside the field used to say, so that an answer resting on the fact says so: a check's ``caveats`` and the
    assessment's ``treaty.doubts`` (as world rows' ``doubts`` are shown). ``why`` follows the kind, as world doubts'
    do ('not read as given: ...'); ``sources`` are the weak sources the value was read in."""

    fact: TreatyFact = Field(description="The treaty's field the doubt is about.")
    kind: DoubtKind = "not_read"
    why: str = Field(min_length=10, max_length=240, description="Short: what was read, and where it was not.")
    sources: list[Source] = Field(min_length=1, description="Where the value was read.")


class Treaty(Strict):
    id: Slug
    name: str
    short_name: str
    aliases: list[str] = []
    exit_names: dict[str, ISO3] = Field(
        {},
        description="Aliases that name one state's exit from the treaty, as news writes them ('Brexit': GBR): an "
        "article using one names that state as the one leaving.",
    )
    not_names: list[str] = Field(
        [],
        description="Names of other instruments that contain one of the aliases ('European Energy Charter', a "
        "political declaration, is not the Energy Charter Treaty): the reader takes them for no treaty.",
    )
    kind: Literal["multilateral", "bilateral", "general_law"]
    depositary: Slug | None = Field(description="Id of a file in rules/depositaries/; null for a bilateral treaty.")
    parties: list[ISO3] | None = Field(None, description="For a bilateral treaty: the parties.")
    adopted: dt.date | None = None
    signature: SignaturePeriod | None = Field(
        None, description="When it was open for signature, where that is later than its adoption (read from the text)."
    )
    entry_into_force: dt.date | None = None
    state_entry_into_force: StateEntryIntoForce | None = Field(
        None, description="When it enters into force for a State consenting later (from the State's deposit)."
    )
    text_source: Source
    withdrawal: WithdrawalClause
    nature: Literal["treaty", "political_commitment", "disputed"] = Field(
        "treaty",
        description=(
            "What the instrument is: a treaty; a political commitment that is not a treaty (the JCPOA); or an "
            "instrument whose binding force is disputed (the Budapest Memorandum). Not a treaty: `nature_source`."
        ),
    )
    nature_source: Source | None = Field(None, description="Where the instrument's nature was read.")
    nature_note: str | None = Field(None, description="What the instrument is, in words an answer can quote.")
    in_force: bool = Field(True, description="False for a treaty not yet in force (e.g. the CTBT).")
    terminated: dt.date | None = Field(None, description="The day the treaty ceased to be in force, if it did.")
    status_source: Source | None = Field(None, description="Where `in_force: false` or `terminated` was read.")
    examples: list[Example] = []
    cases: list[Case] = Field(default=[], description="Constructed questions and the answers the rules must give.")
    participation: list[Participation] = Field(default=[], description="Parties' consent dates, where recorded.")
    parties_count: PartiesCount | None = None
    doubts: list[TreatyDoubt] = Field(
        default=[], description="Treaty-level facts held from weak sources (not read where they are recorded)."
    )
    notes: list[str] = []

    @model_validator(mode="after")
    def _doubts_name_held_facts(self) -> Treaty:
        facts = [doubt.fact for doubt in self.doubts]
        for fact in facts:
            if getattr(self, fact) is None:
                raise ValueError(f"doubt on '{fact}', which the file leaves out")
            if facts.count(fact) > 1:
                raise ValueError(f"two doubts on '{fact}': say both in one")
        return self

    @model_validator(mode="after")
    def _status_has_a_source(self) -> Treaty:
        if (self.terminated is not None or not self.in_force) and self.status_source is None:
            raise ValueError("a treaty not in force or terminated needs `status_source`")
        return self

    @model_validator(mode="after")
    def _exit_names_are_aliases(self) -> Treaty:
        if unknown := sorted(set(self.exit_names) - set(self.aliases)):
            raise ValueError(f"exit_names {unknown} must also be aliases (the reader finds a treaty by its aliases)")
        return self

    @model_validator(mode="after")
    def _case_names_are_unique(self) -> Treaty:
        names = [case.name for case in self.cases]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"case names must be unique, repeated: {', '.join(repeated)}")
        return self

    @model_validator(mode="after")
    def _nature_has_a_source(self) -> Treaty:
        if self.nature != "treaty" and (self.nature_source is None or not self.nature_note):
            raise ValueError(f"nature '{self.nature}' needs `nature_source` and `nature_note`")
        return self

    @property
    def tier(self) -> Tier:
        return self.withdrawal.tier

    @model_validator(mode="after")
    def _effect_is_single(self) -> Treaty:
        effects = [p for p in self.withdrawal.provisions if isinstance(p, EffectBase)]
        unconditional = [p for p in effects if p.when is None]
        if len(unconditional) > 1:
            raise ValueError("at most one effect provision may apply without a 'when' condition")
        ids = {p.id for p in effects}
        for effect in effects:
            unknown = sorted(set(effect.displaces) - ids)
            if unknown:
                raise ValueError(f"{effect.id}: displaces {', '.join(unknown)}: no such effect provision in this file")
            if effect.when is not None and unconditional and unconditional[0].id not in effect.displaces:
                raise ValueError(
                    f"{effect.id}: applies beside the unconditional '{unconditional[0].id}': say which wins "
                    f"(displaces: [{unconditional[0].id}])"
                )
        return self


# --- depositaries --------------------------------------------------------------------------------


class DepositaryRecord(Strict):
    """A withdrawal whose receipt and effective dates the depositary (or its records) show."""

    treaty: str
    state: ISO3
    received: dt.date
    effective: dt.date
    sources: list[Source] = Field(min_length=1)


class DepositaryName(Strict):
    """A name news gives the depositary or its organisation ('the Strasbourg-based organization'), with its basis."""

    name: str
    source: Source


class Depositary(Strict):
    id: Slug
    name: str
    counting: Counting
    month_end: MonthEnd
    practice: str = Field(description="The practice in words, with what it rests on.")
    verification: Verification
    evidence: list[DepositaryRecord] = []
    called: list[DepositaryName] = Field(
        [], description="Other names for the depositary's organisation, read as the recipient of a notice."
    )
    note: str | None = None


# --- states --------------------------------------------------------------------------------------


class ThresholdRule(Strict):
    """A majority rule, in words and, where the body's size is fixed, as a number of members."""

    rule: Literal[
        "majority_of_votes_cast",
        "majority_of_members_present",
        "majority_of_all_members",
        "three_fifths_of_votes_cast",
        "three_fifths_of_members_present",
        "three_fifths_of_all_members",
        "two_thirds_of_votes_cast",
        "two_thirds_of_members_present",
        "two_thirds_of_all_members",
        "none",
    ]
    words: str
    body_size: int | None = Field(None, ge=1)
    votes_needed: int | None = Field(None, ge=1, description="Of all members; null where it depends on attendance.")
    cite: str
    verification: Verification
    note: str | None = None

    @model_validator(mode="after")
    def _votes_match_rule(self) -> ThresholdRule:
        fraction = {
            "majority_of_all_members": None,
            "three_fifths_of_all_members": (3, 5),
            "two_thirds_of_all_members": (2, 3),
        }
        if self.body_size and self.votes_needed and self.rule in fraction:
            f = fraction[self.rule]
            expected = self.body_size // 2 + 1 if f is None else -(-self.body_size * f[0] // f[1])
            if expected != self.votes_needed:
                raise ValueError(
                    f"votes_needed {self.votes_needed} does not follow from {self.rule} of {self.body_size} "
                    f"(expected {expected})"
                )
        return self


class DomesticStep(Strict):
    id: Slug
    order: int = Field(ge=1)
    description: str
    actor: str
    body: str | None = None
    threshold: ThresholdRule | None = None
    when: Condition | None = None
    cite: str
    text: str | None = Field(None, description="The words of the law, where read (see ``wording``).")
    wording: Wording | None = Field(None, description="Whether ``text`` is verbatim, a translation or a paraphrase.")
    sources: list[Source] = Field(min_length=1)
    verification: Verification
    note: str | None = None

    @model_validator(mode="after")
    def _text_says_its_wording(self) -> DomesticStep:
        if self.text is not None and self.wording is None:
            raise ValueError("a quoted text says what it is: wording: verbatim | translation | paraphrase")
        return self


class Precedent(Strict):
    treaty: str
    description: str
    sources: list[Source] = Field(min_length=1)


class StateProcedure(Strict):
    iso3: ISO3
    name: str
    adjectives: list[str] = []
    reviewed: Annotated[Review, PlainSerializer(_review_day, return_type=dt.date)]
    confidence: Literal["high", "medium", "low"]
    confidence_note: str
    steps: list[DomesticStep] = Field(min_length=1)
    precedents: list[Precedent] = []
    open_questions: list[str] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reviewed_by(self) -> str:
        """Who last reviewed the file (its ``reviewed.by``)."""
        return self.reviewed.by

    @model_validator(mode="before")
    @classmethod
    def _read_api_review(cls, value: object) -> object:
        return _review_from_api(value)

    @model_validator(mode="after")
    def _ordered(self) -> StateProcedure:
        ids = [s.id for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique")
        return self
