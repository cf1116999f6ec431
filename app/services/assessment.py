"""Assess one withdrawal: derive facts, ask the engine which provisions apply, compute the dates, explain.

The status follows a priority table (first hit wins), in this order: no right of withdrawal; notice given
before a precondition was met; no notification yet; a suspension applies; the right itself is uncertain;
the date is ambiguous; otherwise determined.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.dates import (
    DateResult,
    add_period,
    annual_date_with_notice_deadline,
    end_of_recurring_period,
    first_day_of_month_after_period,
    fixed_day_of_later_year,
    notice_window,
)
from app.engine import Decision, Engine, state_ruleset, treaty_ruleset
from app.rulebook import Rulebook
from app.services import world_facts
from app.services.lookup import StateInfo, alias_index, find_state, find_treaty
from app.world.model import SituationHolding
from schemas import api
from schemas.facts import AssessmentFacts
from schemas.periods import describe_period, parse_period
from schemas.rules import (
    AgreedDateProvision,
    Counting,
    DomesticStep,
    EffectAfterPeriod,
    EffectAnnualDateWithDeadline,
    EffectConditionProvision,
    EffectEndOfRecurringPeriod,
    EffectFirstOfMonthAfterPeriod,
    EffectFixedDayOfLaterYear,
    EffectOnReceipt,
    EffectProvision,
    MonthEnd,
    NoticeProvision,
    PreconditionProvision,
    Provision,
    RevocationProvision,
    RightProvision,
    StateProcedure,
    SurvivalProvision,
    SuspensionProvision,
    Treaty,
)
from schemas.world import WorldRecord

DEFAULT_COUNTING: Counting = "same_day_number"
DEFAULT_MONTH_END: MonthEnd = "ambiguous"


class AssessmentError(ValueError):
    """The question cannot be answered as asked (e.g. a fact that contradicts the rules); a 422."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


def _tri(value: bool | None) -> bool | str:
    return "unknown" if value is None else value


@dataclass
class _Context:
    rulebook: Rulebook
    treaty: Treaty
    state: StateInfo
    procedure: StateProcedure | None
    request: api.AssessmentRequest
    as_of: dt.date


