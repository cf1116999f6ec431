"""Assess one withdrawal: derive the facts, ask the engine which provisions apply, let each provision's kind
add what it owns (:mod:`app.provisions`), then read the status from the declared table (:mod:`.status`).

The facts are declared once (:mod:`schemas.facts`, derived in :mod:`app.facts`); which effect provision wins
is declared in the rule files (``displaces``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal

from app.dates import DateResult
from app.engine import Decision, Engine, state_ruleset, treaty_ruleset
from app.facts import engine_facts
from app.json_parts import Run, dumps_fields, run_of, shared
from app.memo import memoized
from app.provisions import Case, ProvisionKind, effect_kind, kind_of
from app.provisions.agreed_date import apply_agreed_date, displaced_by_agreement
from app.provisions.base import AssessmentError
from app.provisions.effect import named_date, winner
from app.provisions.precondition import Precondition, all_met
from app.provisions.right import right_of
from app.rulebook import OwnedProvision, Rulebook
from app.services import world_facts
from app.services.lookup import StateInfo, alias_index, find_state, find_treaty, read_as
from app.services.status import Situation, decide_status
from app.world.model import PartyStatus
from schemas import api
from schemas.facts import AssessmentFacts
from schemas.rules import (
    DomesticStep,
    EffectBase,
    NeedsReviewProvision,
    PreconditionProvision,
    RightProvision,
    RuleRef,
    StateProcedure,
    Treaty,
)
from schemas.world import WorldRecord

__all__ = ["AssessmentError", "AssessmentService", "Evaluation", "answer_json", "day_date", "refuse_impossible_notice"]

_PRECONDITION = Precondition()


@dataclass(frozen=True)
class Evaluation:
    """An answer with the parts it was composed from, for services that reason further (the claim checks).

    The answer is held as its fields (:class:`schemas.api.Assessment`'s, in their order; ``effective``, ``party``
    and the party assumption among the conditions as their models' fields too): the API writes them as JSON without
    building those models (:func:`answer_json`); :attr:`assessment` builds and validates them on first use."""

    fields: dict[str, Any]
    effect: OwnedProvision | None
    plan: Plan | None = field(default=None, repr=False, compare=False)
    """The plan the answer was composed from (its runs of shared parts are written once: :func:`answer_json`)."""

    @cached_property
    def assessment(self) -> api.Assessment:
        effective = api.Effective(**self.fields["effective"])
        return api.Assessment(**(self.fields | {"effective": effective}))

    @property
    def period_words(self) -> str | None:
        """The effect's notice period in words ('six months'), when it is a fixed period."""
        if self.effect is None or not isinstance(self.effect.provision, EffectBase):
            return None
        return effect_kind(self.effect.provision).period_words(self.effect.provision)


class AssessmentService:
    """Answers :class:`schemas.api.AssessmentRequest` from one rulebook and its compiled engine."""

    def __init__(self, rulebook: Rulebook, engine: Engine | None = None) -> None:
        self.rulebook = rulebook
        self.engine = engine or Engine(rulebook)
        self._aliases = alias_index(rulebook)
        self._effective: dict[tuple[str, int, dt.date], tuple[WorldRecord, dt.date | None]] = {}

    def find_treaty(self, query: str) -> Treaty:
        return find_treaty(self.rulebook, self._aliases, query)

    def _case(
        self, request: api.AssessmentRequest, named: tuple[Treaty, StateInfo], today: dt.date | None
    ) -> tuple[Case, dict[str, bool | str]]:
        case = self._bare_case(request, named, today)
        derived: dict[str, bool | str] = {
            "state": case.state.iso3,
            "notified": request.notification_date is not None,
            "precondition_met": all_met(case.preconditions),
        }
        return case, derived | engine_facts(request.facts, "treaty")

    def _bare_case(
        self, request: api.AssessmentRequest, named: tuple[Treaty, StateInfo], today: dt.date | None
    ) -> Case:
        """The case with its preconditions evaluated on the notification date (or ``as_of``)."""
        treaty, state = named
        case = Case(
            rulebook=self.rulebook,
            treaty=treaty,
            state=state,
            procedure=self.rulebook.states.get(state.iso3),
            request=request,
            as_of=request.as_of or today or dt.date.today(),
        )
        case.preconditions = tuple(
            _PRECONDITION.evaluate(case, rule, provision)
            for rule, provision in _precondition_rules(self.rulebook, treaty)
        )
        return case

    def engine_facts(self, request: api.AssessmentRequest, *, today: dt.date | None = None) -> dict[str, bool | str]:
        """The facts the treaty's ruleset is asked about, derived from the request (dates become booleans) and
        completed from the situations file where the request leaves a fact out."""
        named = self._named(request)
        return self._case(self._known_facts(request, named, today, True)[0], named, today)[1]

    def _named(self, request: api.AssessmentRequest) -> tuple[Treaty, StateInfo]:
        """The treaty and the state the question names (each read once per question)."""
        return self.find_treaty(request.treaty), find_state(request.state)

    def assess(
        self, request: api.AssessmentRequest, *, today: dt.date | None = None, use_cache: bool = True
    ) -> api.Assessment:
        return self.evaluate(request, today=today, use_cache=use_cache).assessment

    def evaluate(
        self,
        request: api.AssessmentRequest,
        *,
        today: dt.date | None = None,
        use_cache: bool = True,
        world: bool = True,
        party: bool = True,
    ) -> Evaluation:
        """The answer and the effect provision it was computed from. With ``world`` (the default) the world
        files are read too: facts the question left out that the situations file knows (a fact given in the
        question always wins) and, with ``party``, whether the state is a party on the day."""
        known: list[api.Condition] = []
        named = self._named(request)
        if world:
            request, known = self._known_facts(request, named, today, use_cache)
        case, facts = self._case(request, named, today)
        _refuse_impossible_notice(case)
        if world and party:
            case.party = self.day_party(named, request.notification_date or case.as_of)
        plan = _planned(self, case, facts) if use_cache else _plan(case, *self._decisions(case, facts, False))
        return _compose(case, plan, known)

    def _decisions(self, case: Case, facts: dict[str, bool | str], use_cache: bool) -> tuple[Decision, Decision | None]:
        """The engine's decisions on the treaty's rules and, where it is encoded, the state's procedure."""
        decision = self.engine.decide(treaty_ruleset(case.treaty.id), facts, use_cache=use_cache)
        domestic_facts: dict[str, bool | str] = {"treaty": case.treaty.id, "state": case.state.iso3}
        domestic_facts |= engine_facts(case.request.facts, "state")
        domestic = (
            self.engine.decide(state_ruleset(case.state.iso3), domestic_facts, use_cache=use_cache)
            if case.procedure
            else None
        )
        return decision, domestic

    def day_case(self, request: api.AssessmentRequest, named: tuple[Treaty, StateInfo], as_of: dt.date) -> Case:
        """The case of a notified question as :meth:`evaluate` builds it with the world files read, for a question
        whose facts they leave as asked (:meth:`world_may_add_facts` false, no recorded notification on its date):
        the preconditions' results and the party status on the notification date, an impossible notice refused
        (:class:`AssessmentError`). Without ``request``'s date: the case the day does not change (no party status),
        for a treaty without preconditions (:meth:`has_preconditions`). What app/services/day_answers.py keys a
        new question's class on."""
        case = self._bare_case(request, named, as_of)
        if request.notification_date is not None:
            _refuse_impossible_notice(case)
            case.party = self.day_party(named, request.notification_date)
        return case

    def day_party(self, named: tuple[Treaty, StateInfo], received: dt.date) -> PartyStatus:
        """The state's party status on the notification date, as :meth:`evaluate` reads it."""
        return self.rulebook.world.party_status(named[0].id, named[1].iso3, received, self.effective_of)

    def has_preconditions(self, treaty: Treaty) -> bool:
        """Whether the treaty puts preconditions on notice (their results depend on the notification date)."""
        return bool(_precondition_rules(self.rulebook, treaty))

    def world_may_add_facts(self, named: tuple[Treaty, StateInfo]) -> bool:
        """Whether :meth:`evaluate` may take a fact left out of a question from the world files on the day (an armed
        conflict from the situations file): then the day decides more than :meth:`day_case` tells."""
        return _war_may_suspend(self.rulebook, *named)

    def _known_facts(
        self, request: api.AssessmentRequest, named: tuple[Treaty, StateInfo], today: dt.date | None, use_cache: bool
    ) -> tuple[api.AssessmentRequest, list[api.Condition]]:
        """Facts the question leaves out that the world files know, with the conditions that say so: the date
        agreed for a recorded notification (the Brexit extensions, TEU Art. 50(3)), then an armed conflict from
        the situations file when it holds on the expiry of the period (Ottawa Art. 20(3))."""
        request, agreed = self._agreed_from_record(request, named)
        if request.facts.armed_conflict is not None:
            return request, agreed
        treaty, state = named
        if not _war_may_suspend(self.rulebook, treaty, state):
            return request, agreed
        peace = request.model_copy(update={"facts": request.facts.model_copy(update={"armed_conflict": False})})
        effective = self.evaluate(peace, today=today, use_cache=use_cache, world=False).fields["effective"]
        days: list[dt.date | None] = (
            [effective["date"]] if effective["date"] else [*effective["candidates"]] or [effective["earliest_date"]]
        )
        for day in (d for d in days if d is not None):
            found = self.rulebook.world.situations_for(state.iso3, day)
            if found:
                war = request.model_copy(update={"facts": request.facts.model_copy(update={"armed_conflict": True})})
                return war, [*agreed, world_facts.situation_condition(found[0], state.name)]
        return request, agreed

    def _agreed_from_record(
        self, request: api.AssessmentRequest, named: tuple[Treaty, StateInfo]
    ) -> tuple[api.AssessmentRequest, list[api.Condition]]:
        """A recorded notification (same state, treaty and receipt) whose effective date was extended by
        agreement: its last agreed date, unless the question gives one."""
        if request.notification_date is None or request.facts.agreed_date is not None:
            return request, []
        treaty, state = named
        records = self.rulebook.world.records_of(treaty.id, state.iso3)
        record = next((r for r in records if r.notified == request.notification_date), None) if records else None
        asked = request.as_of or dt.date.today()  # an extension decided after the day asked is not known on it
        extensions = (
            [e for e in record.events if e.kind == "extended" and e.new_effective and e.date <= asked] if record else []
        )
        if record is None or not extensions:
            return request, []
        agreed = extensions[-1].new_effective
        facts = request.facts.model_copy(update={"agreed_date": agreed})
        return request.model_copy(update={"facts": facts}), [
            world_facts.extensions_condition(treaty, record, extensions)
        ]

    def effective_of(self, treaty: str, record: WorldRecord) -> dt.date | None:
        """The date the rules give a recorded notification that carries no effective date of its own (kept per
        record and day: a party status asks it on every question about a state with records)."""
        today = dt.date.today()
        key = (treaty, id(record), today)
        kept = self._effective.get(key)
        if kept is not None and kept[0] is record:
            return kept[1]
        if len(self._effective) >= 65_536:
            self._effective.clear()
        effective = self._effective_of(treaty, record)
        self._effective[key] = (record, effective)
        return effective

    def _effective_of(self, treaty: str, record: WorldRecord) -> dt.date | None:
        request = api.AssessmentRequest(
            treaty=treaty,
            state=record.state,
            notification_date=record.notified,
            facts=AssessmentFacts(specified_date=record.specified_date),
        )
        try:
            return self.evaluate(request, party=False).assessment.effective.date
        except AssessmentError:
            return None


@memoized(65_536, key=lambda rulebook, treaty, state: (rulebook.version, treaty.id, state.iso3))
def _war_may_suspend(rulebook: Rulebook, treaty: Treaty, state: StateInfo) -> bool:
    """Whether the situations file can add an armed conflict to a question: the state is party to a recorded one
    and the treaty holds a withdrawal back during one (Ottawa Art. 20(3))."""
    return rulebook.world.has_situation(state.iso3) and world_facts.suspended_by_armed_conflict(rulebook, treaty)


@memoized(8192, key=lambda rulebook, treaty: (rulebook.version, treaty.id))  # every treaty of a few rulebooks
def _precondition_rules(rulebook: Rulebook, treaty: Treaty) -> tuple[tuple[OwnedProvision, PreconditionProvision], ...]:
    """The treaty's preconditions on notice (Paris Art. 28(1)), in the rule file's order: looked up once."""
    owned = rulebook.owned_provisions(treaty).values()
    return tuple((r, r.provision) for r in owned if isinstance(r.provision, PreconditionProvision))


def _refuse_impossible_notice(case: Case) -> None:
    if case.request.notification_date:
        refuse_impossible_notice(case.treaty, case.request.notification_date)


def refuse_impossible_notice(treaty: Treaty, notified: dt.date) -> None:
    """A notice received before the treaty existed or after it ended is no question (:class:`AssessmentError`)."""
    adopted = treaty.adopted or treaty.entry_into_force
    if adopted and notified < adopted:
        raise AssessmentError(
            "/notification_date",
            f"{notified} is before {treaty.short_name} existed (adopted {adopted}): "
            "no notification of withdrawal can have been received then.",
        )
    if treaty.terminated and notified >= treaty.terminated:
        raise AssessmentError(
            "/notification_date",
            f"{treaty.short_name} ceased to be in force on {treaty.terminated}: there is nothing to withdraw from "
            f"after that day.",
        )


# --- composing the answer ------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What an answer takes from the rules, the names asked, ``as_of`` and the engine's decisions: everything
    but the day's own parts (dates, status, party status, the recipients in force, survivals' ends)."""

    applied: tuple[OwnedProvision, ...]
    notes: tuple[str, ...]
    conditions: tuple[api.Condition, ...]
    trace: tuple[api.TraceEntry, ...]
    effect: OwnedProvision | None
    right: RightProvision | None
    agreed: OwnedProvision | None
    unread: tuple[OwnedProvision, ...]
    domestic: tuple[api.Requirement, ...]
    citations: tuple[api.Citation, ...]
    requiring: tuple[OwnedProvision, ...]  # the applied rules whose kind lists steps, in the list's order
    surviving: tuple[OwnedProvision, ...]  # the applied rules whose kind says what survives
    runs: dict[str, Run] = field(compare=False)  # the answer's lists that start with shared parts: their JSON


@memoized(
    65_536,  # as the engine's decisions: a plan per decision, names asked and day asked
    key=lambda case, decision, domestic: (
        case.rulebook.version, case.treaty.id, case.state.iso3, case.request.treaty, case.request.state, case.as_of,
        decision.ruleset, decision.facts, domestic.facts if domestic else None,
        tuple(p.met for p in case.preconditions),
    ),
)  # fmt: skip
def _plan(case: Case, decision: Decision, domestic: Decision | None) -> Plan:
    """The plan of every answer with these inputs, whatever the notification date: the notes (names read, the
    treaty's state, the procedure), the provisions that apply and what they put on the effect (conditions read
    only the preconditions' results of the day), the engine's trace, the domestic steps and the citations. The
    key names every input: the rules version, treaty, state, the names as asked, ``as_of`` (the notes compare
    it with the treaty's end), both decisions (which hold every engine fact) and the preconditions' results."""
    owned = case.rulebook.owned_provisions(case.treaty)
    applied = [rule for name, rule in owned.items() if decision.applied(name)]
    domestic_steps = _domestic_requirements(case, domestic)
    unread = [r for r in applied if isinstance(r.provision, NeedsReviewProvision) and r.provision.about == "effect"]
    trace = tuple(_trace(case, decision) + (_trace(case, domestic) if domestic else []))
    citations = tuple([case.citation(r) for r in applied] + [r.citation for r in domestic_steps])
    return Plan(
        applied=tuple(applied),
        notes=tuple(_notes(case)),
        conditions=tuple(_conditions(case, applied, decision)),
        trace=trace,
        effect=winner([r for r in applied if r.provision.kind == "effect"]),
        right=right_of(applied),
        agreed=next((r for r in applied if r.provision.kind == "agreed_date"), None),
        unread=tuple(unread),
        domestic=tuple(domestic_steps),
        citations=citations,
        requiring=tuple(r for r in sorted(applied, key=_requirement_order) if _fills(r, "requirements")),
        surviving=tuple(r for r in applied if _fills(r, "survives")),
        # every part here is shared (trace entries, citations and domestic steps are built once, app/json_parts.py)
        runs={"trace": run_of(trace), "citations": run_of(citations), "requirements": run_of(tuple(domestic_steps))},
    )


def _requirement_order(rule: OwnedProvision) -> int:
    return kind_of(rule.provision).requirement_order


def _fills(rule: OwnedProvision, hook: str) -> bool:
    """Whether the rule's kind fills ``hook`` (the base kind's hooks add nothing)."""
    return getattr(type(kind_of(rule.provision)), hook) is not getattr(ProvisionKind, hook)


@memoized(
    65_536,  # as the plans
    key=lambda service, case, facts: (
        case.rulebook.version, case.treaty.id, case.state.iso3, case.request.treaty, case.request.state, case.as_of,
        tuple(case.request.facts.__dict__.values()), facts["notified"], facts["precondition_met"],
        tuple(p.met for p in case.preconditions),
    ),
)  # fmt: skip
def _planned(service: AssessmentService, case: Case, facts: dict[str, bool | str]) -> Plan:
    """The plan of a question, found from the question itself: the engine's facts are the state, whether it was
    notified, whether its preconditions were met (the key names each) and the facts the question gives (every
    field's value, in the key: comparing tuples is cheaper than comparing models), so the decisions, and with
    them the plan, follow from the key without asking the engine."""
    return _plan(case, *service._decisions(case, facts, True))


def _compose(case: Case, plan: Plan, known: list[api.Condition]) -> Evaluation:
    notes = list(plan.notes)
    conditions = known + list(plan.conditions)
    trace = list(plan.trace)
    effect = plan.effect
    date, earliest = _dates(case, effect, trace)
    if date is not None and effect is not None:
        date = named_date(case, effect, date, notes)
    right = plan.right
    blocked = (right is not None and right.exists == "no") or all_met(case.preconditions) is False
    agreed_result = apply_agreed_date(case, plan.agreed, date, blocked, notes)
    if agreed_result is not date:
        date, conditions = agreed_result, displaced_by_agreement(conditions)
    suspensions = [c for c in conditions if c.kind == "suspension"]
    answer = decide_status(
        Situation(case, right, effect, date, earliest, all_met(case.preconditions), suspensions, list(plan.unread))
    )
    if date is not None and date.ambiguous and answer.status != "ambiguous":
        notes.append(date.reasoning)
    survives = [s for r in plan.surviving for s in kind_of(r.provision).survives(case, r, r.provision, answer.date)]
    requirements = list(plan.domestic)
    requirements += _international_requirements(case, plan.requiring, start=len(requirements) + 1)
    citations = list(plan.citations)
    assumed: list[dict[str, Any]] = []  # a condition's fields (app/services/world_facts.py)
    if case.party is not None:
        if answer.status == "not_a_party":  # nothing to do and nothing survives: only the record that says so
            requirements, survives, conditions = [], [], [world_facts.party_fact(case.party, answer.explanation)]
            citations = [conditions[0].citation]
        elif case.party.status == "unknown":
            assumed.append(world_facts.party_assumption(case.party, case.state.name, case.treaty))
        elif case.party.status == "consented":
            notes.append(
                f"{case.state.name} had consented but was not yet bound on {case.party.on}: {case.party.reason}."
            )
        situations = [c for c in known if c.id.startswith("world/situations/")]
        for condition in situations if answer.status != "not_a_party" else []:
            answer = replace(
                answer,
                explanation=f"{answer.explanation} The armed conflict is a recorded fact, not given in the question: "
                f"{condition.citation.instrument} ({condition.citation.url}).",
            )
    effective: dict[str, Any] = {  # api.Effective's fields, in its order
        "status": answer.status,
        "date": answer.date,
        "earliest_date": answer.earliest,
        "candidates": list(date.candidates) if date and date.ambiguous else [],
        "explanation": answer.explanation,
        "conditions": [*conditions, *assumed] if assumed else conditions,
        "survives": survives,
        "basis": case.citation(effect) if effect is not None and answer.status != "not_a_party" else None,
    }
    party = world_facts.party_ref(case.party) if case.party is not None else None
    return Evaluation(_answer_fields(case, requirements, effective, citations, notes, trace, party), effect, plan)


def answer_json(evaluation: Evaluation) -> bytes:
    """The answer's JSON: ``dumps(evaluation.assessment)``, byte for byte, written from the answer's fields without
    building its models, the lists that start with the plan's shared parts (the trace, the citations, the domestic
    steps) written from the plan's JSON of those parts."""
    plan = evaluation.plan
    return dumps_fields(evaluation.fields, plan.runs if plan is not None else {})


def _answer_fields(
    case: Case,
    requirements: list[api.Requirement],
    effective: dict[str, Any],
    citations: list[api.Citation],
    notes: list[str],
    trace: list[api.TraceEntry],
    party: dict[str, Any] | None,
) -> dict[str, Any]:
    """api.Assessment's fields, in its order."""
    return {
        "treaty": _treaty_ref(case.rulebook.version, case.treaty),
        "state": _state_ref(case.rulebook.version, case.state, case.procedure is not None),
        "notification_date": case.request.notification_date,
        "as_of": case.as_of,
        "requirements": requirements,
        "effective": effective,
        "citations": citations,
        "notes": notes,
        "trace": trace,
        "rules_version": case.rulebook.version,
        "party": party,
    }


@memoized(8192, key=lambda version, treaty: (version, treaty.id))  # every treaty of a few rulebooks
def _treaty_ref(version: str, treaty: Treaty) -> api.TreatyRef:
    """The treaty as answers name it: built once per rules version and shared read-only (app/memo.py)."""
    reviewed = treaty.withdrawal.reviewed.on if treaty.withdrawal.reviewed else None
    return shared(
        api.TreatyRef(
            id=treaty.id,
            name=treaty.name,
            short_name=treaty.short_name,
            depositary=treaty.depositary,
            tier=treaty.tier,
            reviewed=reviewed,
            doubts=treaty.doubts,
        )
    )


@memoized(2048, key=lambda version, state, encoded: (version, state.iso3, encoded))  # every state, twice over
def _state_ref(version: str, state: StateInfo, encoded: bool) -> api.StateRef:
    """The state as answers name it (whether its procedure is encoded): built once and shared read-only."""
    procedure: Literal["encoded", "not_encoded"] = "encoded" if encoded else "not_encoded"
    return shared(api.StateRef(iso3=state.iso3, name=state.name, domestic_procedure=procedure))


def _notes(case: Case) -> list[str]:
    treaty = case.treaty
    notes: list[str] = [drafted_notice(treaty)] if treaty.tier == "drafted" else []
    asked_treaty, asked_state = case.request.treaty.strip(), case.request.state.strip()
    if not read_as(alias_index(case.rulebook), asked_treaty):
        notes.append(f"“{asked_treaty}” was read as the {treaty.short_name} ({treaty.id}), the closest name.")
    if asked_state.upper() != case.state.iso3:
        notes.append(f"“{asked_state}” was read as {case.state.name} ({case.state.iso3}).")
    if not treaty.in_force:
        notes.append(
            f"{treaty.short_name} is not in force: no state can withdraw under its clause yet, so every date "
            "below is what the clause would give once it is in force."
        )
    if treaty.terminated and case.as_of >= treaty.terminated:
        notes.append(f"{treaty.short_name} ceased to be in force on {treaty.terminated}.")
    if case.procedure is None:
        notes.append(
            f"The domestic withdrawal procedure of {case.state.name} is not encoded yet: only the international "
            "requirements are listed."
        )
    return notes


def drafted_notice(treaty: Treaty) -> str:
    """What every answer from a drafted treaty says first: it comes from an unreviewed draft."""
    draft = treaty.withdrawal.drafted
    who = f" by the {draft.by} on {draft.on}" if draft else ""
    return (
        f"UNREVIEWED DRAFT: the rules for {treaty.short_name} were drafted{who} and have not been checked by a person "
        "against the treaty's authentic text. Check the quoted article before relying on this answer."
    )


def _conditions(case: Case, applied: list[OwnedProvision], decision: Decision) -> list[api.Condition]:
    """What each applied provision's kind puts on the effect, in the kinds' order; then what is assumed for a
    provision that did not apply because a fact it tests is unknown."""
    ordered = sorted(applied, key=lambda r: kind_of(r.provision).condition_order)
    conditions = [c for r in ordered for c in kind_of(r.provision).conditions(case, r, r.provision)]
    owned = case.rulebook.owned_provisions(case.treaty)
    for outcome in decision.outcomes:
        unknown = [name for name, value in outcome.saw if value == "unknown"]
        rule = owned.get(outcome.rule)
        if outcome.applied or not unknown or rule is None:
            continue
        assumed = kind_of(rule.provision).assumption(case, rule, rule.provision, unknown)
        if assumed is not None:
            conditions.append(assumed)
    return conditions


def _dates(
    case: Case, effect: OwnedProvision | None, trace: list[api.TraceEntry]
) -> tuple[DateResult | None, DateResult | None]:
    """The date the notice gives (None without one) and the earliest date (on the notice, or if notified on
    ``as_of`` or once a precondition permits); the computation is added to the trace."""
    if effect is None or not isinstance(effect.provision, EffectBase):
        return None, None
    kind, provision = effect_kind(effect.provision), effect.provision
    date = _notice_date(case, effect)
    earliest_notice = max(
        [case.as_of] + [p.earliest_notice.latest for p in case.preconditions if p.earliest_notice is not None]
    )
    earliest = date if date is not None else kind.date(case, provision, earliest_notice)
    saw: dict[str, bool | str] = {"reasoning": earliest.reasoning}
    trace.append(api.TraceEntry(rule=str(effect.ref), applied=True, saw=saw, cite=provision.cite, step="date"))
    return date, earliest


def _notice_date(case: Case, effect: OwnedProvision | None) -> DateResult | None:
    """The date the effect provision gives the case's notice: None without a notice or a dated effect provision."""
    notified = case.request.notification_date
    return day_date(case, effect, notified) if notified is not None else None


def day_date(case: Case, effect: OwnedProvision | None, received: dt.date) -> DateResult | None:
    """The date the effect provision (a plan's) gives a notice received on ``received`` (None without a dated
    effect provision), as :func:`_compose` gets it: the effect kinds read the case's rulebook and treaty only."""
    if effect is None or not isinstance(effect.provision, EffectBase):
        return None
    return effect_kind(effect.provision).date(case, effect.provision, received)


def _trace(case: Case, decision: Decision) -> list[api.TraceEntry]:
    """The trace of one engine decision: every rule considered, applied or not, with the facts it looked at."""
    return list(_trace_entries(case, decision))


@memoized(65_536, key=lambda case, decision: (case.rulebook.version, decision.ruleset, decision.facts))  # as the engine
def _trace_entries(case: Case, decision: Decision) -> tuple[api.TraceEntry, ...]:
    """A decision is a pure function of the rulebook version and the facts, so its trace is built once."""
    owned = case.rulebook.owned_provisions(case.treaty)
    return tuple(
        shared(
            api.TraceEntry(
                rule=o.rule,
                applied=o.applied,
                saw=dict(o.saw),
                cite=owned[o.rule].provision.cite if o.rule in owned else None,
            )
        )
        for o in decision.outcomes
    )


def _step_citation(procedure: StateProcedure, ref: RuleRef, step: DomesticStep) -> api.Citation:
    return api.Citation(
        rule=str(ref),
        instrument=f"{procedure.name}: domestic law",
        cite=step.cite,
        text=step.text,
        url=str(step.sources[0].url),
        verification=step.verification,
        reviewed=procedure.reviewed.on,
        note=step.note,
    )


def _threshold(step: DomesticStep) -> api.VotingThreshold | None:
    t = step.threshold
    if t is None:
        return None
    return api.VotingThreshold(
        rule=t.rule, words=t.words, body_size=t.body_size, votes_needed=t.votes_needed,
        verification=t.verification, note=t.note,
    )  # fmt: skip


def _domestic_requirements(case: Case, decision: Decision | None) -> list[api.Requirement]:
    """The domestic steps the state's ruleset applied, in their order. They depend only on the rules version,
    the state and which steps applied, so each list is built once and shared read-only (its JSON too)."""
    procedure = case.procedure
    if procedure is None or decision is None:
        return []
    return list(_built_domestic(case.rulebook.version, procedure, decision))


@memoized(4096, key=lambda version, procedure, decision: (version, procedure.iso3, decision.applied_rules))
def _built_domestic(version: str, procedure: StateProcedure, decision: Decision) -> tuple[api.Requirement, ...]:
    """Each step and its citation shared: the citation is also in the answer's citations (:func:`_plan`)."""
    requirements = tuple(shared(r) for r in _build_domestic(procedure, decision))
    for requirement in requirements:
        shared(requirement.citation)
    return requirements


def _build_domestic(procedure: StateProcedure, decision: Decision) -> list[api.Requirement]:
    steps = [(RuleRef(procedure.iso3, s.id), s) for s in sorted(procedure.steps, key=lambda s: s.order)]
    return [
        api.Requirement(
            id=str(ref),
            level="domestic",
            order=order,
            description=step.description,
            actor=step.actor,
            threshold=_threshold(step),
            citation=_step_citation(procedure, ref, step),
        )
        for order, (ref, step) in enumerate(((r, s) for r, s in steps if decision.applied(str(r))), start=1)
    ]


def _international_requirements(case: Case, rules: tuple[OwnedProvision, ...], start: int) -> list[api.Requirement]:
    """The steps ``rules`` (in the list's order) put on the state, numbered from ``start``."""
    requirements: list[api.Requirement] = []
    for rule in rules:
        kind = kind_of(rule.provision)
        requirements += kind.requirements(case, rule, rule.provision, start + len(requirements))
    return requirements
