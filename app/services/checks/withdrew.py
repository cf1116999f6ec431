"""Withdrew claims: whether (and when) a state has left a treaty, against its notice and the clause's period."""

from __future__ import annotations

import datetime as dt

from app.provisions.right import right_of
from app.services.checks.clock import CLOCK, clock_evidence, receipt_in, with_clock
from app.services.checks.coarse_notice import effect_span, judge_span
from app.services.checks.effective import EffectiveDateChecks
from app.services.checks.first_step import nothing_begun, step_by
from app.services.checks.never_party import signed_never_party
from app.services.checks.outcome import (
    NEWS_DAYS,
    RANK,
    Outcome,
    Unverifiable,
    disputed,
    is_day,
    revoked_exit,
    sources_disagree,
    when_said,
)
from app.services.lookup import find_state
from app.services.notices import Notification
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate, parse_partial_date
from schemas.api import AssessmentRequest
from schemas.checks import Claim, Evidence, Verdict
from schemas.rules import RightProvision, Treaty
from schemas.world import WorldRecord


class WithdrewChecks(EffectiveDateChecks):
    def _check_withdrew(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'X left / withdrew from / quit Y [on D]', judged against what had happened by the publication date:
        a withdrawal in effect is right (on its effective date); a notification whose period had not run out
        is only an announced exit: partly right, and the explanation says when it takes effect."""
        if not claim.state and claim.value.strip().lower() not in ("false", "no"):
            return self._group_withdrew(claim, as_of)  # "five States that withdrew from Ottawa in 2025"
        treaty, state = self._treaty(claim), self._state(claim)
        if claim.value.strip().lower() in ("false", "no"):
            return self._not_withdrawn(treaty, state, as_of)
        dated = claim.value.strip().lower() not in ("true", "yes")
        clock = CLOCK.search(claim.value) if dated else None  # "2020-01-31T22:00": a time of day, as for dates
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
        if not notices and (never := signed_never_party(self.rulebook, treaty, state, name, claimed, as_of)):
            return never
        if not notices:
            return self._before_notice(treaty, state, name, claimed, as_of, rejoined)
        if claimed is not None and claimed.end < notices[0].received - dt.timedelta(days=366):  # an earlier exit
            if (undone := self._exit_undone(treaty, state, name, claimed, as_of, before=notices[0])) is not None:
                return undone  # 'withdrew during his first term': a notice of then, retracted before its effect
            decided = self._decided_in(treaty, state, name, notices[0], claimed, as_of)
            if decided is not None:
                return decided
            if (still := self._still_a_party(treaty, state, name, notices[0], claimed)) is not None:
                return still
            if (other := self._another_act_then(treaty, state, name, notices[0], claimed)) is not None:
                return other
            raise Unverifiable(
                f"No withdrawal by {name} from the {treaty.short_name} in {claimed.describe()} is recorded: the "
                f"records begin with the notification received on {_long(notices[0].received)} and are not "
                "exhaustive for earlier years."
            )
        if claimed is None:  # "X has withdrawn": where it stands on the article's date, after its latest notice
            notices = notices[-1:]  # (the US left the Paris Agreement in 2020, rejoined, notified again in 2025)
        pairs = [(n, self._withdrew_after(treaty, state, name, n, claimed, as_of)) for n in reversed(notices)]
        notice, outcome = max(pairs, key=lambda p: RANK[p[1].verdict])
        if claimed is not None and outcome.verdict == "inconsistent":  # the day of a decision called the exit
            decided = next(
                (d for n in notices if (d := self._decided_in(treaty, state, name, n, claimed, as_of))), None
            )
            if decided is not None:
                return decided
        if notice.disputed is not None:  # "X has withdrawn": by the article's date
            by = claimed or PartialDate(dt.date.min, as_of, "interval", f"by {as_of}")
            return disputed(notice.disputed, by, outcome, notified=notice.received)
        if clock and claimed and outcome.verdict == "consistent" and outcome.correct_value:
            return with_clock(claim.value, clock, claimed, notice, outcome)
        return outcome

    def _still_a_party(
        self, treaty: Treaty, state: str, name: str, notice: Notification, claimed: PartialDate
    ) -> Outcome | None:
        """An exit dated before the state's first recorded notice, when its membership is recorded as running
        unbroken through that date (world/parties: consent, entry into force, no earlier exit): it was still a party
        then, so no exit had taken effect (an earlier exit would have ended that membership); None when the files
        do not show the membership."""
        status = self.rulebook.world.party_status(treaty.id, state, claimed.end)
        if status.bound is not True or status.entry is None:
            return None
        effect = f" and took effect on {_long(notice.recorded_effective)}" if notice.recorded_effective else ""
        text = (
            f"Incorrect: {name} was still a party to the {treaty.short_name} {when_said(claimed)} ({status.reason}); "
            f"its notification of withdrawal was received on {_long(notice.received)}{effect}."
        )
        url = str(status.source.url) if status.source else notice.source_url
        evidence = [Evidence(kind="record", description=text, url=url)]
        correct = notice.recorded_effective.isoformat() if notice.recorded_effective else None
        return Outcome("inconsistent", correct, text, evidence, [f"world/parties/{treaty.id}"])

    def _another_act_then(
        self, treaty: Treaty, state: str, name: str, notice: Notification, claimed: PartialDate
    ) -> Outcome | None:
        """'fully withdrew from it in 2015' where what the state did then is recorded as another act (Russia halted
        its CFE participation in March 2015, a suspension) and its withdrawal was notified only later: wrong, the
        state remained a party until that withdrawal."""
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            if record.ends_participation or not (claimed.contains(record.notified) or (
                record.effective is not None and claimed.contains(record.effective)
            )):  # fmt: skip
                continue
            act = record.act.replace("_", " ")
            effect = f", which took effect on {_long(notice.recorded_effective)}" if notice.recorded_effective else ""
            text = (
                f"Incorrect: what {name} did in {claimed.describe()} was a {act} of the {treaty.short_name} (from "
                f"{_long(record.effective or record.notified)}), not a withdrawal: it remained a party until its "
                f"withdrawal, notified on {_long(notice.received)}{effect}."
            )
            evidence = [Evidence(kind="record", description=text, url=str(record.sources[0].url))]
            correct = notice.recorded_effective.isoformat() if notice.recorded_effective else None
            return Outcome("inconsistent", correct, text, evidence, [f"record: {state} {treaty.id} {record.act}"])
        return None

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

    def _group_withdrew(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Ukraine followed five States that withdrew from Ottawa in 2025' (the states unnamed): the withdrawals
        recorded as notified by the report's day, in the claimed period (by notice or effect). All in effect by then:
        right; some or all notified but not yet in effect: partly right (notices called exits); none recorded: not
        confirmed (the records may not hold every state's)."""
        treaty = self._treaty(claim)
        dated = claim.value.strip().lower() not in ("true", "yes")
        claimed = parse_partial_date(claim.value, as_of, "past") if dated else None
        matched = [
            record for _, record in self.rulebook.world.notifications(treaty.id)
            if record.notified <= as_of and record.revoked is None and record.effective is not None
            and (claimed is None or claimed.contains(record.notified) or claimed.contains(record.effective))
        ]  # fmt: skip
        if not matched:
            raise Unverifiable(f"No withdrawal from the {treaty.short_name} is recorded for the states meant.")
        done = [r for r in matched if r.effective is not None and r.effective <= as_of]
        listed = "; ".join(
            f"{find_state(r.state).name} notified {_long(r.notified)}, effective {_long(r.effective)}"
            for r in matched
            if r.effective is not None
        )
        if len(done) == len(matched):
            verdict: Verdict = "consistent"
            text = f"Correct: the recorded withdrawals from the {treaty.short_name} had taken effect ({listed})."
        else:
            verdict = "partly_consistent"
            text = (
                f"Partly correct: by {_long(as_of)} {len(matched) - len(done)} of the {len(matched)} recorded "
                f"withdrawals from the {treaty.short_name} had been notified but had not yet taken effect ({listed})."
            )
        evidence = [Evidence(kind="record", description=listed, url=str(matched[0].sources[0].url))]
        return Outcome(verdict, None, text, evidence, [f"world/records/{treaty.id}"])

    def _decided_unnotified(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome | None:
        """'X pulls out of Y' where X only decided to withdraw, with no notification recorded (world/records
        ``unnotified``: the US memorandum of 7 January 2026 on the UNFCCC): a step towards an exit, partly right."""
        for _, begun in self.rulebook.world.unnotified_for(treaty.id, state):
            steps = [
                d for d in begun.domestic_steps
                if d.date <= as_of and _leaving_act(d.act) and (claimed is None or claimed.contains(d.date))
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
        state was still a party), a suspension or a revoked ratification is not a withdrawal (wrong), also once a
        decision to withdraw was notified as such an act (Ukraine and Ottawa: the decree of 29 June 2025 'on
        Ukraine's withdrawal', a suspension notified in July; README 'An exit by a State that was never a party',
        session 9: a suspension of a treaty in force stays wrong); a notice
        received in the year after the article makes it a decision told as an exit (partly right); with none of
        these recorded, nothing is confirmed."""
        if (decided := self._decided_unnotified(treaty, state, name, claimed, as_of)) is not None:
            return decided
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            if since is not None and record.notified < since:
                continue
            leaving = record.act in ("withdrawal", "denunciation")
            acted = min(record.days)
            steps = [
                d for d in record.domestic_steps
                if d.date <= as_of and (claimed is None or claimed.contains(d.date))
                and (leaving or _leaving_act(d.act))
            ]  # fmt: skip
            if steps and (leaving or record.notified > as_of):  # a decision to withdraw not yet notified otherwise
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
            if not leaving and acted <= as_of and (renounced := _ratification_revoked(treaty, name, record, claimed)):
                return renounced
            if not leaving and acted <= as_of:  # also after a decision to withdraw: the act notified was this one
                act = record.act.replace("_", " ")
                superseded = (
                    f" (the {steps[-1].actor}'s decision to withdraw of {_long(steps[-1].date)} was notified as this "
                    "act, not as a withdrawal)"
                    if steps
                    else ""
                )
                text = (
                    f"Incorrect: {name} did not withdraw from the {treaty.short_name}: what it did (from "
                    f"{_long(acted)}) was a {act}, which is not a withdrawal{superseded}."
                )
                evidence = [
                    Evidence(kind="record", description=f"{act} {record.notified}", url=str(record.sources[0].url))
                ]
                return Outcome("inconsistent", "false", text, evidence, [f"record: {state} {treaty.id} {record.act}"])
        if since is None and (unbegun := nothing_begun(self.rulebook.world, treaty, state, name, claimed, as_of)):
            return unbegun  # 'Estonia has withdrawn' on 20 January 2025: nothing done before 18 March 2025
        notified = self._notified_later(treaty, state, name, claimed, as_of)
        if notified is not None:
            return notified
        unnoticed = self._exit_too_soon(treaty, state, name, claimed, as_of) if since is None else None
        if unnoticed is not None:
            return unnoticed
        claimed = self._from_membership(treaty, state, claimed)
        if (kept := self._no_exit_kept(treaty, name, claimed, None if since is not None else as_of)) is not None:
            return kept
        if since is not None:
            raise Unverifiable(
                f"{name} consented again to the {treaty.short_name} on {_long(since)}, after an earlier withdrawal; "
                f"no notification of a new withdrawal received by {_long(as_of)} is recorded (the earlier exit is "
                "not this one)."
            )
        raise Unverifiable(
            f"No notification of withdrawal by {name} from the {treaty.short_name} received on or before {as_of} "
            "is recorded, nor a domestic decision to withdraw: the records lack a withdrawal to confirm."
        )

    def _from_membership(self, treaty: Treaty, state: str, claimed: PartialDate | None) -> PartialDate | None:
        """'directing the United States to withdraw once again' (an earlier exit, some time before the report): a
        state can only have withdrawn once bound, so an open start is its first membership's (world/parties), not before
        the treaty's entry into force (a withdrawal clause runs from it; an instrument withdrawn before is no exit)."""
        entry = self.rulebook.world.entry(treaty.id, state)
        if claimed is None or entry is None or claimed.start != dt.date.min:
            return claimed
        began = max(entry.memberships[0].began, treaty.entry_into_force or dt.date.min)
        return PartialDate(began, claimed.end, "interval", claimed.text) if began <= claimed.end else claimed

    def _no_exit_kept(
        self, treaty: Treaty, name: str, claimed: PartialDate | None, by: dt.date | None = None
    ) -> Outcome | None:
        """'Withdraw once again' (no earlier exit): a withdrawal dated within the span the records are sourced as
        complete for (world/records ``complete_since`` to ``as_of``, ``complete_source``) and absent from them did
        not happen; so with an undated one said done ``by`` a day inside that span ('X and Y withdraw together',
        neither having given notice); None where the claim reaches outside that span."""
        kept = self.rulebook.world.records.get(treaty.id)
        if kept is None or kept.complete_source is None or kept.complete_since is None or kept.as_of is None:
            return None
        if claimed is None and by is not None and kept.complete_since <= by <= kept.as_of:
            claimed = PartialDate(kept.complete_since, by, "interval", f"by {by}")
        if claimed is None or not (kept.complete_since <= claimed.start and claimed.end <= kept.as_of):
            return None
        read = kept.complete_source.title or str(kept.complete_source.url)
        said = f"by {_long(by)}" if by is not None and claimed.text == f"by {by}" else when_said(claimed)
        text = (
            f"Incorrect: {name} did not withdraw from the {treaty.short_name} {said}: no withdrawal "
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
        if claimed is None or claimed.start < as_of - dt.timedelta(days=NEWS_DAYS) or not self._tracked(treaty):
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
        entries = self._entries(treaty, state)
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
        the exit came later, counted from the notice). A notice revoked after the article still shows the decision
        was real (the Gambia, Rome Statute: announced 25 October 2016, notified 10 November, revoked 10 February
        2017 before taking effect, VCLT Art. 68): partly right too, the answer naming the revocation."""
        later = [
            n for n in self.notifications(state, treaty.id)
            if as_of < n.received <= as_of + dt.timedelta(days=366) and (n.revoked is None or n.revoked > as_of)
        ]  # fmt: skip
        news = as_of - dt.timedelta(days=NEWS_DAYS)  # an exit dated in the report's own days, not an earlier one
        if not later or (claimed is not None and (claimed.end < news or claimed.start < news)):
            return None  # 'withdraw once again' (since 1994): an earlier exit, judged on the records kept
        notice = later[0]
        effect = self._effective_date_for(
            treaty, state, notice, PartialDate.of(as_of, "day", as_of.isoformat()), notice.received
        )
        day = effect.correct_value if effect.correct_value and is_day(effect) else None
        when = f", with effect on {_long(dt.date.fromisoformat(day))}" if day else ""
        if notice.revoked is not None:
            when = (f", to take effect on {_long(dt.date.fromisoformat(day))}" if day else "") + (
                f"; it was revoked on {_long(notice.revoked)}, before it took effect"
            )
        text = (
            f"Partly correct: {name} had not withdrawn from the {treaty.short_name} by {_long(as_of)}: no "
            f"notification had reached the depositary (a decision or an announcement is not an exit)."
            f"{step_by(self.rulebook.world, treaty, state, notice.received, as_of)} The "
            f"notification was received on {_long(notice.received)}{when}."
        )
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url),
            *effect.evidence[1:],
        ]
        return Outcome("partly_consistent", effect.correct_value, text, evidence, effect.trace)

    def _exit_undone(
        self,
        treaty: Treaty,
        state: str,
        name: str,
        claimed: PartialDate | None,
        as_of: dt.date,
        before: Notification | None = None,
    ) -> Outcome | None:
        """'Jammeh withdrew the country from the war crimes court' after the Gambia revoked its notice (received
        10 November 2016, revoked 10 February 2017): the notice was withdrawn before it took effect, so the state
        never left (Rome Statute Art. 127(1); VCLT Art. 68): wrong, whatever the article dates the exit to. Where a
        later notice stands (``before``: the US and the WHO, notified 6 July 2020, retracted 20 January 2021,
        notified again in 2025), only a revoked notice of the claimed period is that exit ('Trump withdrew from
        the WHO during his first term': wrong, as the Gambia's; README 'A notice retracted')."""
        undone = [
            n for n in self.notifications(state, treaty.id)
            if n.revoked is not None and n.revoked <= as_of and (claimed is None or claimed.end >= n.received)
            and (before is None or (n.received < before.received and claimed is not None
                                    and claimed.start <= n.revoked))
        ]  # fmt: skip
        if not undone:
            return None
        last = undone[-1]
        assert last.revoked is not None
        text = (
            f"Incorrect: {name} did not withdraw from the {treaty.short_name}: its notification (received "
            f"{_long(last.received)}) was revoked on {_long(last.revoked)}, before it took effect."
        )
        return revoked_exit("inconsistent", text, state, treaty, last)

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
            return revoked_exit("consistent", text, state, treaty, last)
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
        raise Unverifiable(f"Whether {name} was still a party to the {treaty.short_name} on {as_of} is not recorded.")

    def _withdrew_after(
        self, treaty: Treaty, state: str, name: str, notice: Notification, claimed: PartialDate | None, as_of: dt.date
    ) -> Outcome:
        right = right_of(self._provisions(treaty, state))
        if right is not None and right.exists == "no" and notice.recorded_effective is None:
            return _no_right(name, treaty, notice, right, claimed)
        if notice.approximate:  # the day of receipt is not recorded: the recorded effective date, if any
            if notice.recorded_effective is None:
                spanned = effect_span(self.assessments, treaty.id, state, notice, as_of)
                if spanned is None:
                    raise Unverifiable(f"Only the month of {name}'s notification is recorded, and no effective date.")
                month, effect = spanned  # Mauritania, ECOWAS, December 1999: in effect in December 2000
                return judge_span(name, treaty.short_name, month, effect, claimed, as_of, True, notice.source_url)
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
        if date is None and (early := _not_yet(name, treaty, notice, effective.earliest_date, claimed, as_of)):
            return early._replace(evidence=evidence, trace=trace)  # Argentina, WHO, May 2025: not before March 2026
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
            return sources_disagree(notice, claimed, outcome, date)
        return _withdrew_on(name, treaty, notice, date, claimed, as_of, evidence, trace)


def _withdrew_on(
    name: str, treaty: Treaty, notice: Notification, date: dt.date, claimed: PartialDate | None, as_of: dt.date,
    evidence: list[Evidence], trace: list[str],
) -> Outcome:  # fmt: skip
    """'X left Y [on D]' against the day the withdrawal took (or takes) effect, as the publication date saw it."""
    received_words = _long(notice.received) if not notice.approximate else f"{notice.received:%B %Y}"
    local, clock = notice.local_day(date)
    evidence = evidence + clock_evidence(notice, local)
    if date <= as_of or (local is not None and local <= as_of):
        if claimed is None or claimed.contains(date) or (local is not None and claimed.contains(local)):
            text = (
                f"Correct: {name}'s withdrawal from the {treaty.short_name} took effect on {_long(date)} "
                f"(notification received {received_words}).{clock}"
            )
            return Outcome("consistent", date.isoformat(), text, evidence, trace)
        if receipt_in(claimed, notice):
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
    if claimed is None or today or receipt_in(claimed, notice):
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


def _not_yet(
    name: str, treaty: Treaty, notice: Notification, earliest: dt.date | None, claimed: PartialDate | None,
    as_of: dt.date,
) -> Outcome | None:  # fmt: skip
    """An exit told as done before the earliest day the notice could take effect, where the rules leave the effect
    open (a treaty with no withdrawal clause, VCLT Art. 56: Argentina's notice to the WHO, received 17 March 2025, no
    effect before 17 March 2026 if a right of withdrawal exists at all, and Argentina itself reckoning the exit from
    that day): on every account no exit had taken effect by the report's day. A notice called an exit is partly
    right, as under a clause (README conventions, 'Calling ... a notification an exit'); another day is wrong. None
    when the earliest day is not after the report, or when no reckoning of the State is recorded."""
    recorded = notice.recorded_effective  # the State's own reckoning: with none (the US letter of 7 March 2005 to
    if earliest is None or recorded is None or min(earliest, recorded) <= as_of or notice.received > as_of:
        return None  # the VCCR Optional Protocol claiming immediate effect), the dispute stays unsettled
    received = _long(notice.received)
    unsettled = (
        f"the {treaty.short_name} has no withdrawal clause, so whether the notice ends the membership at all is "
        f"unsettled (VCLT Art. 56), and not before {_long(earliest)}"
        if treaty.withdrawal.article is None
        else f"it takes effect, if no condition intervenes, on {_long(earliest)}"
    )
    if claimed is None or receipt_in(claimed, notice) or (claimed.precision == "day" and claimed.start == as_of):
        text = (
            f"Partly correct: on {_long(as_of)} {name} had notified its withdrawal from the {treaty.short_name} "
            f"(received {received}) but had not left: {unsettled}."
        )
        return Outcome("partly_consistent", None, text, [], [])
    text = f"Incorrect: {name} notified its withdrawal on {received}; {unsettled}, so not {claimed.describe()}."
    return Outcome("inconsistent", None, text, [], [])


def _no_right(
    name: str, treaty: Treaty, notice: Notification, right: RightProvision, claimed: PartialDate | None
) -> Outcome:
    """'North Korea withdrew from the Covenant in August 1997' where the treaty gives no right of withdrawal (ICCPR:
    Human Rights Committee General Comment No. 26; VCLT Art. 56) and no effect is recorded: the notice was real and
    took no effect, so the state remained a party. A notice called an exit is partly right (tests/data/articles/
    README.md), undated or in the notice's own time; an exit dated to another time is wrong."""
    received = _long(notice.received) if not notice.approximate else f"{notice.received:%B %Y}"
    facts = (
        f"{name} notified its withdrawal from the {treaty.short_name} ({received}), but the {treaty.short_name} "
        f"gives no right of withdrawal ({right.cite}); the notification took no effect and {name} "
        "remained a party"
    )
    if claimed is None or receipt_in(claimed, notice):
        verdict: Verdict = "partly_consistent"
        text = f"Partly correct: {facts}."
    else:
        verdict, text = "inconsistent", f"Incorrect: {facts}; no withdrawal took effect {when_said(claimed)}."
    evidence = [
        Evidence(kind="record", description=f"notification received {received}", url=notice.source_url),
        Evidence(kind="rule", description=right.basis),
    ]
    correct = f"no effect (notice of {notice.received.isoformat()[: 7 if notice.approximate else 10]})"
    return Outcome(verdict, correct, text, evidence, [f"{treaty.id}: no right of withdrawal"])


def _ratification_revoked(
    treaty: Treaty, name: str, record: WorldRecord, claimed: PartialDate | None
) -> Outcome | None:
    """'Russia withdrew from the CTBT' where it revoked its ratification of a treaty not in force: it never became a
    party, so it could not withdraw (CTBT Art. IX binds parties; the treaty is not in force, Art. XIV). As for the
    other acts of a State that never became a party (never_party.py; tests/data/articles/README.md, 'An exit by a
    State that was never a party'), the act is real and mislabelled: partly right, undated or on the day of the law
    or the notice; None otherwise (a wrong date, or a treaty in force, whose revoked ratification is judged wrong)."""
    if record.act != "revocation_of_ratification" or treaty.in_force:
        return None
    if claimed is not None and not any(claimed.contains(day) for day in record.days):
        return None
    law = record.domestic_steps[-1] if record.domestic_steps else None
    decided = f" ({law.actor}: {law.act[:1].lower()}{law.act[1:]} on {_long(law.date)})" if law else ""
    text = (
        f"Partly correct: the {treaty.short_name} is not in force, so {name} never became a party and could not "
        f"withdraw under it; what it did was revoke its ratification{decided}, notified to the depositary on "
        f"{_long(record.notified)}. It remains a signatory."
    )
    evidence = [Evidence(kind="record", description=text, url=str(record.sources[0].url))]
    correct = f"ratification revoked (notified {record.notified.isoformat()})"
    return Outcome("partly_consistent", correct, text, evidence, [f"record: {record.state} {treaty.id} {record.act}"])


def _leaving_act(act: str) -> bool:
    """A domestic step towards leaving: 'directing the withdrawal', 'law denouncing the Convention'."""
    return any(word in act.lower() for word in ("withdraw", "denounc"))