class AssessmentService:
    """Answers :class:`schemas.api.AssessmentRequest` from one rulebook and its compiled engine."""

    def __init__(self, rulebook: Rulebook, engine: Engine | None = None) -> None:
        self.rulebook = rulebook
        self.engine = engine or Engine(rulebook)
        self._aliases = alias_index(rulebook)

    def find_treaty(self, query: str) -> Treaty:
        return find_treaty(self.rulebook, self._aliases, query)

    def _prepare(
        self, request: api.AssessmentRequest, today: dt.date | None
    ) -> tuple[_Context, dict[str, Provision], list[_Precondition], dict[str, bool | str]]:
        treaty = self.find_treaty(request.treaty)
        state = find_state(request.state)
        ctx = _Context(
            rulebook=self.rulebook,
            treaty=treaty,
            state=state,
            procedure=self.rulebook.states.get(state.iso3),
            request=request,
            as_of=request.as_of or today or dt.date.today(),
        )
        provisions = {
            f"{self.rulebook.provision_source(treaty, p)[0].id}/{p.id}": p for p in self.rulebook.provisions_for(treaty)
        }
        preconditions = _precondition_results(ctx, provisions)
        facts: dict[str, bool | str] = {
            "state": state.iso3,
            "notified": request.notification_date is not None,
            "armed_conflict": _tri(request.facts.armed_conflict),
            "specified_date": request.facts.specified_date is not None,
            "agreed_date": request.facts.agreed_date is not None,
            "amendment_not_accepted": _tri(request.facts.amendment_not_accepted),
            "precondition_met": _all_met(preconditions),
        }
        return ctx, provisions, preconditions, facts

    def engine_facts(self, request: api.AssessmentRequest, *, today: dt.date | None = None) -> dict[str, bool | str]:
        """The facts the treaty's ruleset is asked about, derived from the request (dates become booleans)."""
        return self._prepare(request, today)[3]

    def assess(
        self, request: api.AssessmentRequest, *, today: dt.date | None = None, use_cache: bool = True
    ) -> api.Assessment:
        """The answer from the rules and the world files: a state recorded as not a party on the day has
        nothing to withdraw from; a fact the question leaves out is taken from the situations file."""
        treaty = self.find_treaty(request.treaty)
        state = find_state(request.state)
        as_of = request.as_of or today or dt.date.today()
        world = self.rulebook.world
        day = request.notification_date or as_of
        party = world.party_status(treaty.id, state.iso3, day, self._effective_of)
        ended = treaty.terminated is not None and day >= treaty.terminated  # the treaty's end answers first
        if party.status in ("not_party", "withdrawn") and not ended:
            self._assess_rules(request, today, use_cache)  # the question itself must still be a valid one
            ref = api.StateRef(
                iso3=state.iso3,
                name=state.name,
                domestic_procedure="encoded" if state.iso3 in self.rulebook.states else "not_encoded",
            )
            return world_facts.not_a_party_answer(self.rulebook, treaty, ref, request, as_of, party)
        known: list[api.Condition] = []
        if (
            request.facts.armed_conflict is None
            and world.has_situation(state.iso3)
            and world_facts.suspended_by_armed_conflict(self.rulebook, treaty)
        ):
            holding = self._conflict_at_expiry(request, state.iso3, today, use_cache)
            if holding is not None:
                known.append(world_facts.situation_condition(holding, state.name))
                request = request.model_copy(
                    update={"facts": request.facts.model_copy(update={"armed_conflict": True})}
                )
        answer = self._assess_rules(request, today, use_cache)
        conditions = known + answer.effective.conditions
        if party.status == "unknown":
            conditions.append(world_facts.party_assumption(party, state.name, treaty))
        if party.status == "consented":
            answer.notes.append(f"{state.name} had consented but was not yet bound on {party.on}: {party.reason}.")
        answer.effective.conditions = conditions
        for condition in known:
            answer.effective.explanation += (
                f" The armed conflict is a recorded fact, not given in the question: {condition.citation.instrument}"
                f" ({condition.citation.url})."
            )
        answer.party = world_facts.party_ref(party)
        return answer

    def _conflict_at_expiry(
        self, request: api.AssessmentRequest, state: str, today: dt.date | None, use_cache: bool
    ) -> SituationHolding | None:
        """A recorded armed conflict holding when the notice period expires (on either reading of an
        ambiguous date): the expiry is what the rules give when no conflict holds."""
        peace = request.model_copy(update={"facts": request.facts.model_copy(update={"armed_conflict": False})})
        effective = self._assess_rules(peace, today, use_cache).effective
        days: list[dt.date | None] = (
            [effective.date] if effective.date else [*effective.candidates] or [effective.earliest_date]
        )
        for day in (d for d in days if d is not None):
            found = self.rulebook.world.situations_for(state, day)
            if found:
                return found[0]
        return None

    def _effective_of(self, treaty: str, record: WorldRecord) -> dt.date | None:
        """The date the rules give a recorded notification that carries no effective date of its own."""
        try:
            answer = self._assess_rules(
                api.AssessmentRequest(
                    treaty=treaty,
                    state=record.state,
                    notification_date=record.notified,
                    facts=AssessmentFacts(specified_date=record.specified_date),
                ),
                None,
                True,
            )
        except AssessmentError:
            return None
        return answer.effective.date

    def _assess_rules(self, request: api.AssessmentRequest, today: dt.date | None, use_cache: bool) -> api.Assessment:
        """The answer from the rule files alone."""
        ctx, provisions, preconditions, facts = self._prepare(request, today)
        adopted = ctx.treaty.adopted or ctx.treaty.entry_into_force
        if request.notification_date and adopted and request.notification_date < adopted:
            raise AssessmentError(
                "/notification_date",
                f"{request.notification_date} is before {ctx.treaty.short_name} existed (adopted {adopted}): "
                "no notification of withdrawal can have been received then.",
            )
        ended = ctx.treaty.terminated
        if request.notification_date and ended and request.notification_date >= ended:
            raise AssessmentError(
                "/notification_date",
                f"{ctx.treaty.short_name} ceased to be in force on {ended}: there is nothing to withdraw from "
                f"after that day.",
            )
        decision = self.engine.decide(treaty_ruleset(ctx.treaty.id), facts, use_cache=use_cache)
        applied = {rule: provisions[rule] for rule in provisions if decision.applied(rule)}
        domestic_facts: dict[str, bool | str] = {
            "treaty": ctx.treaty.id,
            "state": ctx.state.iso3,
            "ratified_by_parliament": _tri(request.facts.ratified_by_parliament),
        }
        domestic = (
            self.engine.decide(state_ruleset(ctx.state.iso3), domestic_facts, use_cache=use_cache)
            if ctx.procedure
            else None
        )
        return _compose(ctx, applied, decision, domestic, preconditions)


