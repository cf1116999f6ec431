"""Check a journalist's claim against the rulebook and the records: a verdict, the right value, the evidence.

Precision follows the claim: "in March" is right if the date is any day of that March; a year claim is
right if the date falls in that year. Where the rulebook itself is unsure (an unverified threshold, a
conditional or ambiguous date), the verdict says so rather than guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from app.engine.conditions import matches
from app.provisions import provision_citation
from app.provisions.agreed_date import has_own_agreed_date
from app.provisions.effect import fixed_period, period_effect
from app.provisions.notice import recipients_of
from app.provisions.precondition import precondition_of
from app.provisions.right import right_of
from app.rulebook import OwnedProvision, Rulebook
from app.services.assessment import AssessmentError, AssessmentService
from app.services.budget import check_deadline
from app.services.lookup import NotFound, find_state
from app.services.notices import (
    Notification,
    NotificationSource,
    VoteSource,
    rulebook_notifications,
    with_world_records,
    world_votes,
)
from app.services.notices import (
    long_date as _long,
)
from app.services.partial_dates import AmbiguousDate, PartialDate, UnreadableDate, parse_partial_date
from app.services.party_counts import compare as _compare
from app.services.party_counts import judge_count, judge_outside
from app.services.rule_claims import RuleClaim, about_the_same, parse_claimed_period, parse_rule_claim, same_length
from app.services.rule_survival import judge_survival
from schemas.api import AssessmentRequest
from schemas.checks import (
    MAX_TEXT_BYTES,
    CheckResult,
    Claim,
    ClaimKind,
    Evidence,
    FoundClaim,
    TextCheckRequest,
    TextCheckResponse,
    Verdict,
)
from schemas.periods import describe_period, parse_period
from schemas.rules import EffectAnnualDateWithDeadline, Participation, PreconditionProvision, Source, Treaty
from schemas.world import Dispute, OrganisationParty


class CheckService:
    def __init__(
        self,
        assessments: AssessmentService,
        notifications: NotificationSource | None = None,
        votes: VoteSource | None = None,
    ) -> None:
        self.assessments = assessments
        self.notifications = with_world_records(
            notifications or rulebook_notifications(assessments), assessments.rulebook.world
        )
        self.votes = votes or world_votes(assessments.rulebook.world)
        self._party_counts: dict[tuple[str, dt.date], int] = {}

    @property
    def rulebook(self) -> Rulebook:
        return self.assessments.rulebook

    def check(self, claim: Claim, default_as_of: dt.date | None = None) -> CheckResult:
        """One claim's verdict, from the handler :data:`HANDLERS` maps its kind to."""
        as_of = claim.as_of or default_as_of or dt.date.today()
        check_deadline()  # a request of 1,000 claims stops at its deadline (503), not after minutes
        try:
            outcome = HANDLERS[claim.kind](self, claim, as_of)
        except NotFound as exc:
            outcome = Outcome.unverifiable(f"Cannot check: {exc}.")
        except AssessmentError as exc:
            outcome = Outcome.unverifiable(f"Cannot check: {exc}")
        except AmbiguousDate as exc:
            outcome = Outcome.unverifiable(f"The date is ambiguous: {exc}.")
        except UnreadableDate as exc:
            outcome = Outcome.unverifiable(f"Cannot read the date: {exc}.")
        except _Unverifiable as exc:
            outcome = Outcome.unverifiable(str(exc), exc.evidence)
        return CheckResult(
            id=claim.id,
            claim=claim,
            verdict=outcome.verdict,
            correct_value=outcome.correct_value,
            explanation=outcome.explanation,
            evidence=outcome.evidence,
            trace=outcome.trace,
        )

    def check_text(self, reader: ClaimReader, body: TextCheckRequest) -> TextCheckResponse:
        """Find the claims in an article and check each: the one path for the API, the CLI and the page."""
        refuse_too_long(body.text)
        claims = [
            FoundClaim(
                start=f.start, end=f.end, quote=f.quote, claim=f.claim, result=self.check(f.claim, body.published)
            )
            for f in reader.find(body.text, body.published)
        ]
        return TextCheckResponse(published=body.published, claims=claims, rules_version=self.rulebook.version)

    # --- helpers ------------------------------------------------------------------------------------

    def _treaty(self, claim: Claim) -> Treaty:
        if not claim.treaty:
            raise _Unverifiable("The claim names no treaty.")
        try:
            return self.assessments.find_treaty(claim.treaty)
        except NotFound as exc:  # what is missing is the law itself: no rule file holds the treaty's clause
            near = f" Close names in the rulebook: {', '.join(exc.close_matches[:3])}." if exc.close_matches else ""
            raise _Unverifiable(
                f"The rulebook has no rule file for '{claim.treaty}': its withdrawal clause, parties and records "
                f"are not encoded, so the claim cannot be checked.{near}"
            ) from exc

    def _state(self, claim: Claim) -> str:
        if not claim.state:
            raise _Unverifiable("The claim names no state.")
        return find_state(claim.state).iso3

    def _treaty_evidence(self, treaty: Treaty, what: str) -> Evidence:
        return Evidence(kind="rule", description=f"{treaty.short_name}: {what}", url=str(treaty.text_source.url))

    # --- one method per kind ------------------------------------------------------------------------

    def _check_effective_date(self, claim: Claim, as_of: dt.date) -> Outcome:
        """Against each recorded notification received by ``as_of``, latest first: a state that withdrew twice
        (the United States from the Paris Agreement) is right about either withdrawal."""
        treaty, state = self._treaty(claim), self._state(claim)
        clock = _CLOCK.search(claim.value)  # "2019-03-29T12:20": a time of day on the withdrawing state's clock
        value = claim.value[: clock.start()] if clock else claim.value
        immediate = value.strip().lower() in _IMMEDIATE  # "will take effect immediately": on the day reported
        claimed = parse_partial_date(as_of.isoformat() if immediate else value, as_of, claim.tense or "future")
        notices = self._recorded_notices(state, treaty, as_of)
        unnotified = self._tracked(treaty) and not self._notified_after(treaty, state, as_of)
        unnotified = unnotified and not self._ever_notified(treaty, state, as_of)
        too_soon = self._too_soon(treaty, state, claimed, as_of, immediate) if unnotified else None
        if too_soon is not None:
            return too_soon
        if not notices and (revoked := self._would_have(treaty, state, claimed, as_of, claim.tense)) is not None:
            return revoked
        if not notices:
            return self._effective_after(treaty, state, claimed, as_of)
        pairs = [(n, self._effective_date_for(treaty, state, n, claimed, as_of)) for n in reversed(notices)]
        notice, outcome = max(pairs, key=lambda p: _RANK[p[1].verdict])
        if notice.disputed is not None:
            return _disputed(notice.disputed, claimed, outcome)
        if clock and outcome.verdict == "consistent" and outcome.correct_value:
            return _with_clock(claim.value, clock, claimed, notice, outcome)
        return _span_kept_open(claim.value, claimed, _sources_disagree(notice, claimed, outcome))

    def _would_have(
        self, treaty: Treaty, state: str, claimed: PartialDate, as_of: dt.date, tense: str | None
    ) -> Outcome | None:
        """'Would have made South Africa the first country to quit the court in October': the day a notice revoked
        before the article would have taken effect (a counterfactual, right when the day is); told as still to come
        ('will take effect'), it is wrong: the revoked notice takes effect on no day."""
        revoked = [n for n in self.notifications(state, treaty.id) if n.revoked is not None and n.revoked <= as_of]
        if not revoked:
            return None
        notice = revoked[-1]
        assert notice.revoked is not None
        would = self._effective_date_for(treaty, state, replace(notice, revoked=None), claimed, as_of)
        withdrawn = (
            f"{find_state(state).name} revoked its notification on {_long(notice.revoked)}, so it took no effect"
        )
        if tense == "future" or would.verdict != "consistent":
            text = f"Incorrect: {withdrawn}" + (
                f"; had it not, it would have taken effect on {_long(dt.date.fromisoformat(would.correct_value))}."
                if would.correct_value and len(would.correct_value) == 10
                else "."
            )
            return would._replace(verdict="inconsistent", correct_value="revoked", explanation=text)
        text = f"Correct as what would have been: {withdrawn}. {would.explanation.removeprefix('Correct: ')}"
        return would._replace(explanation=text)

    def _notified_after(self, treaty: Treaty, state: str, as_of: dt.date) -> bool:
        """A notice of ``state`` received in the three years after ``as_of`` (and not revoked) is recorded."""
        return any(
            as_of < n.received <= as_of + dt.timedelta(days=3 * 366) and n.revoked is None
            for n in self.notifications(state, treaty.id)
        )

    def _tracked(self, treaty: Treaty) -> bool:
        """The world files keep the treaty's exits (world/records/<treaty>.yaml): only then does a missing notice
        say something (a treaty with no records file may have exits nobody recorded)."""
        return treaty.id in self.rulebook.world.records

    def _ever_notified(self, treaty: Treaty, state: str, as_of: dt.date) -> bool:
        """Any notice of ``state`` received by ``as_of`` is recorded, revoked or not (South Africa's, Rome Statute,
        2016-2017): a date claimed for a revoked exit is a counterfactual, not a claim about a missing notice."""
        return any(n.received <= as_of for n in self.notifications(state, treaty.id))

    def _too_soon(
        self, treaty: Treaty, state: str, claimed: PartialDate, as_of: dt.date, immediate: bool
    ) -> Outcome | None:
        """An effect claimed immediately, or on a date before a notice received on the article's date could take
        effect, with no notice of the state recorded before or in the three years after the article: the treaty's
        clause counts from the depositary's receipt (Rome Statute Art. 127(1): one year; VCLT Art. 56(2): twelve
        months), so no exit can take effect by then. Where the clause makes a notice effective on receipt, the
        claim cannot be confirmed without the notice (immediate) or is left to the usual path (a date); so is a
        claimed date that reaches the earliest possible effect, or one more than a month before the article (an
        exit long past may rest on a notice the records lack)."""
        evaluation = self.assessments.evaluate(
            AssessmentRequest(treaty=treaty.id, state=state, notification_date=as_of, as_of=as_of)
        )
        effective = evaluation.assessment.effective
        earliest = effective.date or effective.earliest_date
        if earliest is None or earliest <= as_of:
            if not immediate:
                return None
            raise _Unverifiable(
                f"No notification of withdrawal by {state} from the {treaty.short_name} received on or before {as_of} "
                "is recorded, so an immediate effect cannot be confirmed."
            )
        if not immediate and (claimed.end >= earliest or claimed.start < as_of - dt.timedelta(days=_NEWS_DAYS)):
            return None  # an exit reported long past may rest on a notice the records lack: not judged from absence
        citation = effective.basis
        cite = f" ({citation.instrument}, {citation.cite})" if citation else ""
        period = evaluation.period_words or "the period the treaty sets"
        said = "immediately" if immediate else _when_said(claimed)
        text = (
            f"Incorrect: a withdrawal from the {treaty.short_name} cannot take effect {said}: it takes effect "
            f"{period} after the depositary receives the notification{cite}. No notification by "
            f"{find_state(state).name} received on or before {_long(as_of)} is recorded; one received that day "
            f"would take effect on {_long(earliest)} at the earliest."
        )
        evidence = [Evidence(kind="assessment", description=effective.explanation, citation=citation)]
        trace = [f"hypothetical notice received {as_of}", *(t.rule for t in evaluation.assessment.trace if t.applied)]
        return Outcome("inconsistent", f"not before {earliest.isoformat()}", text, evidence, trace)

    def _effective_after(self, treaty: Treaty, state: str, claimed: PartialDate, as_of: dt.date) -> Outcome:
        """An effective date announced before the notice was received (a vote, a decree, 'in a year's time'):
        judged against the notice received within the year after the article, with the article's date said."""
        later = [
            n for n in self.notifications(state, treaty.id)
            if as_of < n.received <= as_of + dt.timedelta(days=3 * 366) and n.revoked is None
        ]  # fmt: skip
        if not later:
            raise _Unverifiable(
                f"No notification of withdrawal by {state} from {treaty.short_name} received on or before {as_of} "
                "is recorded, so no effective date can be confirmed."
            )
        notice = later[0]
        outcome = self._effective_date_for(treaty, state, notice, claimed, notice.received)
        note = f" The notification was received on {_long(notice.received)}, after the article ({_long(as_of)})."
        if outcome.verdict == "inconsistent" and notice.received > as_of + dt.timedelta(days=366):
            raise _Unverifiable(  # a forecast years ahead: a later notice shows what happened, not what was known
                f"No notification had been received on {_long(as_of)}; the one received on "
                f"{_long(notice.received)} took effect on {outcome.correct_value}.",
                outcome.evidence,
            )
        return outcome._replace(explanation=outcome.explanation + note)

    def _effective_date_for(
        self, treaty: Treaty, state: str, notice: Notification, claimed: PartialDate, as_of: dt.date
    ) -> Outcome:
        if notice.approximate:
            return _recorded_effect(treaty, state, notice, claimed)
        evaluation = self.assessments.evaluate(
            AssessmentRequest(
                treaty=treaty.id, state=state, notification_date=notice.received, facts=notice.facts(as_of), as_of=as_of
            )
        )
        answer = evaluation.assessment
        effective = answer.effective
        effect_citation = effective.basis
        named = notice.specified_date is not None and effective.date == notice.specified_date
        period = None if named else evaluation.period_words
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url),
            Evidence(kind="assessment", description=effective.explanation, citation=effect_citation),
        ]
        trace = [
            f"record: {state} {treaty.id} received {notice.received}",
            *(t.rule for t in answer.trace if t.applied),
        ]
        cite = f" ({effect_citation.instrument}, {effect_citation.cite})" if effect_citation else ""
        subject = f"{answer.state.name}'s withdrawal from the {treaty.short_name}"
        if effective.status == "determined" and effective.date:
            local, clock = notice.local_day(effective.date)
            evidence.extend(_clock_evidence(notice, local))
            ok = claimed.contains(effective.date) or (local is not None and claimed.contains(local))
            verdict: Verdict = "consistent" if ok else "inconsistent"
            basis = (
                f"{period or 'as the treaty provides'} after the depositary received the notification on "
                f"{_long(notice.received)}"
                if notice.facts(as_of).agreed_date is None
                else f"on the date agreed (the notification was received on {_long(notice.received)})"
            )
            text = (
                f"{'Correct' if ok else 'Incorrect'}: {subject} takes effect on {_long(effective.date)}, {basis}{cite}."
                f"{clock}{_later(notice, effective.date, as_of)}"
            )
            return Outcome(verdict, effective.date.isoformat(), text, evidence, trace)
        if effective.status == "ambiguous":
            hits = [c for c in effective.candidates if claimed.contains(c)]
            verdict = "partly_consistent" if hits else "inconsistent"
            values = " or ".join(c.isoformat() for c in effective.candidates)
            return Outcome(verdict, values, f"The rules leave the date open: {values}{cite}.", evidence, trace)
        if effective.status == "conditional":
            earliest = effective.earliest_date
            verdict = "partly_consistent" if earliest and claimed.contains(earliest) else "unverifiable"
            text = f"Only if no condition intervenes: {effective.explanation}"
            return Outcome(verdict, earliest.isoformat() if earliest else None, text, evidence, trace)
        return Outcome("inconsistent", None, effective.explanation, evidence, trace)

    def _check_notice_period(self, claim: Claim, as_of: dt.date) -> Outcome:
        treaty = self._treaty(claim)
        claimed = parse_claimed_period(claim.value)
        if claimed is None:
            raise _Unverifiable(f"'{claim.value}' is not a period such as 'six months' or P6M.")
        owned = self._provisions(treaty, claim.state)
        right = right_of(owned)
        if right and right.exists == "no":
            raise _Unverifiable(f"The {treaty.short_name} gives no right of withdrawal ({right.basis}).")
        found = fixed_period(owned)
        if found is None:
            raise _Unverifiable(f"The {treaty.short_name} does not state its withdrawal as a fixed notice period.")
        rule, effect = found
        owner = rule.owner
        ok = same_length(effect.period, claimed)
        words = describe_period(effect.period)
        where = (
            f"{effect.cite} of the {treaty.short_name}"
            if owner.id == treaty.id
            else f"{effect.cite} of the {owner.short_name} (the {treaty.short_name} has no clause)"
        )
        label = "Correct" if ok else "Incorrect"
        text = f"{label}: under {where}, withdrawal takes effect {words} after {effect.counted_from}."
        citation = provision_citation(self.rulebook, rule)
        evidence = [Evidence(kind="rule", description=effect.text, citation=citation)]
        verdict: Verdict = "consistent" if ok else "inconsistent"
        return Outcome(verdict, effect.period, text, evidence, [citation.rule])

    def _check_required_vote(self, claim: Claim, as_of: dt.date) -> Outcome:
        state = self._state(claim)
        procedure = self.rulebook.states.get(state)
        if procedure is None:
            raise _Unverifiable(f"The domestic procedure of {state} is not encoded yet.")
        steps = [s for s in procedure.steps if s.threshold]
        if claim.body:
            wanted = claim.body.casefold()
            steps = [s for s in steps if wanted in f"{s.body or ''} {s.actor}".casefold()] or steps
        if not steps:
            raise _Unverifiable(f"No voting threshold is encoded for {procedure.name}.")
        step = steps[0]
        threshold = step.threshold
        assert threshold is not None
        evidence = [
            Evidence(
                kind="rule",
                description=f"{procedure.name}, {step.actor}: {threshold.words} ({threshold.cite}; "
                f"verification: {threshold.verification}; file confidence: {procedure.confidence})",
                url=str(step.sources[0].url),
            )
        ]
        trace = [f"{state}/{step.id}"]
        claimed_votes, claimed_size = _parse_votes(claim.value)
        size = threshold.body_size
        if claimed_size and size and claimed_size != size:
            text = f"Incorrect: the {step.actor} has {size} members, not {claimed_size}. {threshold.words}"
            return Outcome("inconsistent", threshold.words, text, evidence, trace)
        if threshold.votes_needed is not None and claimed_votes is not None:
            ok = claimed_votes == threshold.votes_needed
            if threshold.verification != "verified":
                text = (
                    f"Not confirmed: the rulebook holds {threshold.votes_needed} of {size} ({threshold.words}), "
                    f"but that rule is {threshold.verification.replace('_', ' ')}."
                )
                return Outcome(
                    ("partly_consistent" if ok else "unverifiable"),
                    str(threshold.votes_needed),
                    text,
                    evidence,
                    trace,
                )
            verdict_word = "Correct" if ok else "Incorrect"
            text = f"{verdict_word}: {threshold.votes_needed} of {size} votes are needed ({threshold.cite})."
            return Outcome(("consistent" if ok else "inconsistent"), str(threshold.votes_needed), text, evidence, trace)
        text = (
            f"Not confirmed: the rulebook holds '{threshold.words}' ({threshold.cite}; "
            f"{threshold.verification.replace('_', ' ')}; confidence {procedure.confidence})."
        )
        if threshold.note:
            text += f" {threshold.note}"
        return Outcome("unverifiable", threshold.words, text, evidence, trace)

    def _check_entry_into_force(self, claim: Claim, as_of: dt.date) -> Outcome:
        treaty = self._treaty(claim)
        if claim.value.strip().lower() in ("not in force", "false", "never"):
            return self._not_in_force(treaty, as_of)
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        if claim.state:
            return self._check_in_force_for_state(claim, as_of)
        if treaty.entry_into_force is None:
            raise _Unverifiable(f"The rulebook does not hold the {treaty.short_name}'s entry into force.")
        ok = claimed.contains(treaty.entry_into_force)
        when = _long(treaty.entry_into_force)
        text = f"{'Correct' if ok else 'Incorrect'}: the {treaty.short_name} entered into force on {when}."
        evidence = [self._treaty_evidence(treaty, f"entry into force {treaty.entry_into_force}")]
        return Outcome(
            ("consistent" if ok else "inconsistent"),
            treaty.entry_into_force.isoformat(),
            text,
            evidence,
            [treaty.id],
        )

    def _world_in_force(self, treaty: Treaty, state: str, claimed: PartialDate) -> Outcome | None:
        """Entry into force for the state from the world party list (world/parties), where the rule file has none."""
        listed, row = self.rulebook.world.parties.get(treaty.id), self.rulebook.world.entry(treaty.id, state)
        memberships = [m for m in (row.memberships if row else []) if m.in_force and m.in_force_precision == "day"]
        if listed is None or row is None or not memberships:
            return None
        hit = next((m for m in memberships if m.in_force and claimed.contains(m.in_force)), memberships[-1])
        assert hit.in_force is not None
        ok = claimed.contains(hit.in_force)
        text = (
            f"{'Correct' if ok else 'Incorrect'}: the {treaty.short_name} entered into force for "
            f"{find_state(state).name} on {_long(hit.in_force)} (world/parties/{treaty.id})."
        )
        evidence = [Evidence(kind="record", description=text, url=str((hit.source or row.source or listed.source).url))]
        verdict: Verdict = "consistent" if ok else "inconsistent"
        return Outcome(verdict, hit.in_force.isoformat(), text, evidence, [f"world/parties/{treaty.id}"])

    def _revoked_ratification(self, treaty: Treaty, state: str, on: dt.date) -> Outcome:
        """'No longer bound' by a treaty not in force after revoking a ratification (Russia, CTBT, 2023): partly
        right: the treaty bound no State as a treaty in force, and the state remains a signatory."""
        name = find_state(state).name
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            acted = min([record.notified, *(d.date for d in record.domestic_steps)])
            if record.act == "revocation_of_ratification" and acted <= on:
                text = (
                    f"Partly correct: {name} revoked its ratification of the {treaty.short_name} (from "
                    f"{_long(acted)}), but the {treaty.short_name} is not in force, so it bound no State as a treaty "
                    f"in force, before or after; {name} remains a signatory."
                )
                evidence = [Evidence(kind="record", description=text, url=str(record.sources[0].url))]
                return Outcome("partly_consistent", "false", text, evidence, [f"record: {state} {treaty.id}"])
        raise _Unverifiable(
            f"The {treaty.short_name} is not in force, and no act of {name} ending its consent by {on} is recorded."
        )

    def _not_in_force(self, treaty: Treaty, as_of: dt.date) -> Outcome:
        """'The treaty never entered into force' (the CTBT: Art. XIV needs every Annex 2 State)."""
        evidence = [self._treaty_evidence(treaty, f"in force: {treaty.in_force}")]
        if treaty.entry_into_force is not None and treaty.entry_into_force <= as_of:
            text = f"Incorrect: the {treaty.short_name} entered into force on {_long(treaty.entry_into_force)}."
            return Outcome("inconsistent", treaty.entry_into_force.isoformat(), text, evidence, [treaty.id])
        if treaty.in_force is False or (treaty.entry_into_force is not None and treaty.entry_into_force > as_of):
            text = f"Correct: the {treaty.short_name} was not in force on {_long(as_of)}."
            return Outcome("consistent", "not in force", text, evidence, [treaty.id])
        raise _Unverifiable(f"The rulebook does not hold whether or when the {treaty.short_name} entered into force.")

    def _check_in_force_for_state(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Entered into force for Lithuania on 1 November 2003': the date the state became a party."""
        treaty, state = self._treaty(claim), self._state(claim)
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        entries = [p for p in treaty.participation if p.state == state and p.in_force_for_state]
        if not entries:
            world = self._world_in_force(treaty, state, claimed)
            if world is not None:
                return world
        if not entries:
            raise _Unverifiable(
                f"The rulebook does not record when the {treaty.short_name} entered into force for {state}."
            )
        name = find_state(state).name
        for entry in entries:
            assert entry.in_force_for_state is not None
            if claimed.contains(entry.in_force_for_state):
                when = _long(entry.in_force_for_state)
                text = f"Correct: the {treaty.short_name} entered into force for {name} on {when}."
                evidence = [Evidence(kind="rule", description=text, url=str(entry.sources[0].url))]
                return Outcome("consistent", entry.in_force_for_state.isoformat(), text, evidence, [treaty.id])
        rejoined = self._world_in_force(treaty, state, claimed)  # a later consent (the US, Paris, 2021)
        if rejoined is not None and rejoined.verdict == "consistent":
            return rejoined
        latest = entries[-1].in_force_for_state
        assert latest is not None
        text = f"Incorrect: the {treaty.short_name} entered into force for {name} on {_long(latest)}."
        evidence = [Evidence(kind="rule", description=text, url=str(entries[-1].sources[0].url))]
        return Outcome("inconsistent", latest.isoformat(), text, evidence, [treaty.id])

    def _check_joined(self, claim: Claim, as_of: dt.date) -> Outcome:
        """Right if the claim's date holds the consent or the entry into force for the state (any membership);
        ``true`` / ``false`` ("Russia is not a party to the convention") against membership on the date."""
        if claim.value.strip().lower() in ("false", "true"):
            return self._membership(claim, as_of)
        treaty, state = self._treaty(claim), self._state(claim)
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        entries = [p for p in treaty.participation if p.state == state] or self._listed(treaty, state)
        admitted = self._admitted(treaty, state, claimed, bool(entries))
        if admitted is not None:
            return admitted
        if not entries:
            raise _Unverifiable(f"The rulebook does not record when {state} became a party to the {treaty.short_name}.")
        name = find_state(state).name
        left = [n for n in self.notifications(state, treaty.id) if n.received < entries[0].consent]
        if claimed.end < entries[0].consent and (left or self._rejoined(treaty, state, entries[0].consent)):
            if (earlier := self._earlier_membership(treaty, state, name, claimed)) is not None:
                return earlier
            raise _Unverifiable(
                f"{name} left and re-joined the {treaty.short_name}: the records hold its consent of "
                f"{_long(entries[0].consent)}, not the dates of its earlier membership."
            )
        best: Outcome | None = None
        for entry in entries:
            dates = [entry.consent] + ([entry.in_force_for_state] if entry.in_force_for_state else [])
            hits = [d for d in dates if claimed.contains(d)]
            facts = f"{name} deposited its instrument of {entry.consent_kind} on {_long(entry.consent)}" + (
                f" and became a party on {_long(entry.in_force_for_state)}" if entry.in_force_for_state else ""
            )
            # a day names one event: the deposit ("joined") or the entry into force ("became a party"), each right;
            # a period holding the entry into force holds the day membership began ("the UK joined in 1973")
            exact = bool(hits) and (claimed.precision == "day" or entry.in_force_for_state in hits)
            verdict: Verdict = (
                "consistent" if len(hits) == len(dates) or exact else "partly_consistent" if hits else "inconsistent"
            )
            label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}
            caveat = "" if entry.verification == "verified" else f" (record {entry.verification.replace('_', ' ')})"
            evidence = [Evidence(kind="rule", description=facts + caveat, url=str(entry.sources[0].url))]
            correct = (entry.in_force_for_state or entry.consent).isoformat()
            outcome = Outcome(
                verdict, correct, f"{label[verdict]}: {facts} ({treaty.short_name}){caveat}.", evidence, [treaty.id]
            )  # fmt: skip
            if best is None or _RANK[verdict] > _RANK[best.verdict]:
                best = outcome
        assert best is not None
        return best

    def _admitted(self, treaty: Treaty, state: str, claimed: PartialDate, consented: bool) -> Outcome | None:
        """'Admitted in 2011', 'a founding member since 1975': against the state's recorded admission by the
        organisation or its founding signature (world/parties ``admissions``). A date holding it is right; one that
        misses it is wrong only where nothing else is recorded of the state's joining (no consent, no exit noticed
        by then)."""
        admission = self.rulebook.world.admission(treaty.id, state)
        if admission is None:
            return None
        name = find_state(state).name
        fact = (
            f"{name} was admitted to membership by {admission.by} on {_long(admission.date)}"
            if admission.kind == "admitted"
            else f"{name} is a founding member: it signed {admission.by} on {_long(admission.date)}"
        )
        evidence = [Evidence(kind="record", description=fact, url=str(admission.source.url))]
        trace = [f"world/parties/{treaty.id}"]
        if claimed.contains(admission.date):
            return Outcome("consistent", admission.date.isoformat(), f"Correct: {fact}.", evidence, trace)
        if consented or any(n.received <= claimed.end for n in self.notifications(state, treaty.id)):
            return None  # its consent, or a return after an exit noticed by then, may be what the claim dates
        return Outcome("inconsistent", admission.date.isoformat(), f"Incorrect: {fact}.", evidence, trace)

    def _earlier_membership(self, treaty: Treaty, state: str, name: str, claimed: PartialDate) -> Outcome | None:
        """'The US rejoined UNESCO in 2003': an earlier membership listed in world/parties (``earlier``) whose
        consent or entry into force the claimed period holds; None when none does."""
        listing = self.rulebook.world.parties.get(treaty.id)
        row = self.rulebook.world.entry(treaty.id, state)
        if listing is None or row is None:
            return None
        for number, membership in enumerate(row.earlier):
            days = [membership.consent_date] if membership.consent_date_precision == "day" else []
            days += [membership.in_force] if membership.in_force_precision == "day" else []
            hit = next((d for d in days if d is not None and claimed.contains(d)), None)
            if hit is not None:
                again = " again" if number else ""
                event = "deposited its consent" if hit == membership.consent_date else f"became a member{again}"
                text = f"Correct: {name} {event} on {_long(hit)} (an earlier membership of the {treaty.short_name})."
                source = membership.source or row.source or listing.source
                evidence = [Evidence(kind="record", description=text, url=str(source.url))]
                return Outcome("consistent", hit.isoformat(), text, evidence, [f"world/parties/{treaty.id}"])
        return None

    def _rejoined(self, treaty: Treaty, state: str, consent: dt.date) -> bool:
        """Whether a withdrawal by ``state`` before its recorded consent is in world/records (an earlier membership
        whose consent is not held); a withdrawal after it says nothing of earlier memberships."""
        return any(
            r.act in ("withdrawal", "denunciation") and r.notified < consent
            for _, r in self.rulebook.world.records_for(treaty.id, state)
        )

    def _check_parties_count(self, claim: Claim, as_of: dt.date) -> Outcome:
        """Against the parties on the article's date when the world files hold a complete party list (counted
        from each state's entry into force and recorded withdrawals), else the rulebook's dated count."""
        treaty = self._treaty(claim)
        if outside := re.search(r"\bnon[- ]?(signator|part)", claim.value, re.IGNORECASE):
            return self._non_members(claim, treaty, outside.group(1).lower() == "signator", as_of)
        if re.search(r"\bnon[- ]|\bnot\b", claim.value, re.IGNORECASE):
            raise _Unverifiable(
                f"'{claim.value}' counts states that are not parties: the records lack the number of states that "
                f"could join the {treaty.short_name}, so a count of non-parties cannot be checked."
            )
        dated = _count_date(claim.value, as_of)
        listing = self.rulebook.world.parties.get(treaty.id)
        if re.search(r"signator", claim.value, re.IGNORECASE):
            signatories = self._recorded_count(claim, treaty, "signatories", dated, as_of, required=False)
            if signatories is not None:
                return signatories
            return self._loose_signatories(claim, as_of)
        if listing is None or not listing.complete:
            recorded = self._recorded_count(claim, treaty, "parties", dated, as_of, required=False)
            if recorded is not None:
                return recorded
        if listing is not None and listing.complete and claim.state:  # "the Philippines became the 117th party"
            row = next((p for p in listing.parties if p.state == find_state(claim.state).iso3), None)
            if row is not None and row.in_force is not None:
                dated = PartialDate.of(row.in_force, "day", row.in_force.isoformat())
        if listing is not None and listing.complete:
            outcome = self._parties_on(claim, treaty, listing.as_of, as_of)
            if dated is not None and dated.end < as_of:
                return self._dated_count(claim, treaty, dated, outcome)
            return self._out_of_date(claim, treaty, listing.as_of, as_of, outcome)
        count = treaty.parties_count
        if count is None:
            raise _Unverifiable(f"The rulebook does not hold a party count for the {treaty.short_name}.")
        claimed = _claimed_count(claim)
        ok = _compare(count.count, claimed, claim.comparator)
        joined = [p.in_force_for_state or p.consent for p in treaty.participation if p.state == claim.state]
        if joined and 0 <= (count.as_of - max(joined)).days <= 31:  # "rejoined as UNESCO's 194th member state"
            as_of = count.as_of  # the count recorded when that state joined: the ordinal's own date
        stale = abs((as_of - count.as_of).days) > 366
        unsure = count.verification != "verified"
        text = (
            f"{'Consistent' if ok else 'Inconsistent'} with the {count.count} parties recorded on "
            f"{_long(count.as_of)}"
            + ("; the count may have changed since" if stale else "")
            + (f"; that count is {count.verification.replace('_', ' ')}" if unsure else "")
            + "."
        )
        verdict: Verdict = ("partly_consistent" if stale or unsure else "consistent") if ok else "inconsistent"
        evidence = [
            Evidence(kind="rule", description=f"{count.count} parties on {count.as_of}", url=str(count.sources[0].url))
        ]
        if stale and not ok:  # a count of another year is no evidence against the article's (issue 14)
            raise _Unverifiable(
                f"The rulebook holds {count.count} parties to the {treaty.short_name} on {_long(count.as_of)} only; "
                f"the count on {_long(as_of)} is not recorded (no complete party list in world/parties).",
                evidence,
            )
        return Outcome(verdict, str(count.count), text, evidence, [treaty.id])

    def _non_members(self, claim: Claim, treaty: Treaty, signatories: bool, as_of: dt.date) -> Outcome:
        """'Among the 36 countries that have not signed': a count of non-members, judged as such (party_counts)."""
        statuses = self.rulebook.world.parties_on(treaty.id, as_of)
        listing = self.rulebook.world.parties.get(treaty.id)
        parties = {s.state for s in statuses} if statuses is not None and listing and listing.complete else None
        judged = judge_outside(
            self.rulebook.world,
            treaty.id,
            treaty.short_name,
            signatories,
            (_claimed_count(claim), claim.comparator),
            as_of,
            parties,
        )
        evidence = [Evidence(kind="record", description=judged.text, url=judged.url)]
        if judged.verdict is None:
            raise _Unverifiable(judged.text, evidence)
        return Outcome(judged.verdict, judged.correct, judged.text, evidence, [judged.file or treaty.id])

    def _loose_signatories(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'among the 125 signatories' where no signatory count is recorded: news often calls the parties so; the
        number is confirmed when it is the party count, else it cannot be checked."""
        treaty = self._treaty(claim)
        value = re.sub(r"\s*signator\w*", "", claim.value, flags=re.IGNORECASE)
        outcome = self._check_parties_count(claim.model_copy(update={"value": value}), as_of)
        if outcome.verdict not in ("consistent", "partly_consistent"):
            raise _Unverifiable(
                f"The number of signatories of the {treaty.short_name} is not recorded (world/counts/{treaty.id}.yaml "
                f"or a complete list of its signatures); {outcome.explanation}",
                outcome.evidence,
            )
        text = f"'Signatories' read as the parties (no signatory count is recorded): {outcome.explanation}"
        return outcome._replace(explanation=text)

    def _recorded_count(
        self,
        claim: Claim,
        treaty: Treaty,
        what: Literal["parties", "signatories"],
        dated: PartialDate | None,
        as_of: dt.date,
        required: bool = True,
    ) -> Outcome | None:
        """A count of parties or signatories against the dated counts of world/ (party_counts), on the day the
        sentence names or the article's; today's party count from a complete list, if any, for comparison."""
        on = dated.end if dated is not None and dated.end < as_of else as_of
        listing = self.rulebook.world.parties.get(treaty.id)
        now = None
        if listing is not None and listing.complete:
            now = int(self._parties_on(claim, treaty, listing.as_of, as_of).correct_value or 0)
        judged = judge_count(
            self.rulebook.world,
            treaty.id,
            treaty.short_name,
            what,
            (_claimed_count(claim), claim.comparator),
            on,
            as_of,
            now,
        )
        if judged is None:
            if not required:
                return None
            raise _Unverifiable(
                f"The number of {what} of the {treaty.short_name} is not recorded (no world/counts/{treaty.id}.yaml "
                f"period, no complete list of its signatures)."
            )
        evidence = [Evidence(kind="record", description=judged.text, url=judged.url)]
        if judged.verdict is None:
            raise _Unverifiable(judged.text, evidence)
        return Outcome(judged.verdict, judged.correct, judged.text, evidence, [judged.file or f"world/{treaty.id}"])

    def _out_of_date(self, claim: Claim, treaty: Treaty, listed: dt.date, as_of: dt.date, now: Outcome) -> Outcome:
        """'The convention has 112 state parties' the day after a withdrawal took effect: right until lately, out
        of date (partly), as for the dated counts of world/counts (within a year of the change)."""
        if now.verdict != "inconsistent":
            return now
        for days in (1, 7, 30, 90, 180, 365):
            then = self._parties_on(claim, treaty, listed, as_of - dt.timedelta(days=days))
            if then.verdict != "inconsistent" and then.correct_value != now.correct_value:
                day = as_of - dt.timedelta(days=days)
                text = (
                    f"Out of date: the {treaty.short_name} had {then.correct_value} parties on {_long(day)}; on "
                    f"{_long(as_of)} it had {now.correct_value} (world/parties/{treaty.id})."
                )
                return now._replace(verdict="partly_consistent", explanation=text)
        return now

    def _dated_count(self, claim: Claim, treaty: Treaty, dated: PartialDate, today: Outcome) -> Outcome:
        """'164 states joined it in 1999': the count on that date; today's count given for a past date is partly
        right (the number is right for the article's date, not for the date it names)."""
        then = self._parties_on(claim, treaty, dated.end, dated.end)
        if then.verdict != "inconsistent":
            return then
        actual = then.correct_value
        if today.verdict == "inconsistent":
            text = f"Incorrect: the {treaty.short_name} had {actual} parties at the end of {dated.describe()}."
            return then._replace(explanation=text)
        text = (
            f"Partly correct: {today.correct_value} is the number of parties on the article's date, but at the end "
            f"of {dated.describe()} the {treaty.short_name} had {actual} (world/parties/{treaty.id})."
        )
        return Outcome("partly_consistent", today.correct_value, text, then.evidence, then.trace)

    def _parties_on(self, claim: Claim, treaty: Treaty, listed: dt.date, as_of: dt.date) -> Outcome:
        claimed = _claimed_count(claim)
        key = (treaty.id, as_of)
        if key not in self._party_counts:
            self._party_counts[key] = len(self.rulebook.world.parties_on(treaty.id, as_of) or [])
        states = self._party_counts[key]
        actual, counting = _counting(states, self.rulebook.world.organisations_on(treaty.id, as_of), claimed, claim)
        ok = _compare(actual, claimed, claim.comparator)
        # states joining since the list can only raise the count: "more than 110" stays right
        # within a year of the list, no change recorded since is taken as none; later, only partly confirmed
        since = as_of > listed and not (ok and claim.comparator in ("more_than", "at_least"))
        later = since and as_of > listed + dt.timedelta(days=366)
        text = (
            f"{'Consistent' if ok else 'Inconsistent'} with the {actual} parties to the {treaty.short_name} on "
            f"{_long(as_of)} ({counting}complete party list of {_long(listed)}, world/parties/{treaty.id})"
            + ("; states may have joined since that list" if later else "; no change recorded since" if since else "")
            + "."
        )
        verdict: Verdict = ("partly_consistent" if later else "consistent") if ok else "inconsistent"
        counted = f" ({counting.rstrip('; ')})" if counting else ""
        evidence = [Evidence(kind="record", description=f"{actual} parties on {as_of}{counted}", url=None)]
        return Outcome(verdict, str(actual), text, evidence, [f"world/parties/{treaty.id}"])

    def _check_bound_on(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Still bound' on a day (the article's, unless ``on`` names another); a date ('bound since November
        2011') is the day the treaty entered into force for the state."""
        if claim.value.strip().lower() not in ("true", "yes", "bound", "false", "no", "not bound"):
            return self._check_in_force_for_state(claim, as_of)
        treaty, state = self._treaty(claim), self._state(claim)
        on = claim.on or as_of
        claimed = claim.value.strip().lower() in ("true", "yes", "bound")
        notices = [n for n in self.notifications(state, treaty.id) if n.received <= on]
        if not notices and not treaty.in_force and not claimed:
            return self._revoked_ratification(treaty, state, on)
        if not notices and (outside := self._never_bound(treaty, state, on, claimed)) is not None:
            return outside
        if not notices:
            raise _Unverifiable(f"No withdrawal by {state} from the {treaty.short_name} is recorded before {on}.")
        notice = max(notices, key=lambda n: n.received)
        answer = self.assessments.assess(
            AssessmentRequest(
                treaty=treaty.id, state=state, notification_date=notice.received, facts=notice.facts(on), as_of=on
            )
        )
        date = answer.effective.date
        if date is None:
            raise _Unverifiable(answer.effective.explanation)
        bound = on < date
        again = None if bound else self._bound_again(treaty, state, notice, on)
        ok = (bound or again is not None) == claimed
        text = (
            f"{'Correct' if ok else 'Incorrect'}: on {_long(on)} {answer.state.name} was "
            f"{'still' if bound else 'no longer' if again is None else 'again'} bound; its withdrawal took effect on "
            f"{_long(date)}{'' if again is None else f', and it was bound again: {again}'}."
        )
        evidence = [Evidence(kind="assessment", description=answer.effective.explanation, url=notice.source_url)]
        value = str(bound or again is not None).lower()
        return Outcome(("consistent" if ok else "inconsistent"), value, text, evidence, [treaty.id])

    def _never_bound(self, treaty: Treaty, state: str, on: dt.date, claimed: bool) -> Outcome | None:
        """'Iran, Libya and Yemen are not party to the Paris Agreement': a state the sourced outsiders list
        (world/parties ``outsiders``) names as not having consented on its date, and with no notice of withdrawal
        recorded at all, was bound on no day up to that date (a consent would have left it a party, and only a notice
        ends one). None after the list's date, when consent may have come."""
        listing = self.rulebook.world.parties.get(treaty.id)
        out = listing.outsiders if listing else None
        if out is None or on > out.as_of or not any(o.state == state for o in out.states):
            return None
        if self.notifications(state, treaty.id):
            return None
        name = find_state(state).name
        fact = f"{name} had not ratified, accepted or acceded to the {treaty.short_name} on {_long(out.as_of)}"
        text = f"{'Incorrect' if claimed else 'Correct'}: {fact}, so it was not bound on {_long(on)}"
        text += f" (world/parties/{treaty.id}, outsiders)."
        evidence = [Evidence(kind="record", description=fact, url=str(out.source.url))]
        return Outcome(
            "inconsistent" if claimed else "consistent", "false", text, evidence, [f"world/parties/{treaty.id}"]
        )

    def _bound_again(self, treaty: Treaty, state: str, notice: Notification, on: dt.date) -> str | None:
        """Why a state whose withdrawal took effect was bound again on ``on`` (a consent in the party list after
        its notice: Iceland re-adhered to the ICRW in 2002, Bolivia re-acceded to the Single Convention in 2013),
        or None; unverifiable when a later notice shows it re-joined on a day not recorded."""
        status = self.rulebook.world.party_status(treaty.id, state, on)
        if status.status == "unknown" and status.record is not None:
            raise _Unverifiable(f"Whether {find_state(state).name} was bound on {on} is not recorded: {status.reason}.")
        entry = status.entry
        consented = (entry.consent_date or entry.in_force) if entry is not None else None
        if status.status == "party" and consented is not None and consented > notice.received:
            return status.reason
        return None

    # --- what states did: notified, withdrew, signed, ratified or acceded --------------------------------

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

    def _check_notification_date(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'The notice was handed to the UN Secretary-General on 27 June': against the recorded date of receipt."""
        treaty, state = self._treaty(claim), self._state(claim)
        if claim.value.strip().lower() in ("false", "no"):
            return self._not_notified(treaty, state, as_of)
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        horizon = max(as_of, claimed.end) + dt.timedelta(days=_DISPATCH_DAYS)  # sent, not yet received
        notices = sorted(  # a notice later revoked was still given (South Africa, Rome Statute, 2016)
            (n for n in self.notifications(state, treaty.id) if n.received <= horizon), key=lambda n: n.received
        )
        if not notices:
            raise _Unverifiable(
                f"No notification of withdrawal by {find_state(state).name} from the {treaty.short_name} is "
                f"recorded on or before {as_of}: the records lack the date of receipt."
            )
        name = find_state(state).name
        hit = next((n for n in reversed(notices) if claimed.contains(n.received)), None)
        notice = hit or notices[-1]
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url)
        ]
        trace = [f"record: {state} {treaty.id} received {notice.received}"]
        if hit:
            text = (
                f"Correct: the depositary received {name}'s notification of withdrawal from the "
                f"{treaty.short_name} on {_long(hit.received)}."
            )
            return Outcome("consistent", hit.received.isoformat(), text, evidence, trace)
        dated = next(
            (n for n in reversed(notices) if n.instrument_dated and claimed.contains(n.instrument_dated)), None
        )
        if dated is not None and dated.instrument_dated is not None:  # the right day, given to another act
            text = (
                f"Partly correct: {_long(dated.instrument_dated)} is the date {name}'s instrument of withdrawal from "
                f"the {treaty.short_name} bears; the depositary received it on {_long(dated.received)}, the day the "
                "period runs from."
            )
            return Outcome("partly_consistent", dated.received.isoformat(), text, evidence, trace)
        gap = min(abs((notice.received - claimed.end).days), abs((notice.received - claimed.start).days))
        # A date that misses the receipt is wrong, also by a day or two (tests/data/articles/README.md, "A date
        # that is wrong"): the period runs from receipt, so the day a note was signed, sent or made public is not it.
        near = (
            f" ({gap} day{'s' if gap > 1 else ''} off: the day a note is signed, sent or made public is not the day "
            "the depositary receives it, from which the period runs)"
            if gap <= _DISPATCH_DAYS
            else ""
        )
        text = (
            f"Incorrect: the depositary received {name}'s notification of withdrawal from the {treaty.short_name} "
            f"on {_long(notice.received)}, not {claimed.describe()}{near}."
        )
        return Outcome("inconsistent", notice.received.isoformat(), text, evidence, trace)

    def _not_notified(self, treaty: Treaty, state: str, as_of: dt.date) -> Outcome:
        """'X has not yet notified its withdrawal' on the publication date: wrong if a notice was received by then
        (and not revoked), right where the records hold only a later one (or keep the treaty's exits and hold none)."""
        name = find_state(state).name
        given = self._recorded_notices(state, treaty, as_of)
        if given:
            text = (
                f"Incorrect: the depositary had received {name}'s notification of withdrawal from the "
                f"{treaty.short_name} on {_long(given[-1].received)}, before {_long(as_of)}."
            )
            evidence = [Evidence(kind="record", description=text, url=given[-1].source_url)]
            return Outcome("inconsistent", given[-1].received.isoformat(), text, evidence, [f"record: {state}"])
        later = [n for n in self.notifications(state, treaty.id) if n.received > as_of]
        if later:
            text = (
                f"Correct: {name} had not notified its withdrawal from the {treaty.short_name} by {_long(as_of)}; "
                f"the depositary received its notification on {_long(later[0].received)}."
            )
            evidence = [Evidence(kind="record", description=text, url=later[0].source_url)]
            return Outcome("consistent", later[0].received.isoformat(), text, evidence, [f"record: {state}"])
        if self._tracked(treaty):
            text = (
                f"Correct: no notification of withdrawal by {name} from the {treaty.short_name} is recorded by "
                f"{_long(as_of)} (world/records/{treaty.id})."
            )
            return Outcome("consistent", "false", text, [], [f"world/records/{treaty.id}"])
        raise _Unverifiable(
            f"Whether {name} had notified its withdrawal from the {treaty.short_name} by {as_of} is not recorded: "
            f"no world/records/{treaty.id}.yaml keeps its exits."
        )

    def _check_withdrew(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'X left / withdrew from / quit Y [on D]', judged against what had happened by the publication date:
        a withdrawal in effect is right (on its effective date); a notification whose period had not run out
        is only an announced exit: partly right, and the explanation says when it takes effect."""
        treaty, state = self._treaty(claim), self._state(claim)
        if claim.value.strip().lower() in ("false", "no"):
            return self._not_withdrawn(treaty, state, as_of)
        dated = claim.value.strip().lower() not in ("true", "yes")
        clock = _CLOCK.search(claim.value) if dated else None  # "2020-01-31T22:00": a time of day, as for dates
        value = claim.value[: clock.start()] if clock else claim.value
        claimed = parse_partial_date(value, as_of, "past") if dated else None
        notices = self._recorded_notices(state, treaty, as_of)
        name = find_state(state).name
        rejoined = None
        if claimed is None and claim.tense == "present":  # "X withdraws": not the exit of an earlier membership
            rejoined = self._rejoined_on(treaty, state, as_of)  # (the US, Paris: out in 2020, back in 2021)
            notices = [n for n in notices if rejoined is None or n.received >= rejoined]
        elif claimed is not None and (back := self._rejoined_on(treaty, state, as_of)) and back <= claimed.start:
            rejoined = back  # a date after the state consented again: the earlier exit is not this one
            notices = [n for n in notices if n.received >= rejoined]
        if not notices and (undone := self._exit_undone(treaty, state, name, claimed, as_of)) is not None:
            return undone
        if not notices:
            return self._before_notice(treaty, state, name, claimed, as_of, rejoined)
        if claimed is not None and claimed.end < notices[0].received - dt.timedelta(days=366):  # an earlier exit
            decided = self._decided_in(treaty, state, name, notices[0], claimed, as_of)
            if decided is not None:
                return decided
            raise _Unverifiable(
                f"No withdrawal by {name} from the {treaty.short_name} in {claimed.describe()} is recorded: the "
                f"records begin with the notification received on {_long(notices[0].received)} and are not "
                "exhaustive for earlier years."
            )
        if claimed is None:  # "X has withdrawn": where it stands on the article's date, after its latest notice
            notices = notices[-1:]  # (the US left the Paris Agreement in 2020, rejoined, notified again in 2025)
        pairs = [(n, self._withdrew_after(treaty, state, name, n, claimed, as_of)) for n in reversed(notices)]
        notice, outcome = max(pairs, key=lambda p: _RANK[p[1].verdict])
        if claimed is not None and outcome.verdict == "inconsistent":  # the day of a decision called the exit
            decided = next(
                (d for n in notices if (d := self._decided_in(treaty, state, name, n, claimed, as_of))), None
            )
            if decided is not None:
                return decided
        if notice.disputed is not None:  # "X has withdrawn": by the article's date
            by = claimed or PartialDate(dt.date.min, as_of, "interval", f"by {as_of}")
            return _disputed(notice.disputed, by, outcome)
        if clock and claimed and outcome.verdict == "consistent" and outcome.correct_value:
            return _with_clock(claim.value, clock, claimed, notice, outcome)
        return outcome

    def _decided_in(
        self, treaty: Treaty, state: str, name: str, notice: Notification, claimed: PartialDate, as_of: dt.date
    ) -> Outcome | None:
        """'Trump pulled the US out of the agreement in 2017': a decision to withdraw recorded then (a domestic step
        of the first notice's record), notified and in effect only later: partly right, with the real dates."""
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            steps = [d for d in record.domestic_steps if claimed.contains(d.date) and d.date <= as_of]
            if record.notified != notice.received or not steps:
                continue
            step = steps[-1]
            effect = self._withdrew_after(treaty, state, name, notice, None, as_of)
            text = (
                f"Partly correct: on {_long(step.date)} the {step.actor} decided to withdraw ({step.act}); the "
                f"notification was received on {_long(notice.received)}"
                + (f" and the withdrawal took effect on {_long(dt.date.fromisoformat(effect.correct_value))}."
                   if effect.correct_value and len(effect.correct_value) == 10 else ".")
            )  # fmt: skip
            url = str(step.source.url) if step.source else notice.source_url
            evidence = [Evidence(kind="record", description=f"{step.actor}: {step.act}", url=url), *effect.evidence]
            return Outcome("partly_consistent", effect.correct_value, text, evidence, effect.trace)
        return None

    def _decided_unnotified(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome | None:
        """'X pulls out of Y' where X only decided to withdraw, with no notification recorded (world/records
        ``unnotified``: the US memorandum of 7 January 2026 on the UNFCCC): a step towards an exit, partly right."""
        for _, begun in self.rulebook.world.unnotified_for(treaty.id, state):
            steps = [
                d for d in begun.domestic_steps
                if d.date <= as_of and "withdraw" in d.act.lower() and (claimed is None or claimed.contains(d.date))
            ]  # fmt: skip
            if steps:
                step = steps[-1]
                text = (
                    f"Partly correct: on {_long(step.date)} the {step.actor} decided to withdraw ({step.act}), but "
                    f"no notification to the depositary is recorded by {_long(as_of)} (assumed none: {name} was "
                    f"still a party to the {treaty.short_name}), and any withdrawal takes effect only as the treaty "
                    "counts from a notice."
                )
                url = str(step.source.url) if step.source else str(begun.sources[0].url)
                evidence = [Evidence(kind="record", description=f"{step.actor}: {step.act}", url=url)]
                return Outcome(
                    "partly_consistent", None, text, evidence, [f"record: {state} {treaty.id} (not notified)"]
                )
        return None

    def _before_notice(
        self,
        treaty: Treaty,
        state: str,
        name: str,
        claimed: PartialDate | None,
        as_of: dt.date,
        since: dt.date | None = None,
    ) -> Outcome:
        """'X withdrew' with no notification received by the publication date (in the membership that began on
        ``since``): a domestic decision to withdraw (a vote, a decree) is only a step towards it (partly right; the
        state was still a party), a suspension or a revoked ratification is not a withdrawal (wrong); a notice
        received in the year after the article makes it a decision told as an exit (partly right); with none of
        these recorded, nothing is confirmed."""
        if (decided := self._decided_unnotified(treaty, state, name, claimed, as_of)) is not None:
            return decided
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            if since is not None and record.notified < since:
                continue
            leaving = record.act in ("withdrawal", "denunciation")
            steps = [
                d for d in record.domestic_steps
                if d.date <= as_of and (claimed is None or claimed.contains(d.date))
                and (leaving or "withdraw" in d.act.lower())
            ]  # fmt: skip
            if steps:
                step = steps[-1]
                text = (
                    f"Partly correct: on {_long(step.date)} the {step.actor} decided to withdraw ({step.act}), but "
                    f"no notification had reached the depositary by {_long(as_of)}: {name} was still a party to "
                    f"the {treaty.short_name}."
                    + (f" The notification was received on {_long(record.notified)}." if leaving else "")
                )
                url = str(step.source.url) if step.source else str(record.sources[0].url)
                evidence = [Evidence(kind="record", description=f"{step.actor}: {step.act}", url=url)]
                correct = record.recorded_effective.isoformat() if leaving and record.recorded_effective else None
                return Outcome("partly_consistent", correct, text, evidence, [f"record: {state} {treaty.id}"])
            acted = min([record.notified, *(d.date for d in record.domestic_steps)])
            if not leaving and acted <= as_of:
                act = record.act.replace("_", " ")
                text = (
                    f"Incorrect: {name} did not withdraw from the {treaty.short_name}: what it did (from "
                    f"{_long(acted)}) was a {act}, which is not a withdrawal."
                )
                evidence = [
                    Evidence(kind="record", description=f"{act} {record.notified}", url=str(record.sources[0].url))
                ]
                return Outcome("inconsistent", "false", text, evidence, [f"record: {state} {treaty.id} {record.act}"])
        notified = self._notified_later(treaty, state, name, claimed, as_of)
        if notified is not None:
            return notified
        unnoticed = self._exit_too_soon(treaty, state, name, claimed, as_of) if since is None else None
        if unnoticed is not None:
            return unnoticed
        if (kept := self._no_exit_kept(treaty, name, claimed)) is not None:
            return kept
        if since is not None:
            raise _Unverifiable(
                f"{name} consented again to the {treaty.short_name} on {_long(since)}, after an earlier withdrawal; "
                f"no notification of a new withdrawal received by {_long(as_of)} is recorded (the earlier exit is "
                "not this one)."
            )
        raise _Unverifiable(
            f"No notification of withdrawal by {name} from the {treaty.short_name} received on or before {as_of} "
            "is recorded, nor a domestic decision to withdraw: the records lack a withdrawal to confirm."
        )

    def _no_exit_kept(self, treaty: Treaty, name: str, claimed: PartialDate | None) -> Outcome | None:
        """'Withdraw once again' (no earlier exit): a withdrawal dated within the span the records are sourced as
        complete for (world/records ``complete_since`` to ``as_of``, ``complete_source``) and absent from them did
        not happen; None where the claim is undated or reaches outside that span."""
        kept = self.rulebook.world.records.get(treaty.id)
        if claimed is None or kept is None or kept.complete_source is None:
            return None
        if kept.complete_since is None or kept.as_of is None:
            return None
        if not (kept.complete_since <= claimed.start and claimed.end <= kept.as_of):
            return None
        read = kept.complete_source.title or str(kept.complete_source.url)
        text = (
            f"Incorrect: {name} did not withdraw from the {treaty.short_name} {_when_said(claimed)}: no withdrawal "
            f"is recorded, and the records hold every one from {_long(kept.complete_since)} to "
            f"{_long(kept.as_of)} (world/records/{treaty.id}: {read})."
        )
        evidence = [Evidence(kind="record", description=text, url=str(kept.complete_source.url))]
        return Outcome("inconsistent", "false", text, evidence, [f"world/records/{treaty.id}"])

    def _exit_too_soon(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome | None:
        """'The US withdrew from the UNFCCC on 7 January' in the news of that week, with no notice of the state
        recorded for a treaty whose exits are kept: no exit can have taken effect, since the clause counts from the
        depositary's receipt (UNFCCC Art. 25(2): one year); what the article reports is at most a decision or an
        announcement told as an exit, partly right (tests/data/articles/README.md)."""
        if claimed is None or claimed.start < as_of - dt.timedelta(days=_NEWS_DAYS) or not self._tracked(treaty):
            return None
        if self._ever_notified(treaty, state, as_of + dt.timedelta(days=3 * 366)):
            return None
        evaluation = self.assessments.evaluate(
            AssessmentRequest(treaty=treaty.id, state=state, notification_date=as_of, as_of=as_of)
        )
        effective = evaluation.assessment.effective
        earliest = effective.date or effective.earliest_date
        if earliest is None or earliest <= claimed.end:
            return None
        period = evaluation.period_words or "the period the treaty sets"
        text = (
            f"Partly correct at most: no notification of withdrawal by {name} from the {treaty.short_name} received "
            f"by {_long(as_of)} is recorded, and a withdrawal takes effect {period} after the depositary receives it: "
            f"a decision or an announcement is not an exit. A notification received that day would take effect on "
            f"{_long(earliest)} at the earliest."
        )
        evidence = [Evidence(kind="assessment", description=effective.explanation, citation=effective.basis)]
        trace = [f"hypothetical notice received {as_of}", *(t.rule for t in evaluation.assessment.trace if t.applied)]
        return Outcome("partly_consistent", f"not before {earliest.isoformat()}", text, evidence, trace)

    def _rejoined_on(self, treaty: Treaty, state: str, as_of: dt.date) -> dt.date | None:
        """The state's latest consent by ``as_of`` when it follows an exit in effect (the United States accepted
        the Paris Agreement again on 20 January 2021, after its exit of 4 November 2020): notices before it belong
        to the earlier membership."""
        entries = [p for p in treaty.participation if p.state == state] or self._listed(treaty, state)
        consents = [e.consent for e in entries if e.consent <= as_of]
        if not consents:
            return None
        latest = max(consents)
        left_before = any(
            n.received < latest and (n.revoked is None or n.revoked > latest)
            for n in self.notifications(state, treaty.id)
        )
        return latest if left_before else None

    def _notified_later(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome | None:
        """'Slovenia withdraws from the Energy Charter Treaty' on the day of a decision, with the notice received
        within the year after the article: a decision told as an exit, partly right (the state was still a party;
        the exit came later, counted from the notice)."""
        later = [
            n for n in self.notifications(state, treaty.id)
            if as_of < n.received <= as_of + dt.timedelta(days=366) and n.revoked is None
        ]  # fmt: skip
        if not later or (claimed is not None and claimed.end < as_of - dt.timedelta(days=_NEWS_DAYS)):
            return None
        notice = later[0]
        effect = self._effective_date_for(
            treaty, state, notice, PartialDate.of(as_of, "day", as_of.isoformat()), notice.received
        )
        day = effect.correct_value if effect.correct_value and _is_day(effect) else None
        when = f", with effect on {_long(dt.date.fromisoformat(day))}" if day else ""
        text = (
            f"Partly correct: {name} had not withdrawn from the {treaty.short_name} by {_long(as_of)}: no "
            f"notification had reached the depositary (a decision or an announcement is not an exit). The "
            f"notification was received on {_long(notice.received)}{when}."
        )
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url),
            *effect.evidence[1:],
        ]
        return Outcome("partly_consistent", effect.correct_value, text, evidence, effect.trace)

    def _exit_undone(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome | None:
        """'Jammeh withdrew the country from the war crimes court' after the Gambia revoked its notice (received
        10 November 2016, revoked 10 February 2017): the notice was withdrawn before it took effect, so the state
        never left (Rome Statute Art. 127(1); VCLT Art. 68): wrong, whatever the article dates the exit to."""
        undone = [
            n for n in self.notifications(state, treaty.id)
            if n.revoked is not None and n.revoked <= as_of and (claimed is None or claimed.end >= n.received)
        ]  # fmt: skip
        if not undone:
            return None
        last = undone[-1]
        assert last.revoked is not None
        text = (
            f"Incorrect: {name} did not withdraw from the {treaty.short_name}: its notification (received "
            f"{_long(last.received)}) was revoked on {_long(last.revoked)}, before it took effect."
        )
        return _revoked("inconsistent", text, state, treaty, last)

    def _not_withdrawn(self, treaty: Treaty, state: str, as_of: dt.date) -> Outcome:
        """'South Africa's withdrawal was revoked': no withdrawal in effect by the publication date."""
        name = find_state(state).name
        revoked = [n for n in self.notifications(state, treaty.id) if n.revoked and n.revoked <= as_of]
        for notice in self._recorded_notices(state, treaty, as_of):
            outcome = self._withdrew_after(treaty, state, name, notice, None, as_of)
            if outcome.verdict == "consistent":  # a withdrawal had taken effect
                text = f"Incorrect: {outcome.explanation.removeprefix('Correct: ')}"
                return Outcome("inconsistent", outcome.correct_value, text, outcome.evidence, outcome.trace)
        if revoked:
            last = revoked[-1]
            assert last.revoked is not None
            text = (
                f"Correct: {name}'s notification of withdrawal from the {treaty.short_name} (received "
                f"{_long(last.received)}) was revoked on {_long(last.revoked)}, before it took effect."
            )
            return _revoked("consistent", text, state, treaty, last)
        other = [
            r
            for _, r in self.rulebook.world.records_for(treaty.id, state)
            if r.act not in ("withdrawal", "denunciation") and r.notified <= as_of
        ]
        if other:
            act = other[-1].act.replace("_", " ")
            text = (
                f"Correct: {name} had not withdrawn from the {treaty.short_name} on {_long(as_of)}; its act of "
                f"{_long(other[-1].notified)} was a {act}, which is not a withdrawal."
            )
            evidence = [Evidence(kind="record", description=text, url=str(other[-1].sources[0].url))]
            return Outcome("consistent", "false", text, evidence, [f"record: {state} {treaty.id} {other[-1].act}"])
        status = self.rulebook.world.party_status(treaty.id, state, as_of)
        if status.bound:
            text = f"Correct: {name} was a party to the {treaty.short_name} on {_long(as_of)}: {status.reason}."
            url = str(status.source.url) if status.source else None
            return Outcome("consistent", "false", text, [Evidence(kind="record", description=text, url=url)], [])
        later = [n for n in self.notifications(state, treaty.id) if n.received > as_of and n.revoked is None]
        if later and status.status == "unknown":  # a state gives notice only of a treaty it is bound by
            text = (
                f"Correct: {name} had not withdrawn from the {treaty.short_name} on {_long(as_of)}: it notified its "
                f"withdrawal only later (received {_long(later[0].received)}), so it was still bound."
            )
            evidence = [Evidence(kind="record", description=text, url=later[0].source_url)]
            return Outcome("consistent", "false", text, evidence, [f"record: {state} {treaty.id}"])
        raise _Unverifiable(f"Whether {name} was still a party to the {treaty.short_name} on {as_of} is not recorded.")

    def _withdrew_after(
        self, treaty: Treaty, state: str, name: str, notice: Notification, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome:
        if notice.approximate:  # the day of receipt is not recorded: the recorded effective date, if any
            if notice.recorded_effective is None:
                raise _Unverifiable(f"Only the month of {name}'s notification is recorded, and no effective date.")
            recorded = Evidence(
                kind="record", description=f"took effect {notice.recorded_effective}", url=notice.source_url
            )
            return _withdrew_on(name, treaty, notice, notice.recorded_effective, claimed, as_of, [recorded], [])
        answer = self.assessments.assess(
            AssessmentRequest(
                treaty=treaty.id, state=state, notification_date=notice.received, facts=notice.facts(as_of), as_of=as_of
            )
        )
        effective = answer.effective
        citation = effective.basis
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url),
            Evidence(kind="assessment", description=effective.explanation, citation=citation),
        ]
        trace = [
            f"record: {state} {treaty.id} received {notice.received}",
            *(t.rule for t in answer.trace if t.applied),
        ]
        received = _long(notice.received)
        date = effective.date if effective.status == "determined" else None
        ended = notice.recorded_effective
        if date is None and ended is not None and ended <= as_of:  # the rules leave it open; the record says when
            evidence.insert(0, Evidence(kind="record", description=f"took effect {ended}", url=notice.source_url))
            outcome = _withdrew_on(name, treaty, notice, ended, claimed, as_of, evidence, trace)
            note = f" That is the recorded date; the rules alone do not determine it: {effective.explanation}"
            return outcome._replace(explanation=outcome.explanation + note)
        if date is None:
            # a treaty with no withdrawal clause (VCLT Art. 56): whether the notice could end anything is unsettled,
            # so 'has withdrawn' is neither right nor partly right; under a clause, a notice given is a step taken
            silent = treaty.withdrawal.article is None
            verdict: Verdict = (
                "partly_consistent"
                if not silent and (claimed is None or claimed.contains(notice.received))
                else "unverifiable"
            )
            text = (
                f"{name} notified its withdrawal from the {treaty.short_name} (received {received}); "
                + ("the treaty has no withdrawal clause, so whether and when it takes effect is unsettled: " if silent
                   else "when it takes effect is not determined: ")
                + effective.explanation
            )  # fmt: skip
            return Outcome(verdict, None, text, evidence, trace)
        if ended and ended != date and ended <= as_of and not notice.extensions:
            # the membership ended otherwise than by the clause (Russia, Council of Europe: Art. 8, 16 March 2022)
            evidence.insert(0, Evidence(kind="record", description=f"ended {ended}", url=notice.source_url))
            outcome = _withdrew_on(name, treaty, notice, ended, claimed, as_of, evidence, trace)
            return _sources_disagree(notice, claimed, outcome, date)
        return _withdrew_on(name, treaty, notice, date, claimed, as_of, evidence, trace)

    def _participation(self, claim: Claim) -> tuple[Treaty, str, str, list[Participation]]:
        treaty, state = self._treaty(claim), self._state(claim)
        entries = [p for p in treaty.participation if p.state == state] or self._listed(treaty, state)
        name = find_state(state).name
        if not entries:
            listed = "no row for it" if treaty.id in self.rulebook.world.parties else "none"
            raise _Unverifiable(
                f"The rulebook does not record {name}'s signature or consent to the {treaty.short_name} (no "
                f"participation entry in its rule file; world/parties/{treaty.id}.yaml: {listed})."
            )
        return treaty, state, name, entries

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
                if membership.consent in ("ratification", "acceptance", "approval", "accession")
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

    def _outsider(self, claim: Claim, as_of: dt.date, signature: bool) -> Outcome | None:
        """'X has not signed / ratified Y' from a sourced list of outsiders (world/parties ``outsiders``): on the
        list's date the state had not consented (and had signed or not). Before that date the same holds; after
        it, only a missing signature once signature has closed (APMBC Art. 15, CCM Art. 15) still holds."""
        treaty, state = self._treaty(claim), self._state(claim)
        listing = self.rulebook.world.parties.get(treaty.id)
        out = listing.outsiders if listing else None
        row = next((o for o in out.states if o.state == state), None) if out else None
        if out is None or row is None:
            return None
        closed = out.signatures_closed is not None and out.signatures_closed <= out.as_of
        name, value = find_state(state).name, claim.value.strip().lower()
        if signature and row.signed and row.signed_on and row.signed_on <= as_of:
            actual, fact = True, f"{name} signed the {treaty.short_name} on {_long(row.signed_on)}"
        elif signature and not row.signed and (as_of <= out.as_of or closed):
            actual, fact = False, f"{name} had not signed the {treaty.short_name} on {_long(out.as_of)}"
            fact += (
                f" and signature closed on {_long(out.signatures_closed)}" if closed and out.signatures_closed else ""
            )
        elif not signature and as_of <= out.as_of:
            actual, fact = False, f"{name} had not ratified or acceded to the {treaty.short_name} on {_long(out.as_of)}"
        else:
            return None
        correct = str(actual).lower()
        if value not in ("true", "false"):  # 'signed in 1996': the recorded signature date, or none at all
            if not signature or (actual and not row.signed_on):
                return None
            value = "true"
            if actual and row.signed_on:
                actual = parse_partial_date(claim.value, as_of, "past").contains(row.signed_on)
                correct = row.signed_on.isoformat()
        ok = actual == (value == "true")
        text = f"{'Correct' if ok else 'Incorrect'}: {fact} (world/parties/{treaty.id}, outsiders)."
        evidence = [Evidence(kind="record", description=fact, url=str(out.source.url))]
        return Outcome("consistent" if ok else "inconsistent", correct, text, evidence, [f"world/parties/{treaty.id}"])

    def _check_signed(self, claim: Claim, as_of: dt.date) -> Outcome:
        if not claim.state:
            return self._treaty_signed(claim, as_of)
        outsider = self._outsider(claim, as_of, signature=True)
        if outsider is not None:
            return outsider
        if claim.value.strip().lower() in ("false", "true"):
            return self._membership(claim, as_of, signature=True)
        treaty, state, name, entries = self._participation(claim)
        claimed = parse_partial_date(claim.value, as_of, "past")
        signed = [e for e in entries if e.signed] or [e for e in self._listed(treaty, state) if e.signed]
        if not signed:  # never the treaty's adoption: a state's signature is its own act, on its own day (the rule
            # file's record may hold the consent only, the world party list the signature)
            raise _Unverifiable(
                f"The rulebook does not record when {name} signed the {treaty.short_name} (its participation records "
                f"and world/parties/{treaty.id}.yaml give no signature date for it); the treaty's adoption is not "
                "its signature."
            )
        entry = next((e for e in signed if e.signed and claimed.contains(e.signed)), signed[-1])
        assert entry.signed is not None
        ok = claimed.contains(entry.signed)
        text = f"{'Correct' if ok else 'Incorrect'}: {name} signed the {treaty.short_name} on {_long(entry.signed)}."
        evidence = [Evidence(kind="rule", description=text, url=str(entry.sources[0].url))]
        return Outcome(("consistent" if ok else "inconsistent"), entry.signed.isoformat(), text, evidence, [treaty.id])

    def _treaty_signed(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'The convention was signed in 1997': the treaty's adoption or a recorded signature in that period."""
        treaty = self._treaty(claim)
        claimed = parse_partial_date(claim.value, as_of, "past")
        listing = self.rulebook.world.parties.get(treaty.id)
        listed = [p.signed for p in listing.parties if p.signed] if listing else []  # world/parties signatures
        signatures = sorted({p.signed for p in treaty.participation if p.signed} | set(listed))
        hits = [d for d in ([treaty.adopted] if treaty.adopted else []) + signatures if claimed.contains(d)]
        evidence = [self._treaty_evidence(treaty, f"adopted {treaty.adopted}")] if treaty.adopted else []
        if hits:
            text = f"Correct: the {treaty.short_name} was adopted or signed on {_long(hits[0])}."
            return Outcome("consistent", hits[0].isoformat(), text, evidence, [treaty.id])
        if treaty.adopted and claimed.end < treaty.adopted:
            text = (
                f"Incorrect: the {treaty.short_name} was adopted on {_long(treaty.adopted)}, "
                f"after {claimed.describe()}."
            )
            return Outcome("inconsistent", treaty.adopted.isoformat(), text, evidence, [treaty.id])
        raise _Unverifiable(
            f"The rulebook holds no adoption or signature of the {treaty.short_name} in {claimed.describe()}: "
            "the date it was opened for signature is lacking."
        )

    def _membership(self, claim: Claim, as_of: dt.date, signature: bool = False) -> Outcome:
        """'X is (not) a party to / has (not) signed Y' on the publication date, from the rulebook's participation
        records and the recorded withdrawals; a state absent from an incomplete list is not judged."""
        treaty, state = self._treaty(claim), self._state(claim)
        claimed = claim.value.strip().lower() == "true"
        name = find_state(state).name
        status = self.rulebook.world.party_status(treaty.id, state, as_of)
        listing = self.rulebook.world.parties.get(treaty.id)
        if status.bound is None and not signature and not claimed and listing and listing.complete:
            before = self.rulebook.world.party_status(treaty.id, state, listing.as_of)
            if before.bound is False and as_of <= listing.as_of + dt.timedelta(days=366):  # as party counts do
                text = (
                    f"Correct: {name} was not a party to the {treaty.short_name} on {_long(listing.as_of)} (complete "
                    f"party list, world/parties/{treaty.id}), and no accession is recorded since."
                )
                url = str(before.source.url) if before.source else None
                evidence = [Evidence(kind="record", description=text, url=url)]
                return Outcome("consistent", "false", text, evidence, [f"world/parties/{treaty.id}"])
        if status.bound is not None and not (signature and status.bound is False):
            url = str(status.source.url) if status.source else None
            what = "a party to" if status.bound else "not a party to"
            text = f"{name} was {what} the {treaty.short_name} on {_long(as_of)}: {status.reason}."
            ok = status.bound == claimed or (signature and status.bound and claimed)
            evidence = [Evidence(kind="record", description=text, url=url)]
            verdict_: Verdict = "consistent" if ok else "inconsistent"
            label = "Correct" if ok else "Incorrect"
            return Outcome(
                verdict_, str(status.bound).lower(), f"{label}: {text}", evidence, [f"world/parties/{treaty.id}"]
            )
        entries = [p for p in treaty.participation if p.state == state]
        if signature:
            signed = [p for p in entries if p.signed and p.signed <= as_of]
            if signed:
                assert signed[0].signed is not None
                text = f"{name} signed the {treaty.short_name} on {_long(signed[0].signed)}."
                evidence = [Evidence(kind="rule", description=text, url=str(signed[0].sources[0].url))]
                verdict: Verdict = "consistent" if claimed else "inconsistent"
                return Outcome(
                    verdict, "true", f"{'Correct' if claimed else 'Incorrect'}: {text}", evidence, [treaty.id]
                )
        joined = [p for p in entries if (p.in_force_for_state or p.consent) <= as_of]
        if joined:
            entry = joined[-1]
            since = entry.in_force_for_state or entry.consent
            exits = [n for n in self._recorded_notices(state, treaty, as_of)]
            left = False
            for notice in exits:
                answer = self.assessments.assess(
                    AssessmentRequest(
                        treaty=treaty.id, state=state, notification_date=notice.received, facts=notice.facts(as_of),
                        as_of=as_of,
                    )
                )  # fmt: skip
                date = answer.effective.date
                left = left or (date is not None and since < date <= as_of)
            party = not left
            text = (
                f"{name} {'has been a party to' if party else 'was a party to'} the {treaty.short_name} "
                f"since {_long(since)}" + ("" if party else ", and its withdrawal has taken effect") + f" (on {as_of})."
            )
            evidence = [Evidence(kind="rule", description=text, url=str(entry.sources[0].url))]
            ok = party == claimed
            verdict = "consistent" if ok else "inconsistent"
            return Outcome(
                verdict, str(party).lower(), f"{'Correct' if ok else 'Incorrect'}: {text}", evidence, [treaty.id]
            )
        raise _Unverifiable(
            f"The rulebook's participation records for the {treaty.short_name} do not list {name}, and that list "
            f"is not complete: whether {name} {'signed' if signature else 'is a party'} on {as_of} is not recorded."
        )

    def _check_ratified(self, claim: Claim, as_of: dt.date) -> Outcome:
        """Consent to be bound (the instrument deposited), kept apart from becoming a party (entry into force)."""
        outsider = self._outsider(claim, as_of, signature=False) if claim.state else None
        if outsider is not None:
            return outsider
        if claim.state and claim.value.strip().lower() in ("true", "false"):
            return self._consented(claim, as_of)
        coarse = self._coarse_consent(claim, as_of)
        if coarse is not None:
            return coarse
        treaty, state, name, entries = self._participation(claim)
        claimed = parse_partial_date(claim.value, as_of, "past")
        if claim.body and (by_parliament := self._parliament_approval(treaty, state, name, claimed)) is not None:
            return by_parliament
        deposits = [e.consent for e in entries]
        if claim.body and claimed.end < max(deposits) and not any(claimed.contains(d) for d in deposits):
            raise _Unverifiable(  # 'the Verkhovna Rada ratified it on 18 May 2005': the domestic act, not the deposit
                f"The {claim.body}'s approval of the {treaty.short_name} is not recorded (world/parties/"
                f"{treaty.id}.yaml 'approved'); {name} deposited its instrument on {_long(max(deposits))}, which a "
                "parliament's vote precedes."
            )
        first = min(e.consent for e in entries)
        left = [n for n in self.notifications(state, treaty.id) if n.received < first]
        if claimed.end < first and (left or self._rejoined(treaty, state, first)):  # "ratified UNESCO in 1946"
            raise _Unverifiable(
                f"{name} left and re-joined the {treaty.short_name}: the records hold its consent of {_long(first)}, "
                "not the dates of its earlier membership."
            )
        entry = next((e for e in entries if claimed.contains(e.consent)), entries[-1])
        ok = claimed.contains(entry.consent)
        said = "ratification" if claim.kind == "ratified" else "accession"
        kind_ok = entry.consent_kind == said or (
            said == "ratification" and entry.consent_kind in ("acceptance", "approval")
        )
        facts = (
            f"{name} deposited its instrument of {entry.consent_kind} to the {treaty.short_name} "
            f"on {_long(entry.consent)}"
        )
        if entry.in_force_for_state:
            facts += f" and became a party on {_long(entry.in_force_for_state)}"
        # a date in the months before the deposit: the domestic act (a law, a vote), not the instrument deposited
        domestic = not ok and claimed.precision == "day" and 0 < (entry.consent - claimed.end).days <= 183
        verdict: Verdict = "consistent" if ok and kind_ok else "partly_consistent" if ok or domestic else "inconsistent"
        label = {
            "consistent": "Correct",
            "partly_consistent": f"Partly correct (it was {entry.consent_kind}, not {said})"
            if ok
            else f"Partly correct ({claimed.describe()} may be the domestic act; consent counts from the deposit)",
            "inconsistent": "Incorrect",
        }
        text = f"{label[verdict]}: {facts}."
        evidence = [Evidence(kind="rule", description=facts, url=str(entry.sources[0].url))]
        return Outcome(verdict, entry.consent.isoformat(), text, evidence, [treaty.id])

    _check_acceded = _check_ratified

    def _consented(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'X has (not) ratified Y' on the date: an instrument of consent deposited on or before it, or, for a state
        a complete party list does not hold, none (as party counts are judged, up to a year after the list's date).
        A deposit is what ratifying is: a state that ratified and left still ratified; one not yet bound has."""
        treaty, state = self._treaty(claim), self._state(claim)
        name = find_state(state).name
        entries = [p for p in treaty.participation if p.state == state] or self._listed(treaty, state)
        listing = self.rulebook.world.parties.get(treaty.id)
        deposited = [e for e in entries if e.consent <= as_of]
        if deposited:
            entry = deposited[0]
            fact = f"{name} deposited its instrument of {entry.consent_kind} on {_long(entry.consent)}"
            url: str | None = str(entry.sources[0].url)
        elif entries or (listing and listing.complete and as_of <= listing.as_of + dt.timedelta(days=366)):
            fact = f"{name} had deposited no instrument of ratification or accession by {_long(as_of)}"
            fact += "" if entries else f" (complete party list, world/parties/{treaty.id})"
            url = str(entries[0].sources[0].url) if entries else str(listing.source.url) if listing else None
        else:
            return self._membership(claim, as_of)
        actual = bool(deposited)
        ok = actual == (claim.value.strip().lower() == "true")
        text = f"{'Correct' if ok else 'Incorrect'}: {fact} ({treaty.short_name})."
        evidence = [Evidence(kind="record", description=fact, url=url)]
        return Outcome("consistent" if ok else "inconsistent", str(actual).lower(), text, evidence, [treaty.id])

    def _coarse_consent(self, claim: Claim, as_of: dt.date) -> Outcome | None:
        """A consent the party list dates only to its month or year (world/parties ``consent_date_precision``),
        where the rule file has no participation entry: a claimed date outside that month or year is wrong (or,
        a day in the six months before it, the domestic act: partly right), one that holds all of it is right, and
        one inside it cannot be confirmed."""
        treaty, state = self._treaty(claim), self._state(claim)
        listing = self.rulebook.world.parties.get(treaty.id)
        row = self.rulebook.world.entry(treaty.id, state)
        if listing is None or row is None or row.consent_date is None or row.consent_date_precision == "day":
            return None
        if any(p.state == state for p in treaty.participation) or claim.value.strip().lower() in ("true", "false"):
            return None
        recorded = PartialDate.of(row.consent_date, row.consent_date_precision, row.consent_date.isoformat())
        claimed = parse_partial_date(claim.value, as_of, "past")
        name, consent = find_state(state).name, row.consent or "consent"
        facts = f"{name} deposited its instrument of {consent} to the {treaty.short_name} in {recorded.describe()}"
        facts += f" and became a party on {_long(row.in_force)}" if row.in_force else ""
        facts += f"; it signed on {_long(row.signed)}" if row.signed else ""
        source = row.source or listing.source
        evidence = [Evidence(kind="record", description=facts, url=str(source.url))]
        trace = [f"world/parties/{treaty.id}"]
        if claimed.start <= recorded.start and recorded.end <= claimed.end:
            return Outcome("consistent", recorded.iso(), f"Correct: {facts}.", evidence, trace)
        if claimed.end < recorded.start or recorded.end < claimed.start:
            domestic = claimed.precision == "day" and 0 < (recorded.start - claimed.end).days <= 183
            verdict: Verdict = "partly_consistent" if domestic else "inconsistent"
            text = (
                f"Partly correct ({claimed.describe()} may be the domestic act; consent counts from the deposit): "
                if domestic
                else "Incorrect: "
            )
            if row.signed and claimed.contains(row.signed):
                text += "that is the date of signature, not of ratification: "
            return Outcome(verdict, recorded.iso(), f"{text}{facts}.", evidence, trace)
        raise _Unverifiable(
            f"The records date {name}'s deposit only to {recorded.describe()} (world/parties/{treaty.id}): "
            f"{claimed.describe()} cannot be confirmed.",
            evidence,
        )

    def _parliament_approval(self, treaty: Treaty, state: str, name: str, claimed: PartialDate) -> Outcome | None:
        """'ratified in the Turkish Parliament in 2012': the parliament's approval (world/parties ``approved``),
        not the deposit of the instrument; the deposit's date given for the vote is partly right."""
        listing = self.rulebook.world.parties.get(treaty.id)
        row = self.rulebook.world.entry(treaty.id, state)
        if listing is None or row is None or row.approved is None or row.consent_date is None:
            return None
        facts = (
            f"the parliament of {name} approved the {treaty.short_name} on {_long(row.approved)}; the instrument "
            f"of {row.consent} was deposited on {_long(row.consent_date)}"
        )
        if claimed.contains(row.approved):
            verdict: Verdict = "consistent"
            text = f"Correct: {facts}."
        elif claimed.contains(row.consent_date):
            verdict, text = "partly_consistent", f"Partly correct: {facts} (the date given is the deposit's)."
        else:
            verdict, text = "inconsistent", f"Incorrect: {facts}."
        source = row.source or listing.source
        evidence = [Evidence(kind="record", description=facts, url=str(source.url))]
        return Outcome(verdict, row.approved.isoformat(), text, evidence, [f"world/parties/{treaty.id}"])

    # --- votes and the rule itself -------------------------------------------------------------------

    def _check_vote_tally(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Lawmakers voted 142 to 21': against the recorded vote, and against the threshold the rules require."""
        state = self._state(claim)
        tally = _parse_tally(claim.value)
        of = re.fullmatch(r"\s*(\d+)\s*(?:/|of|out of)\s*(\d+)\s*", claim.value)
        if tally is None and of:  # '103 of 141': votes in favour of the body's members
            tally = (int(of.group(1)),)
        if tally is None and (only_for := re.fullmatch(r"\s*(\d+)\s+for\s*", claim.value)):
            tally = (int(only_for.group(1)),)  # '81 for': the votes in favour, the rest not told
        if tally is None:
            raise _Unverifiable(f"'{claim.value}' is not a tally such as 142-21 or 98-2-4.")
        votes = [v for v in self.votes(state, claim.treaty or "") if v.date <= as_of] if claim.treaty else []
        procedure = self.rulebook.states.get(state)
        threshold = next((s.threshold for s in procedure.steps if s.threshold), None) if procedure else None
        needed = threshold.votes_needed if threshold else None
        meets = f" The rules require {threshold.words} ({threshold.cite})" if threshold else ""
        if needed is not None:
            meets += (
                f"; {tally[0]} votes in favour {'meet' if tally[0] >= needed else 'do not meet'} the {needed} needed."
            )
        elif threshold:
            meets += "."
        if not votes:
            raise _Unverifiable(
                f"No recorded vote of {find_state(state).name} on the {claim.treaty} is held: the records lack the "
                f"tally to compare.{meets}"
            )
        vote = min(votes, key=lambda v: sum(abs(a - b) for a, b in zip(v.tally, tally, strict=False)))
        if len(tally) > len(vote.tally) and tally[: len(vote.tally)] == vote.tally:
            raise _Unverifiable(
                f"The records hold only {'-'.join(map(str, vote.tally))} (for-against-abstained as far as recorded) "
                f"for the {vote.body} vote of {_long(vote.date)}: the sources disagree on, or do not give, the rest.",
                [Evidence(kind="record", description=f"{vote.body} vote on {vote.date}", url=vote.source_url)],
            )
        ok = vote.tally[: len(tally)] == tally
        recorded = "-".join(str(n) for n in vote.tally)
        text = (
            f"{'Correct' if ok else 'Incorrect'}: the {vote.body} voted {recorded} (for-against-abstained) "
            f"on {_long(vote.date)}.{meets}"
        )
        evidence = [
            Evidence(kind="record", description=f"{vote.body} vote {recorded} on {vote.date}", url=vote.source_url)
        ]
        return Outcome(
            ("consistent" if ok else "inconsistent"), recorded, text, evidence, [f"vote: {state} {vote.date}"]
        )

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

    def _recipient_claim(
        self, claim: Claim, treaty: Treaty, owned: list[OwnedProvision], as_of: dt.date, rule: str,
        evidence: list[Evidence],
    ) -> Outcome:  # fmt: skip
        """'Notification to the Council of Europe': to whom notice goes, against the notice provision's recipients
        (VCLT Art. 67(1): in writing, to the depositary or the parties the treaty names)."""
        found = recipients_of(owned, as_of)
        named = re.search(r"\bto\s+(.+)$", claim.value, re.IGNORECASE)
        # "to the depositary" (ECT Art. 47(1)): the recipient the rule file marks as the depositary
        depositary_only = named is not None and re.fullmatch(r"(?:the\s+)?depositary", named.group(1).strip(), re.I)
        if found is None or named is None or not (depositary_only or _recipient_words(named.group(1))):
            raise _Unverifiable(f"'{claim.value}' states no period or recipient to compare. {rule}", evidence)
        notice, recipients = found
        said = _recipient_words(named.group(1))
        hit = next(
            (r for r in recipients if ("depositary" in r.lower() if depositary_only else said <= _recipient_words(r))),
            None,
        )
        citation = provision_citation(self.rulebook, notice)
        evidence = [Evidence(kind="rule", description="; ".join(recipients), citation=citation)]
        depositary = self.rulebook.depositaries.get(treaty.depositary) if treaty.depositary else None
        called = next(
            (
                c
                for c in (depositary.called if depositary and not depositary_only else [])
                if said <= _recipient_words(c.name)
            ),
            None,
        )  # "the Strasbourg-based organization": the depositary's organisation by its seat
        if hit is None and depositary is not None and called is not None:
            evidence.append(
                Evidence(kind="rule", description=f"{depositary.name}: '{called.name}'", url=str(called.source.url))
            )
            hit = depositary.name
        # a body sharing no word with the clause's recipients, once the organisation's own name is set aside, is
        # another body ('the ECOWAS Authority of Heads of State and Government' for the Executive Secretary, Art. 91)
        own = _recipient_words(" ".join([treaty.name, treaty.short_name, *treaty.aliases]))
        named_words = said - own
        others = set().union(*(_recipient_words(r) - own for r in recipients))
        described = bool(named_words & _DESCRIBED)  # 'the Geneva-based organization': a description, not checked
        if hit is None and not depositary_only and named_words and not described and not named_words & others:
            # 'written notification to the Authority': the form right (in writing, VCLT Art. 67(1)), the body wrong
            written = re.search(r"\bwritten\b|\bin writing\b", claim.value, re.IGNORECASE) is not None
            verdict: Verdict = "partly_consistent" if written else "inconsistent"
            text = (
                f"{'Partly correct (in writing, but to another body)' if written else 'Incorrect'}: notice goes to "
                f"{'; '.join(recipients)} ({citation.cite}), not to {named.group(1)}. {rule}"
            )
            return Outcome(verdict, "; ".join(recipients), text, evidence, [citation.rule])
        if hit is None:
            raise _Unverifiable(
                f"'{named.group(1)}' is not how the {treaty.short_name} names the recipient of the notice "
                f"({'; '.join(recipients)}, {citation.cite}); whether it is the same body is not checked.",
                evidence,
            )
        text = f"Correct: notice goes to {hit} ({citation.cite}). {rule}"
        return Outcome("consistent", hit, text, evidence, [citation.rule])

    def _no_clause(self, treaty: Treaty) -> Outcome:
        """'The WHO Constitution has no withdrawal clause': against the rule file's clause (``article`` null: the
        treaty is silent, and any right comes from elsewhere, VCLT Art. 56 or a reservation)."""
        clause = treaty.withdrawal
        url = str(clause.source) if clause.source else None
        if clause.article is None:
            text = (
                f"Correct: the {treaty.short_name} has no withdrawal clause; a right to leave can come only from "
                "elsewhere (a reservation, or VCLT Art. 56)."
            )
            evidence = [Evidence(kind="rule", description=text, url=url)]
            return Outcome("consistent", "no withdrawal clause", text, evidence, [treaty.id])
        text = f"Incorrect: withdrawal from the {treaty.short_name} is governed by its {clause.article}."
        evidence = [Evidence(kind="rule", description=clause.text or text, url=url)]
        return Outcome("inconsistent", clause.article, text, evidence, [treaty.id])

    def _consent_claim(
        self, treaty: Treaty, where: str, rule: str, evidence: list[Evidence], trace: list[str]
    ) -> Outcome:
        """'Its withdrawal must be ratified by all remaining 27 EU countries': a withdrawal under the treaty's own
        clause needs no other party's approval (VCLT Art. 54(a); Art. 54(b) is the other route, by consent of all
        the parties); an agreement the clause provides for is quoted from the clause's own words."""
        owned = self.rulebook.owned_provisions(treaty).values()
        agreed = next((o for o in owned if o.provision.kind == "agreed_date"), None)
        text = (
            f"Incorrect: a withdrawal under the {treaty.short_name}'s own clause needs no approval or ratification "
            f"by the other parties (VCLT Art. 54(a)); under {where}, {rule}."
        )
        concluded = [
            sentence.strip()
            for sentence in re.split(r"(?<=\.)\s+", treaty.withdrawal.text or "")
            if re.search(r"\bconclud", sentence, re.IGNORECASE)
        ]
        if agreed is not None:
            text += f" An agreement can set another date ({agreed.provision.cite})"
            text += f"; the clause says how it is concluded: '{concluded[-1]}'" if concluded else "."
            evidence = [
                *evidence,
                Evidence(
                    kind="rule",
                    description=agreed.provision.text or "",
                    citation=provision_citation(self.rulebook, agreed),
                ),
            ]
        return Outcome("inconsistent", None, text, evidence, trace)

    def _annual_rule(
        self, claim: Claim, treaty: Treaty, owned: list[OwnedProvision], annual: OwnedProvision, as_of: dt.date
    ) -> Outcome:
        """'Notice by 1 January, effect 30 June' against a fixed-day rule (ICRW Art. XI): a wrong day is wrong; the
        right days with notice sent to another body than the treaty names are partly right."""
        rule = annual.provision
        assert isinstance(rule, EffectAnnualDateWithDeadline)
        days = [(m.group(0), _month_day(m)) for m in _DAY_MONTH.finditer(claim.value)]
        deadline = next((d for text, d in days if _DEADLINE.search(claim.value.split(text)[0][-14:])), None)
        effect = next((d for _, d in days if d != deadline), None)
        if deadline is None and effect is None:
            raise _Unverifiable(f"'{claim.value}' names no day to compare with {rule.cite} of the {treaty.short_name}.")
        citation = provision_citation(self.rulebook, annual)
        evidence = [Evidence(kind="rule", description=rule.text, citation=citation)]
        wrong = [f"notice is due by {_month_day_words(rule.notice_by)}, not {_month_day_words(deadline)}"] * (
            deadline is not None and deadline != rule.notice_by
        ) + [f"it takes effect on {_month_day_words(rule.day)}, not {_month_day_words(effect)}"] * (
            effect is not None and effect != rule.day
        )
        partly: list[str] = []
        named = re.search(r"\bto\s+(?:the\s+)?([A-Za-z][\w ]*?)(?=\s+(?:by|before|on)\b|,|$)", claim.value)
        found = recipients_of(owned, as_of)
        if named and found and not any(_recipient_words(named.group(1)) <= _recipient_words(r) for r in found[1]):
            partly.append(f"notice goes to {'; '.join(found[1])}, not the {named.group(1)}")
        verdict: Verdict = "inconsistent" if wrong else "partly_consistent" if partly else "consistent"
        label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}[verdict]
        said = (
            f"under {rule.cite} of the {treaty.short_name}, notice given by {_month_day_words(rule.notice_by)} takes "
            f"effect on {_month_day_words(rule.day)} of the same year"
        )
        faults = "; ".join(wrong + partly)
        correct = f"notice by {rule.notice_by}, effect {rule.day}"
        return Outcome(verdict, correct, f"{label}: {said}" + (f" ({faults})." if faults else "."), evidence, [])

    def _check_rule(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Six months after parliament's decision': the period and what it runs from, against the treaty's
        effect provision (a withdrawal period runs from the depositary's receipt, not from a domestic act;
        VCLT Art. 67(2) and 78(b)), and against a precondition on notice (Paris Art. 28(1))."""
        treaty = self._treaty(claim)
        if _NO_CLAUSE.search(claim.value):
            return self._no_clause(treaty)
        said = parse_rule_claim(claim.value)
        owned = self._provisions(treaty, claim.state)
        found = period_effect(owned)
        annual = next((o for o in owned if isinstance(o.provision, EffectAnnualDateWithDeadline)), None)
        if found is None and annual is not None:
            return self._annual_rule(claim, treaty, owned, annual, as_of)
        if found is None:
            raise _Unverifiable(
                f"The {treaty.short_name}'s withdrawal does not take effect after a fixed period in the rulebook."
            )
        effect, provision, monthly = found
        citation = provision_citation(self.rulebook, effect)
        evidence = [Evidence(kind="rule", description=provision.text, citation=citation)]
        words, where = describe_period(provision.period), f"{provision.cite} of the {treaty.short_name}"
        rule = (
            f"withdrawal takes effect on the first day of the month after {words} from {provision.counted_from}"
            if monthly
            else f"withdrawal takes effect {words} after {provision.counted_from}"
        )
        correct = f"{provision.period} after {provision.counted_from}"
        if said.consent:
            return self._consent_claim(treaty, where, rule, evidence, [citation.rule])
        if said.survival and said.period:  # "continues to apply for another 20 years" (ECT Art. 47(3))
            survives = judge_survival(self.rulebook, treaty, said, self.rulebook.owned_provisions(treaty).values())
            if survives.verdict == "unverifiable":
                raise _Unverifiable(survives.text)
            return Outcome(*survives)
        if said.period is None and _NO_WAIT.search(claim.value):  # "no notice period", "can leave immediately"
            text = f"Incorrect: under {where}, {rule}; a withdrawal does not take effect at once."
            return Outcome("inconsistent", correct, text, evidence, [citation.rule])
        if said.period is None:
            return self._recipient_claim(claim, treaty, owned, as_of, f"Under {where}, {rule}.", evidence)
        pre = precondition_of(owned)
        if pre is not None and not same_length(said.period, provision.period):
            judged = _precondition_claim(said, pre[1], provision.period)
            if judged is not None:
                verdict, text = judged
                evidence.append(
                    Evidence(kind="rule", description=pre[1].text, citation=provision_citation(self.rulebook, pre[0]))
                )
                return Outcome(verdict, correct, f"{text} Under {where}, {rule}.", evidence, [citation.rule])
        agreed = has_own_agreed_date(self.rulebook.owned_provisions(treaty).values(), treaty.id)
        verdict, faults = _rule_faults(said, provision.period, words, provision.counted_from, monthly, agreed)
        elsewhere = _other_recipient(said.anchor, recipients_of(owned, as_of))  # "notification to the court"
        if elsewhere:
            verdict, faults = ("partly_consistent" if verdict == "consistent" else verdict), [*faults, elsewhere]
        label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}[verdict]
        text = f"{label}: under {where}, {rule}" + (f" ({'; '.join(faults)})." if faults else ".")
        if said.anchor.lower() == "today":  # "six months from today": only the period is judged here
            text += f" Whether {provision.counted_from} fell on the article's date is not checked by this claim."
        return Outcome(verdict, correct, text, evidence, [citation.rule])


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(_MONTHS)
    + r")|("
    + "|".join(_MONTHS)
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|before|until)\s*(?:the\s*)?$", re.IGNORECASE)


_NO_WAIT = re.compile(
    r"\bno\s+(?:notice|waiting)(?:\s+period)?\b|\bimmediate(?:ly)?\b|\bat\s+once\b|\bwithout\s+(?:notice|delay)\b",
    re.IGNORECASE,
)  # a rule claim that the exit takes no time
_NEWS_DAYS = 31  # an effect claimed from this many days before the article on is the article's own news
_IMMEDIATE = {"immediately", "immediate", "at once", "with immediate effect"}


def _counting(states: int, organisations: list[OrganisationParty], claimed: int, claim: Claim) -> tuple[int, str]:
    """The count a claim is judged against, and the words saying which counting it is: the States alone, or the
    Parties as the depositary counts them, with the organisations (the EU: UNFCCC Art. 22). A number that matches
    either is right; one that matches neither is judged against the depositary's count, both given."""
    if not organisations:
        return states, ""
    names = " and ".join(f"the {o.name}" for o in organisations)
    parties = states + len(organisations)
    both = f"{states} States; {parties} Parties with {names}, as the depositary counts them"
    if _compare(states, claimed, claim.comparator) and not _compare(parties, claimed, claim.comparator):
        return states, f"counting States only: {both}; "
    if _compare(parties, claimed, claim.comparator) and not _compare(states, claimed, claim.comparator):
        return parties, f"counting {names} as the depositary does: {both}; "
    return parties, f"{both}; "


def _is_day(outcome: Outcome) -> bool:
    return bool(outcome.correct_value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", outcome.correct_value))


def _when_said(claimed: PartialDate) -> str:
    """'on 22 September 2025', 'in March 2025', 'in 2025', 'between ... and ...' as a claim gave it."""
    if claimed.precision == "day":
        return f"on {_long(claimed.start)}"
    return claimed.describe() if claimed.precision == "interval" else f"in {claimed.describe()}"


def _month_day(match: re.Match[str]) -> str:
    """'1 January' / 'January 1st' as ``01-01`` (the rule files' MonthDay)."""
    day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    return f"{_MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"


def _month_day_words(value: str | None) -> str:
    if value is None:
        return "?"
    month, day = value.split("-")
    return f"{int(day)} {_MONTHS[int(month) - 1].capitalize()}"


_NO_CLAUSE = re.compile(
    r"\bno (?:withdrawal|exit|denunciation) (?:clause|provision|article)s?\b"
    r"|\bno (?:clause|provision|article)s? (?:on|for|to) (?:withdraw\w*|leav\w*|exit\w*|denunciation|get out)",
    re.IGNORECASE,
)
"""A claim that the treaty is silent on withdrawal ('no withdrawal clause', 'no provisions to get out')."""


_DESCRIBED = {"based", "organization", "organisation", "body", "agency", "institution", "headquarters"}
"""Words that describe a recipient rather than name it ('the Geneva-based organization')."""


def _recipient_words(text: str) -> set[str]:
    text = re.sub(r"\bUN\b", "United Nations", text)
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _FILLER}


_FILLER = {"the", "of", "to", "a", "an", "and", "its", "notification", "notice", "depositary", "general", "written"}


def _other_recipient(anchor: str, found: tuple[OwnedProvision, list[str]] | None) -> str | None:
    """'one year from submitting the written notification to the court': notice sent to a body the clause does not
    name (Rome Statute Art. 127(1): to the Secretary-General of the United Nations); None when the anchor names no
    recipient or names one of the clause's (VCLT Art. 67(1))."""
    named = re.search(r"\b(?:notif\w*|notice|instrument|letter)\b.*?\bto\s+(?:the\s+)?(.+)$", anchor, re.IGNORECASE)
    if found is None or named is None:
        return None
    body = re.sub(r"\s+(?:in|on|at|by|last|this|early|late|before|after)\b.*$", "", named.group(1))  # "in September"
    said = _recipient_words(re.sub(r"\bu\.?n\.?(?=\s|$)", "United Nations", body, flags=re.IGNORECASE))
    if not said or any(said <= _recipient_words(r) for r in found[1]):
        return None
    return f"notice goes to {'; '.join(found[1])}, not to the {body}"


def _rule_faults(
    said: RuleClaim, period: str, words: str, counted_from: str, monthly: bool, agreed: bool
) -> tuple[Verdict, list[str]]:
    """What a rule claim gets wrong: a wrong period (wrong), counted from a domestic act (wrong), a period only
    about right, a deadline ('within') for a period, a month-end rule left out, an agreed date left out (partly)."""
    wrong: list[str] = []
    partly: list[str] = []
    if not same_length(said.period or "P0D", period):
        (partly if about_the_same(said.period or "P0D", period) else wrong).append(
            f"the period is {words}, not {describe_period(said.period or 'P0D')}"
        )
    if said.anchor_is_domestic:
        wrong.append(f"it runs from {counted_from}, not from {said.anchor}")
    if said.within:
        partly.append(f"the withdrawal takes effect when the {words} have run; it is not a deadline")
    if said.mechanism:
        partly.append(
            f"the withdrawal takes effect by itself when the period has run: nobody has to {said.mechanism} it"
        )
    if monthly:
        partly.append("it then takes effect on the first day of the following month")
    if said.exact and agreed:
        partly.append("the period is only the default: an agreement or an agreed extension can set another date")
    verdict: Verdict = "inconsistent" if wrong else "partly_consistent" if partly else "consistent"
    return verdict, wrong + partly


def _precondition_claim(
    said: RuleClaim, provision: PreconditionProvision, effect_period: str
) -> tuple[Verdict, str] | None:
    """A rule claim about when notice may be given ('three years from ratification'; Paris Art. 28(1)), or the
    whole exit ('a four-year exit process': three years before notice, then one year); None if neither."""
    since = (
        "its entry into force for the party"
        if provision.counted_from == "entry_into_force_for_state"
        else "its entry into force"
    )
    both = parse_period(provision.in_force_for) + parse_period(effect_period)
    total = f"P{both.years}Y{both.months}M" if both.months else f"P{both.years}Y"
    if same_length(said.period or "P0D", total):
        return "partly_consistent", (
            f"Partly correct: the earliest exit is {describe_period(total)} after {since}: notice may be given "
            f"{describe_period(provision.in_force_for)} after it ({provision.cite}), and takes effect later."
        )
    if not same_length(said.period or "P0D", provision.in_force_for):
        return None
    if said.anchor_is_entry_into_force or not said.anchor:
        return (
            "consistent",
            f"Correct: notice may be given {describe_period(provision.in_force_for)} after {since} ({provision.cite}).",
        )
    return "inconsistent", (
        f"Incorrect: notice may be given {describe_period(provision.in_force_for)} after {since}, not after "
        f"{said.anchor} ({provision.cite})."
    )


def _withdrew_on(
    name: str, treaty: Treaty, notice: Notification, date: dt.date, claimed: PartialDate | None, as_of: dt.date,
    evidence: list[Evidence], trace: list[str],
) -> Outcome:  # fmt: skip
    """'X left Y [on D]' against the day the withdrawal took (or takes) effect, as the publication date saw it."""
    received_words = _long(notice.received) if not notice.approximate else f"{notice.received:%B %Y}"
    local, clock = notice.local_day(date)
    evidence = evidence + _clock_evidence(notice, local)
    if date <= as_of or (local is not None and local <= as_of):
        if claimed is None or claimed.contains(date) or (local is not None and claimed.contains(local)):
            text = (
                f"Correct: {name}'s withdrawal from the {treaty.short_name} took effect on {_long(date)} "
                f"(notification received {received_words}).{clock}"
            )
            return Outcome("consistent", date.isoformat(), text, evidence, trace)
        if _receipt_in(claimed, notice):
            text = (
                f"Partly correct: {name} notified its withdrawal on {received_words}; it left the {treaty.short_name} "
                f"when the withdrawal took effect, on {_long(date)}."
            )
            return Outcome("partly_consistent", date.isoformat(), text, evidence, trace)
        text = (
            f"Incorrect: {name}'s withdrawal from the {treaty.short_name} took effect on {_long(date)}, "
            f"not {claimed.describe()}."
        )
        return Outcome("inconsistent", date.isoformat(), text, evidence, trace)
    # 'X exits Y' in the present on the article's own day: an exit under way called done, as an undated 'X left'
    today = claimed is not None and claimed.precision == "day" and claimed.start == as_of
    if claimed is None or today or _receipt_in(claimed, notice):
        text = (
            f"Partly correct: on {_long(as_of)} {name} had notified its withdrawal from the {treaty.short_name} "
            f"(received {received_words}) but was still a party; the withdrawal takes effect on {_long(date)}."
        )
        return Outcome("partly_consistent", date.isoformat(), text, evidence, trace)
    text = (
        f"Incorrect: {name} notified its withdrawal on {received_words}; it takes effect on {_long(date)}, "
        f"not {claimed.describe()}."
    )
    return Outcome("inconsistent", date.isoformat(), text, evidence, trace)


def _zone(offset: str) -> dt.timezone:
    """``Z``, ``+01:00`` or ``-0500`` as a fixed offset from UTC."""
    if offset == "Z":
        return dt.UTC
    sign, digits = (-1 if offset[0] == "-" else 1), offset[1:].replace(":", "")
    if int(digits[:2]) > 23 or int(digits[2:]) > 59:
        raise UnreadableDate(f"'{offset}' is no offset from UTC")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _with_clock(
    value: str, clock: re.Match[str], claimed: PartialDate, notice: Notification, outcome: Outcome
) -> Outcome:
    """A right day given with a time of day ('2020-01-31T22:00', '...T00:00+01:00'), for ``effective_date`` and
    ``withdrew`` alike: checked against the clock time the withdrawal took effect at (``_at_the_time``)."""
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        raise UnreadableDate(f"'{value}' has no real time of day")
    offset = _OFFSET.search(clock.group(0))  # "T00:00+01:00": the instant, whatever the clock
    zone = None if offset is None or claimed.precision != "day" else _zone(offset.group(1))
    said = dt.datetime.combine(claimed.start, dt.time(hour, minute), zone) if zone else None
    return _at_the_time(notice, outcome, dt.time(hour, minute), said)


def _at_the_time(notice: Notification, outcome: Outcome, said: dt.time, instant: dt.datetime | None = None) -> Outcome:
    """A right day with a time of day: right if the clock time is the one the withdrawal took effect at on the
    withdrawing state's clock (23:00 in London for the TEU), or the same instant given with its UTC offset
    (``00:00+01:00``, midnight CET), partly right if not; unverifiable without a clock."""
    if notice.effect_time is None:
        text = f"{outcome.explanation} The time of day it took effect is not recorded, so {said:%H:%M} is not checked."
        return outcome._replace(verdict="unverifiable", explanation=text)
    when = notice.effect_time
    day = dt.date.fromisoformat(outcome.correct_value or "")
    local = dt.datetime.combine(day, when.time, ZoneInfo(when.zone)).astimezone(ZoneInfo(when.local_zone))
    if (local == instant) if instant is not None else (local.hour, local.minute) == (said.hour, said.minute):
        return outcome
    text = (
        f"Partly correct: the day is right, the time is not: it took effect at {local:%H:%M} {local.tzname()} "
        f"on {_long(local.date())}, not {said:%H:%M}. {outcome.explanation.removeprefix('Correct: ')}"
    )
    return outcome._replace(verdict="partly_consistent", explanation=text)


def _clock_evidence(notice: Notification, local: dt.date | None) -> list[Evidence]:
    """The source of the clock time a withdrawal takes effect at, when it moves the day (TEU: 23:00 London)."""
    if local is None or notice.effect_time is None:
        return []
    source = notice.effect_time.source
    return [Evidence(kind="record", description=source.title or "time of effect", url=str(source.url))]


def _receipt_in(claimed: PartialDate, notice: Notification) -> bool:
    """Whether the claimed date is the notification's: its day, or its month when only the month is recorded."""
    if notice.approximate:
        month = PartialDate.of(notice.received, "month", "")
        return claimed.start <= month.end and month.start <= claimed.end
    return claimed.contains(notice.received)


def _later(notice: Notification, date: dt.date, as_of: dt.date) -> str:
    """A sentence when the date was moved after the article's date (TEU Art. 50(3) extensions)."""
    final = notice.extensions[-1][1] if notice.extensions else None
    if final is None or final == date:
        return ""
    return (
        f" That was the date on {_long(as_of)}; it was later extended, and the withdrawal took effect on "
        f"{_long(final)}."
    )


def _recorded_effect(treaty: Treaty, state: str, notice: Notification, claimed: PartialDate) -> Outcome:
    """An effective-date claim against the recorded effective date, when the day of receipt is not recorded."""
    if notice.recorded_effective is None:
        raise _Unverifiable(f"Only the month of {state}'s notification is recorded, and no effective date.")
    date = notice.recorded_effective
    ok = claimed.contains(date)
    name = find_state(state).name
    text = (
        f"{'Correct' if ok else 'Incorrect'}: {name}'s withdrawal from the {treaty.short_name} takes effect on "
        f"{_long(date)}, as recorded (the day the notification was received is not recorded)."
    )
    evidence = [Evidence(kind="record", description=f"takes effect {date}", url=notice.source_url)]
    return Outcome("consistent" if ok else "inconsistent", date.isoformat(), text, evidence, [f"record: {state}"])


def _sources_disagree(
    notice: Notification, claimed: PartialDate | None, outcome: Outcome, clause: dt.date | None = None
) -> Outcome:
    """One rule for ``effective_date`` and ``withdrew`` claims where the record's effective date (sourced) differs
    from the withdrawal clause's count from the notice (Venezuela, OAS Charter Art. 143: 27 April 2019 recorded,
    28 April by the clause; North Korea, NPT Art. X(1): 11 January 2003 declared, 10 April by three months): both
    dates are said; a claim of the recorded date is right, a claim of the clause's date only partly right (the
    sources disagree), any other date wrong."""
    recorded = notice.recorded_effective
    if (
        clause is None
        and outcome.correct_value
        and len(outcome.correct_value) == 10
        and "T" not in outcome.correct_value
    ):
        clause = dt.date.fromisoformat(outcome.correct_value)
    if recorded is None or clause is None or recorded == clause or notice.extensions or notice.approximate:
        return outcome
    said = (
        f"The record and the clause disagree on the date: as recorded (world/records, with its source) it took "
        f"effect on {_long(recorded)}; the withdrawal clause alone gives {_long(clause)}, counted from the notice "
        f"received on {_long(notice.received)}."
    )
    if claimed is None or claimed.contains(recorded):
        verdict: Verdict = "consistent"
        text = f"Correct: the withdrawal took effect on {_long(recorded)} as recorded. {said}"
    elif claimed.contains(clause):
        verdict, text = "partly_consistent", f"Partly correct: {_long(clause)} is the clause's date. {said}"
    else:
        verdict, text = "inconsistent", f"Incorrect: not {claimed.describe()}. {said}"
    return outcome._replace(verdict=verdict, correct_value=recorded.isoformat(), explanation=text)


def _disputed(dispute: Dispute, claimed: PartialDate, outcome: Outcome) -> Outcome:
    """An act whose effect is disputed (world/records ``disputed``: the DPRK's NPT withdrawal of 2003): every
    position is said, none is taken as the fact. A claim that holds every dated position is right (the dispute is
    still named); one that holds only some takes a side and cannot be confirmed; one that holds none is wrong on
    every view."""
    views = [
        f"{_long(p.effective)} according to {p.held_by}" if p.effective else f"not in effect according to {p.held_by}"
        for p in dispute.positions
    ]
    said = f"Disputed: {'; '.join(views)}."
    dated = [p.effective for p in dispute.positions if p.effective]
    hits = [d for d in dated if claimed.contains(d)]
    correct = "disputed: " + " / ".join(
        p.effective.isoformat() if p.effective else "not in effect" for p in dispute.positions
    )
    evidence = [
        Evidence(kind="record", description=f"{p.held_by}: {p.effective or 'not in effect'}", url=str(p.source.url))
        for p in dispute.positions
    ]
    if hits and len(hits) == len(dated):
        verdict: Verdict = "consistent"
        text = f"Correct on every date put forward ({claimed.describe()}), though whether it took effect is disputed. "
    elif hits:
        verdict = "unverifiable"
        text = f"Cannot be settled: {claimed.describe()} is one side's date. "
    else:
        verdict = "inconsistent"
        text = f"Incorrect on every view: not {claimed.describe()}. "
    return outcome._replace(verdict=verdict, correct_value=correct, explanation=text + said, evidence=evidence)


def _span_kept_open(value: str, claimed: PartialDate, outcome: Outcome) -> Outcome:
    """'Between 29 January and 29 July 2025': a span of named days wider than a week that holds the date the
    rules fix presents that date as open (the ECOWAS exits: Art. 91(1) gives 29 January 2025; 29 July was a
    transition the Authority set). A calendar unit (a week, month, season, year) is the article's precision and
    stays consistent."""
    if outcome.verdict != "consistent" or "/" not in value or claimed.precision != "interval":
        return outcome
    if (claimed.end - claimed.start).days < 7 or claimed.start.year == 1 or claimed.end.year == 9999:
        return outcome
    note = (
        f"Partly correct: the date falls within {claimed.describe()}, but it is fixed, not open: "
        f"{outcome.explanation.removeprefix('Correct: ')}"
    )
    return outcome._replace(verdict="partly_consistent", explanation=note)


class Outcome(NamedTuple):
    """What a handler finds: the verdict, the right value, a sentence to paste, the evidence, the rules used."""

    verdict: Verdict
    correct_value: str | None
    explanation: str
    evidence: list[Evidence]
    trace: list[str]

    @classmethod
    def unverifiable(cls, explanation: str, evidence: list[Evidence] | None = None) -> Outcome:
        return cls("unverifiable", None, explanation, evidence or [], [])


def _revoked(verdict: Verdict, text: str, state: str, treaty: Treaty, last: Notification) -> Outcome:
    """An exit that never happened: the notice was revoked before it took effect (VCLT Art. 68), on its record."""
    evidence = [Evidence(kind="record", description=text, url=last.source_url)]
    return Outcome(verdict, "false", text, evidence, [f"record: {state} {treaty.id} revoked"])


Handler = Callable[[CheckService, Claim, dt.date], Outcome]

HANDLERS: dict[ClaimKind, Handler] = {
    "effective_date": CheckService._check_effective_date,
    "notice_period": CheckService._check_notice_period,
    "required_vote": CheckService._check_required_vote,
    "entry_into_force": CheckService._check_entry_into_force,
    "joined": CheckService._check_joined,
    "parties_count": CheckService._check_parties_count,
    "bound_on": CheckService._check_bound_on,
    "notification_date": CheckService._check_notification_date,
    "withdrew": CheckService._check_withdrew,
    "vote_tally": CheckService._check_vote_tally,
    "signed": CheckService._check_signed,
    "ratified": CheckService._check_ratified,
    "acceded": CheckService._check_ratified,
    "rule": CheckService._check_rule,
}
"""Each claim kind and the method that checks it; a new kind adds a row (a test checks every kind has one)."""


class ClaimSpan(Protocol):
    """A claim found in text: where it is and what it was read as (:mod:`app.services.claim_extraction`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def quote(self) -> str: ...
    @property
    def claim(self) -> Claim: ...


class ClaimReader(Protocol):
    """What finds the claims in an article."""

    def find(self, text: str, published: dt.date) -> Sequence[ClaimSpan]: ...


class TextTooLong(ValueError):
    """An article over :data:`schemas.checks.MAX_TEXT_BYTES` (a 413)."""


def refuse_too_long(text: str) -> None:
    """Refuse an article over :data:`schemas.checks.MAX_TEXT_BYTES` before any reading work is spent on it."""
    if len(text.encode()) > MAX_TEXT_BYTES:
        raise TextTooLong(f"The text is over {MAX_TEXT_BYTES // 1000} KB")


_DISPATCH_DAYS = 7
"""Days between a notice's signature or dispatch and its receipt that a claim may confuse (still a wrong date)."""
_CLOCK = re.compile(r"T(\d{1,2}):(\d{2})\b.*$")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})\s*$")  # a UTC offset after a time of day ('T00:00+01:00')

_RANK = {"inconsistent": 0, "unverifiable": 1, "partly_consistent": 2, "consistent": 3}


class _Unverifiable(Exception):
    def __init__(self, message: str, evidence: list[Evidence] | None = None) -> None:
        super().__init__(message)
        self.evidence = evidence or []


def _count_date(value: str, as_of: dt.date) -> PartialDate | None:
    """The date a count names ('164 in 1999', '164 (on 2020-01-31)'), if any."""
    match = re.search(r"\b(?:in|on|as of)\s+([\w -]+?)\)?$", value.strip())
    if not match:
        return None
    try:
        return parse_partial_date(match.group(1), as_of, "past")
    except UnreadableDate:
        return None


def _claimed_count(claim: Claim) -> int:
    """The number a party-count claim states ('160', '1,000', '164 states')."""
    digits = re.search(r"\d+", claim.value.replace(",", "").replace("\u202f", "").replace(" ", ""))
    if not digits:
        raise _Unverifiable(f"'{claim.value}' is not a number of parties.")
    return int(digits.group())


def _parse_tally(value: str) -> tuple[int, ...] | None:
    """``142-21`` -> (142, 21); ``98-2-4`` -> (98, 2, 4) (for, against, abstained)."""
    match = re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*", value)
    if not match:
        return None
    return tuple(int(g) for g in match.groups() if g is not None)


def _parse_votes(value: str) -> tuple[int | None, int | None]:
    """``86``, ``86/141``, ``86 of 141``, ``86 out of 141`` -> (86, 141); ``3/5`` -> (None, None)."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:/|of|out of)\s*(\d+)\s*", value)
    if match:
        votes, size = int(match.group(1)), int(match.group(2))
        if size <= 12:  # a fraction such as 3/5 or 2/3, not a vote count
            return None, None
        return votes, size
    if value.strip().isdigit():
        return int(value), None
    return None, None