# --- facts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Precondition:
    rule: str
    provision: PreconditionProvision
    earliest_notice: DateResult | None  # None when entry into force for the state is unknown
    met: bool | str


def _precondition_results(ctx: _Context, provisions: dict[str, Provision]) -> list[_Precondition]:
    """Notice only once the treaty has been in force long enough (Paris Art. 28(1), NATO Art. 13), or only
    inside recurring windows (ILO conventions)."""
    results = []
    notice = ctx.request.notification_date or ctx.as_of
    for rule, provision in provisions.items():
        if not isinstance(provision, PreconditionProvision):
            continue
        base = (
            ctx.request.facts.entry_into_force_for_state
            if provision.counted_from == "entry_into_force_for_state"
            else ctx.treaty.entry_into_force
        )
        if base is None:
            results.append(_Precondition(rule, provision, None, "unknown"))
            continue
        earliest = add_period(base, provision.in_force_for, "same_day_number", DEFAULT_MONTH_END)
        if provision.window_length and provision.window_every:
            opens, closes = notice_window(earliest.latest, provision.window_length, provision.window_every, notice)
            window = DateResult.exact(opens, f"notice is possible from {opens} until before {closes}")
            results.append(_Precondition(rule, provision, window, opens <= notice < closes))
            continue
        # A missing day is resolved the cautious way: notice is certainly permitted from the later candidate.
        results.append(_Precondition(rule, provision, earliest, notice >= earliest.latest))
    return results


def _all_met(preconditions: list[_Precondition]) -> bool | str:
    values = [p.met for p in preconditions]
    if not values or all(v is True for v in values):
        return True
    if any(v is False for v in values):
        return False
    return "unknown"


# --- dates ---------------------------------------------------------------------------------------


def _counting(ctx: _Context, provision: EffectAfterPeriod) -> tuple[Counting, MonthEnd, str]:
    depositary = ctx.rulebook.depositaries.get(ctx.treaty.depositary or "bilateral")
    counting = provision.counting or (depositary.counting if depositary else DEFAULT_COUNTING)
    month_end = provision.month_end or (depositary.month_end if depositary else DEFAULT_MONTH_END)
    basis = (
        "the clause's own words"
        if provision.counting
        else (f"the practice of {depositary.name}" if depositary else "same-day counting (no documented practice)")
    )
    return counting, month_end, basis


def _effective_date(ctx: _Context, provision: EffectProvision, received: dt.date) -> DateResult:
    if isinstance(provision, EffectAfterPeriod):
        counting, month_end, _ = _counting(ctx, provision)
        return add_period(received, provision.period, counting, month_end)
    if isinstance(provision, EffectFirstOfMonthAfterPeriod):
        depositary = ctx.rulebook.depositaries.get(ctx.treaty.depositary or "bilateral")
        month_end = provision.month_end or (depositary.month_end if depositary else DEFAULT_MONTH_END)
        return first_day_of_month_after_period(received, provision.period, month_end)
    if isinstance(provision, EffectFixedDayOfLaterYear):
        return fixed_day_of_later_year(received, provision.day, provision.years_after)
    if isinstance(provision, EffectAnnualDateWithDeadline):
        return annual_date_with_notice_deadline(
            received, provision.day, provision.notice_by, provision.years_after_deadline
        )
    if isinstance(provision, EffectEndOfRecurringPeriod):
        return end_of_recurring_period(received, provision.first_end, provision.every, provision.notice_at_least)
    if isinstance(provision, EffectOnReceipt):
        return DateResult.exact(received, f"effective on receipt of the notice: {received}")
    raise AssertionError(f"unhandled effect rule {provision!r}")


# --- composing the answer ------------------------------------------------------------------------


def _citation(ctx: _Context, provision: Provision) -> api.Citation:
    return provision_citation(ctx.rulebook, ctx.treaty, provision)


_CITATIONS: dict[tuple[str, str, str, str], api.Citation] = {}


def provision_citation(rulebook: Rulebook, treaty: Treaty, provision: Provision) -> api.Citation:
    """The citation of a provision as it applies to ``treaty``: its own file's or the general law's.

    Kept per rulebook version (a content hash), so each citation is built once; answers share it read-only.
    """
    owner, url = rulebook.provision_source(treaty, provision)
    key = (rulebook.version, treaty.id, owner.id, provision.id)
    cached = _CITATIONS.get(key)
    if cached is None:
        cached = _CITATIONS[key] = _build_citation(owner, provision, url)
    return cached


def _build_citation(owner: Treaty, provision: Provision, url: str | None) -> api.Citation:
    return api.Citation(
        rule=f"{owner.id}/{provision.id}",
        instrument=owner.short_name,
        cite=provision.cite,
        text=provision.text,
        url=url,
        verification=provision.verification,
        reviewed=owner.withdrawal.reviewed,
        note=provision.note,
    )


_TRACES: dict[tuple[str, str, tuple[tuple[str, bool | str], ...]], list[api.TraceEntry]] = {}


def _trace(ctx: _Context, decision: Decision) -> list[api.TraceEntry]:
    """The trace of one engine decision: every rule considered, applied or not, with the facts it looked at.
    A decision is a pure function of the rulebook version and the facts, so its trace is built once."""
    key = (ctx.rulebook.version, decision.ruleset, decision.facts)
    entries = _TRACES.get(key)
    if entries is None:
        entries = _TRACES[key] = [
            api.TraceEntry(rule=o.rule, applied=o.applied, saw=dict(o.saw), cite=_cite_of(ctx, o.rule))
            for o in decision.outcomes
        ]
        if len(_TRACES) > 65_536:
            _TRACES.clear()
    return list(entries)


def _step_citation(procedure: StateProcedure, step: DomesticStep) -> api.Citation:
    return api.Citation(
        rule=f"{procedure.iso3}/{step.id}",
        instrument=f"{procedure.name}: domestic law",
        cite=step.cite,
        text=step.text,
        url=str(step.sources[0].url),
        verification=step.verification,
        reviewed=procedure.reviewed,
        note=step.note,
    )


def _domestic_requirements(ctx: _Context, decision: Decision | None) -> list[api.Requirement]:
    if ctx.procedure is None or decision is None:
        return []
    procedure = ctx.procedure
    steps = [s for s in procedure.steps if decision.applied(f"{procedure.iso3}/{s.id}")]
    requirements: list[api.Requirement] = []
    for step in sorted(steps, key=lambda s: s.order):
        threshold = None
        if step.threshold:
            t = step.threshold
            threshold = api.Threshold(
                rule=t.rule,
                words=t.words,
                body_size=t.body_size,
                votes_needed=t.votes_needed,
                verification=t.verification,
                note=t.note,
            )
        requirements.append(
            api.Requirement(
                id=f"{procedure.iso3}/{step.id}",
                level="domestic",
                order=len(requirements) + 1,
                description=step.description,
                actor=step.actor,
                threshold=threshold,
                citation=_step_citation(procedure, step),
            )
        )
    return requirements


def _international_requirements(ctx: _Context, applied: dict[str, Provision], start: int) -> list[api.Requirement]:
    requirements: list[api.Requirement] = []
    for rule, provision in applied.items():
        if isinstance(provision, PreconditionProvision):
            requirements.append(
                api.Requirement(
                    id=rule,
                    level="international",
                    order=start + len(requirements),
                    description=provision.description,
                    actor=ctx.state.name,
                    citation=_citation(ctx, provision),
                )
            )
    for rule, provision in applied.items():
        if isinstance(provision, NoticeProvision):
            contents = f", including {'; '.join(provision.contents)}" if provision.contents else ""
            requirements.append(
                api.Requirement(
                    id=rule,
                    level="international",
                    order=start + len(requirements),
                    description=(f"Send the {provision.instrument} to {', '.join(provision.recipients)}{contents}."),
                    actor=provision.actor or ctx.state.name,
                    recipients=list(provision.recipients),
                    contents=list(provision.contents),
                    citation=_citation(ctx, provision),
                )
            )
    return requirements


def _compose(
    ctx: _Context,
    applied: dict[str, Provision],
    decision: Decision,
    domestic: Decision | None,
    preconditions: list[_Precondition],
) -> api.Assessment:
    request = ctx.request
    notes: list[str] = []
    conditions: list[api.Condition] = []
    trace = _trace(ctx, decision) + (_trace(ctx, domestic) if domestic else [])
    if not ctx.treaty.in_force:
        notes.append(
            f"{ctx.treaty.short_name} is not in force: no state can withdraw under its clause yet, so every date "
            "below is what the clause would give once it is in force."
        )
    if ctx.treaty.terminated and ctx.as_of >= ctx.treaty.terminated:
        notes.append(f"{ctx.treaty.short_name} ceased to be in force on {ctx.treaty.terminated}.")
    if ctx.procedure is None:
        notes.append(
            f"The domestic withdrawal procedure of {ctx.state.name} is not encoded yet: only the international "
            "requirements are listed."
        )

    rights = [(r, p) for r, p in applied.items() if isinstance(p, RightProvision)]
    effects = [(r, p) for r, p in applied.items() if p.kind == "effect"]
    if len(effects) > 1:  # a special rule that applies (it has a `when`) displaces the general one
        effects = [(r, p) for r, p in effects if p.when is not None]
    if len(effects) > 1:
        raise AssertionError(f"{ctx.treaty.id}: more than one effect provision applies: {[r for r, _ in effects]}")

    right_rule, right = rights[0] if rights else (None, None)
    if right is not None and right_rule is not None and right.exists != "yes":
        conditions.append(
            api.Condition(
                id=right_rule,
                kind="right",
                description=f"{right.basis}.",
                affects_date=right.exists == "no",
                citation=_citation(ctx, right),
            )
        )

    for p in preconditions:
        if p.met == "unknown":
            conditions.append(
                api.Condition(
                    id=p.rule,
                    kind="precondition",
                    description=(
                        f"Assumed met: {p.provision.description} Give `entry_into_force_for_state` to check it."
                    ),
                    affects_date=False,
                    citation=_citation(ctx, p.provision),
                )
            )

    for rule, provision in applied.items():
        if isinstance(provision, SuspensionProvision):
            conditions.append(
                api.Condition(
                    id=rule,
                    kind="suspension",
                    description=(
                        f"The withdrawal does not take effect before {provision.postponed_until}: "
                        f"{provision.text.strip()}"
                    ),
                    affects_date=True,
                    citation=_citation(ctx, provision),
                )
            )
        elif isinstance(provision, EffectConditionProvision):
            conditions.append(
                api.Condition(
                    id=rule,
                    kind="effect_condition",
                    description=provision.condition,
                    affects_date=False,
                    citation=_citation(ctx, provision),
                )
            )
        elif isinstance(provision, RevocationProvision) and provision.allowed != "no":
            conditions.append(
                api.Condition(
                    id=rule,
                    kind="revocation",
                    description=f"The notification may be revoked {provision.until}.",
                    affects_date=False,
                    citation=_citation(ctx, provision),
                )
            )
    # Suspensions that did not apply because the fact is unknown: the usual case is assumed, and said.
    for outcome in decision.outcomes:
        if outcome.applied:
            continue
        owner_provision = _provision_by_rule(ctx, outcome.rule)
        if isinstance(owner_provision, SuspensionProvision) and any(v == "unknown" for _, v in outcome.saw):
            unknown = ", ".join(name for name, v in outcome.saw if v == "unknown")
            conditions.append(
                api.Condition(
                    id=outcome.rule,
                    kind="assumption",
                    description=(
                        f"Assumed that {unknown.replace('_', ' ')} does not hold on the expiry of the period (not "
                        f"given in the facts). If it does, the withdrawal does not take effect before "
                        f"{owner_provision.postponed_until}."
                    ),
                    affects_date=True,
                    citation=_citation(ctx, owner_provision),
                )
            )

    # --- status and dates, by priority -------------------------------------------------------------
    date_result: DateResult | None = None
    earliest_result: DateResult | None = None
    effect_rule, effect = effects[0] if effects else (None, None)
    if effect is not None:
        if request.notification_date is not None:
            date_result = _effective_date(ctx, effect, request.notification_date)
        earliest_notice = max(
            [ctx.as_of] + [p.earliest_notice.latest for p in preconditions if p.earliest_notice is not None]
        )
        earliest_result = date_result if date_result is not None else _effective_date(ctx, effect, earliest_notice)
        trace.append(
            api.TraceEntry(
                rule=f"{effect_rule}#date",
                applied=True,
                saw={"reasoning": (date_result or earliest_result).reasoning},
                cite=effect.cite,
            )
        )

    # A later date named in the notice (Rome Art. 127(1), Paris Art. 28(2)...): it applies when it is on or after
    # the minimum on every reading of the minimum.
    named = request.facts.specified_date
    if date_result is not None and named is not None and effect is not None:
        if not effect.later_date_allowed:
            notes.append(
                f"The treaty does not provide for a later date named in the notice ({effect.cite}); the named date "
                f"{named} was not applied."
            )
        elif named > date_result.latest:
            notes.append(
                f"The notification names {named}, later than the minimum; {effect.cite} lets it take effect then."
            )
            date_result = DateResult.exact(named, f"the date named in the notification, {named} ({effect.cite})")
        elif named == date_result.latest:
            notes.append(f"The notification names {named}, which is the minimum the treaty allows.")
            date_result = DateResult.exact(named, f"the date named in the notification, {named} ({effect.cite})")
        else:
            notes.append(
                f"The date named in the notification ({named}) is earlier than the minimum the treaty allows; the "
                f"minimum applies ({_describe(date_result)})."
            )

    # A date all the parties agreed (TEU Art. 50(3); VCLT Art. 54(b)): after the notice, and only where the
    # withdrawal itself stands (it does not create a right the treaty denies).
    agreed = next(((r, p) for r, p in applied.items() if isinstance(p, AgreedDateProvision)), None)
    agreed_date = request.facts.agreed_date
    blocked = (right is not None and right.exists == "no") or _all_met(preconditions) is False
    if agreed_date is not None and request.notification_date is not None:
        if agreed_date <= request.notification_date:
            raise AssessmentError(
                "/facts/agreed_date",
                f"the agreed date {agreed_date} is not after the notification ({request.notification_date})",
            )
        if agreed is None:
            notes.append(
                f"{ctx.treaty.short_name} provides for no agreed date; the date agreed ({agreed_date}) was not applied."
            )
        elif blocked:
            notes.append(f"The agreed date {agreed_date} was not applied: the notification itself has no effect.")
        else:
            notes.append(f"The parties agreed {agreed_date} ({agreed[1].cite}): {agreed[1].description}")
            date_result = DateResult.exact(agreed_date, f"the agreed date {agreed_date} ({agreed[1].cite})")
            conditions = [c for c in conditions if c.kind not in ("suspension", "assumption")]

    chosen: dt.date | None = date_result.date if date_result else None
    precondition_met = _all_met(preconditions)
    suspended = any(c.kind == "suspension" for c in conditions)
    ended = ctx.treaty.terminated
    status: api.Status
    explanation: str
    earliest: dt.date | None
    if right is not None and right.exists == "no":
        status, chosen, earliest = "no_withdrawal_right", None, None
        explanation = f"{ctx.treaty.short_name} gives no right of withdrawal: {right.basis}."
    elif request.notification_date is None and ended is not None and ctx.as_of >= ended:
        status, chosen, earliest = "no_withdrawal_right", None, None
        explanation = f"{ctx.treaty.short_name} ceased to be in force on {ended}: there is nothing to withdraw from."
    elif request.notification_date is not None and precondition_met is False and effect is not None:
        first = min(p.earliest_notice.latest for p in preconditions if p.earliest_notice and p.met is False)
        status, chosen = "not_yet_permitted", None
        earliest = _effective_date(ctx, effect, max(ctx.as_of, first)).latest
        explanation = (
            f"Notice was given on {request.notification_date}, when the treaty did not permit it (next permitted "
            f"from {first}); it has no effect under the treaty. A new notice given on {max(ctx.as_of, first)} would "
            f"take effect on {earliest}."
        )
    elif request.notification_date is None:
        status, chosen = "needs_notification", None
        earliest = earliest_result.earliest if earliest_result else None
        explanation = (
            f"No notification given. If the depositary received it on {max(ctx.as_of, _first_notice(preconditions))}"
            f", it would take effect on {_describe(earliest_result)}."
            if earliest_result
            else "No notification given."
        )
    elif suspended:
        status, chosen = "conditional", None
        earliest = date_result.earliest if date_result else None
        suspensions = [c for c in conditions if c.kind == "suspension"]
        explanation = (
            f"The notice period ends on {_describe(date_result)}, but under "
            + "; ".join(f"{c.citation.cite} ({c.citation.instrument})" for c in suspensions)
            + " the withdrawal does not take effect then: "
            + " ".join(c.description for c in suspensions)
        )
    elif right is not None and right.exists == "uncertain":
        status, chosen = "conditional", None
        earliest = date_result.earliest if date_result else (earliest_result.earliest if earliest_result else None)
        explanation = (
            f"{ctx.treaty.short_name} has no withdrawal clause; a right of withdrawal exists only if it can be "
            f"established ({right.cite}). If it exists, the earliest date is {earliest}."
        )
    elif not ctx.treaty.in_force and date_result is not None:
        status, chosen, earliest = "conditional", None, date_result.earliest
        explanation = (
            f"{ctx.treaty.short_name} is not in force, so its withdrawal clause does not operate yet; once it does, "
            f"a notice received on {request.notification_date} would take effect on {_describe(date_result)}."
        )
    elif date_result is not None and date_result.ambiguous:
        status = "ambiguous"
        earliest = date_result.earliest
        explanation = date_result.reasoning
    elif chosen is not None and date_result is not None:
        status = "determined"
        earliest = chosen
        cite = effect.cite if effect else ""
        explanation = f"The withdrawal takes effect on {chosen} ({cite}): {date_result.reasoning}."
    else:
        raise AssertionError(f"{ctx.treaty.id}: no effect provision applies to a notified withdrawal")

    if date_result is not None and date_result.ambiguous and status != "ambiguous":
        notes.append(date_result.reasoning)

    survives = [_survival(ctx, rule, p, chosen) for rule, p in applied.items() if isinstance(p, SurvivalProvision)]

    requirements = _domestic_requirements(ctx, domestic)
    requirements += _international_requirements(ctx, applied, start=len(requirements) + 1)

    citations = [_citation(ctx, p) for rule, p in applied.items()]
    citations += [r.citation for r in requirements if r.level == "domestic"]

    return api.Assessment(
        treaty=api.TreatyRef(
            id=ctx.treaty.id, name=ctx.treaty.name, short_name=ctx.treaty.short_name, depositary=ctx.treaty.depositary
        ),
        state=api.StateRef(
            iso3=ctx.state.iso3,
            name=ctx.state.name,
            domestic_procedure="encoded" if ctx.procedure else "not_encoded",
        ),
        notification_date=request.notification_date,
        as_of=ctx.as_of,
        requirements=requirements,
        effective=api.Effective(
            status=status,
            date=chosen,
            earliest_date=earliest,
            candidates=list(date_result.candidates) if date_result and date_result.ambiguous else [],
            explanation=explanation,
            conditions=conditions,
            survives=survives,
        ),
        citations=citations,
        notes=notes,
        trace=trace,
        rules_version=ctx.rulebook.version,
    )


def _first_notice(preconditions: list[_Precondition]) -> dt.date:
    dates = [p.earliest_notice.latest for p in preconditions if p.earliest_notice is not None]
    return max(dates) if dates else dt.date.min


def _describe(result: DateResult | None) -> str:
    if result is None:
        return "an undetermined date"
    if result.ambiguous:
        return " or ".join(str(c) for c in result.candidates)
    return str(result.date)


def _survival(ctx: _Context, rule: str, provision: SurvivalProvision, effective: dt.date | None) -> api.Survival:
    return api.Survival(
        id=rule,
        obligations=list(provision.obligations),
        lasts=describe_period(provision.lasts) if provision.lasts else None,
        until=effective + parse_period(provision.lasts) if effective and provision.lasts else None,
        citation=_citation(ctx, provision),
    )


def _provision_by_rule(ctx: _Context, rule: str) -> Provision | None:
    owner_id, _, provision_id = rule.partition("/")
    owner = ctx.rulebook.treaties.get(owner_id)
    if owner is None:
        return None
    return next((p for p in owner.withdrawal.provisions if p.id == provision_id), None)


def _cite_of(ctx: _Context, rule: str) -> str | None:
    provision = _provision_by_rule(ctx, rule)
    return provision.cite if provision else None
