"""Bound-on claims: whether a state was bound by a treaty on a date."""

from __future__ import annotations

import datetime as dt

from app.dates.text import as_read
from app.services.checks.in_force import InForceChecks
from app.services.checks.outcome import Outcome, Unverifiable, revoked_exit
from app.services.lookup import find_state
from app.services.notices import Notification
from app.services.notices import long_date as _long
from schemas.api import AssessmentRequest
from schemas.checks import Claim, Evidence, Verdict
from schemas.rules import Treaty


class BoundOnChecks(InForceChecks):
    def _check_bound_on(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Still bound' on a day (the article's, unless ``on`` names another); a date ('bound since November
        2011') is the day the treaty entered into force for the state."""
        if claim.value.strip().lower() not in ("true", "yes", "bound", "false", "no", "not bound"):
            return self._check_in_force_for_state(claim, as_of)
        treaty, state = self._treaty(claim), self._state(claim)
        on = claim.on or as_of
        claimed = claim.value.strip().lower() in ("true", "yes", "bound")
        received = [n for n in self.notifications(state, treaty.id) if n.received <= on]
        notices = [n for n in received if n.revoked is None or n.revoked > on]
        if (
            not notices
            and received
            and (undone := _notice_revoked(treaty, state, max(received, key=lambda n: n.received), on, claimed))
        ):
            return undone
        if not notices and not treaty.in_force and not claimed:
            return self._revoked_ratification(treaty, state, on)
        if not notices and (outside := self._never_bound(treaty, state, on, claimed)) is not None:
            return outside
        if not notices and (decided := self._decided_only(treaty, state, on, claimed)) is not None:
            return decided
        if not notices and (party := self._party_without_notice(treaty, state, on, claimed)) is not None:
            return party
        if not notices:
            return self._not_on_the_list(treaty, state, on, claimed)
        notice = max(notices, key=lambda n: n.received)
        answer = self.assessments.assess(
            AssessmentRequest(
                treaty=treaty.id, state=state, notification_date=notice.received, facts=notice.facts(on), as_of=on
            )
        )
        date = answer.effective.date
        if date is None and answer.effective.status == "no_withdrawal_right" and treaty.terminated is None:
            return _notice_without_effect(treaty, answer.state.name, notice, claimed, answer.effective.explanation)
        if date is None:
            raise Unverifiable(answer.effective.explanation)
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

    def _decided_only(self, treaty: Treaty, state: str, on: dt.date, claimed: bool) -> Outcome | None:
        """'With the signing of the denunciation law, Russia is no longer obliged ...': a state that had only decided
        to withdraw by ``on`` (world/records ``unnotified``: a domestic step, no notification recorded) was still bound
        then, as the withdrawn-claim check assumes (a treaty counts its exit from a notice; a law or a memorandum ends
        nothing). None when no such decision is recorded by that day."""
        for _, begun in self.rulebook.world.unnotified_for(treaty.id, state):
            steps = [d for d in begun.domestic_steps if d.date <= on]
            if not steps:
                continue
            step, name = steps[-1], find_state(state).name
            text = (
                f"{'Correct' if claimed else 'Incorrect'}: {name} was still bound by the {treaty.short_name} on "
                f"{_long(on)}: on {_long(step.date)} the {step.actor} decided to withdraw ({step.act}), but no "
                "notification to the depositary is recorded (assumed none), and the treaty counts any withdrawal from "
                "a notice."
            )
            url = str(step.source.url) if step.source else str(begun.sources[0].url)
            evidence = [Evidence(kind="record", description=f"{step.actor}: {step.act}", url=url)]
            verdict: Verdict = "consistent" if claimed else "inconsistent"
            return Outcome(verdict, "true", text, evidence, [f"record: {state} {treaty.id} (not notified)"])
        return None

    def _party_without_notice(self, treaty: Treaty, state: str, on: dt.date, claimed: bool) -> Outcome | None:
        """'Until then, the three states remain fully bound by the Rome Statute': a party on the party list and no
        notice of withdrawal recorded by that day in the treaty's kept records, so still bound (only a notice, once in
        effect, ends it; VCLT Art. 70(1)); None when the list does not say it was a party then, or the records keep
        no exits of the treaty or hold a decision of the state's by then (a later one, such as Russia's law of 29
        September 2025 denouncing the CPT Convention, says nothing of March 2022)."""
        decided = any(
            step.date <= on for _, begun in self.rulebook.world.unnotified_for(treaty.id, state)
            for step in begun.domestic_steps
        )  # fmt: skip
        if not self._tracked(treaty) or decided:
            return None  # exits not kept for this treaty, or a decision by then on record (judged by _decided_only)
        status = self.rulebook.world.party_status(treaty.id, state, on)
        if status.status != "party" or status.source is None:
            return None
        name = find_state(state).name
        fact = f"{name} was a party to the {treaty.short_name} on {_long(on)} ({status.reason})"
        text = f"{'Correct' if claimed else 'Incorrect'}: {fact}, and no notice of withdrawal is recorded by then."
        evidence = [Evidence(kind="record", description=fact, url=str(status.source.url))]
        return Outcome(
            "consistent" if claimed else "inconsistent",
            "true",
            text,
            evidence,
            [f"world/parties/{treaty.id}", f"world/records/{treaty.id}"],
        )

    def _not_on_the_list(self, treaty: Treaty, state: str, on: dt.date, claimed: bool) -> Outcome:
        """'Austria is a NATO member' on a day a complete party list covers, with no notice of the state's recorded:
        not a party, so not bound (VCLT Art. 24: a treaty binds a State from its consent in force); unverifiable after
        the list's date, saying so, or where no list covers the day."""
        status = self.rulebook.world.party_status(treaty.id, state, on)
        name = find_state(state).name
        if status.status != "not_party" or status.source is None:
            detail = status.reason if status.status == "unknown" and status.reason else "no withdrawal is recorded"
            raise Unverifiable(f"Whether {name} was bound by the {treaty.short_name} on {_long(on)}: {detail}.")
        fact = f"{name} was not a party to the {treaty.short_name} on {_long(on)} ({status.reason})"
        text = f"{'Incorrect' if claimed else 'Correct'}: {fact}."
        evidence = [Evidence(kind="record", description=fact, url=str(status.source.url))]
        return Outcome(
            "inconsistent" if claimed else "consistent", "false", text, evidence, [f"world/parties/{treaty.id}"]
        )

    def _never_bound(self, treaty: Treaty, state: str, on: dt.date, claimed: bool) -> Outcome | None:
        """'Iran, Libya and Yemen are not party to the Paris Agreement': a state the sourced outsiders list
        (world/parties ``outsiders``) names as not having consented on its date, and with no notice of withdrawal
        recorded at all, was bound on no day up to that date (a consent would have left it a party, and only a notice
        ends one). None after the list's date (or a later list's naming the state, ``later``), when consent may
        have come."""
        listing = self.rulebook.world.parties.get(treaty.id)
        out = listing.outsiders if listing else None
        if out is None or not any(o.state == state for o in out.states):
            return None
        outside, source = out.outside_until(state)
        if on > outside or self.notifications(state, treaty.id):
            return None
        name = find_state(state).name
        fact = f"{name} had not ratified, accepted or acceded to the {treaty.short_name} on {_long(outside)}"
        text = f"{'Incorrect' if claimed else 'Correct'}: {fact}, so it was not bound on {_long(on)}"
        text += f" (world/parties/{treaty.id}, outsiders)."
        evidence = [Evidence(kind="record", description=fact, url=str(source.url))]
        return Outcome(
            "inconsistent" if claimed else "consistent", "false", text, evidence, [f"world/parties/{treaty.id}"]
        )

    def _bound_again(self, treaty: Treaty, state: str, notice: Notification, on: dt.date) -> str | None:
        """Why a state whose withdrawal took effect was bound again on ``on`` (a consent in the party list after
        its notice: Iceland re-adhered to the ICRW in 2002, Bolivia re-acceded to the Single Convention in 2013),
        or None; unverifiable when a later notice shows it re-joined on a day not recorded. An exit the records give
        no effective date is counted by its clause (Greece and the ECHR: out from 12 June 1970 to 28 November 1974),
        so an earlier membership is not read as binding after it."""
        status = self.rulebook.world.party_status(treaty.id, state, on, self.assessments.effective_of)
        if status.status == "unknown" and status.record is not None:
            raise Unverifiable(f"Whether {find_state(state).name} was bound on {on} is not recorded: {status.reason}.")
        entry = status.entry
        consented = (entry.consent_date or entry.in_force) if entry is not None else None
        if status.status == "party" and consented is not None and consented > notice.received:
            return status.reason
        return None


def _notice_revoked(treaty: Treaty, state: str, notice: Notification, on: dt.date, claimed: bool) -> Outcome:
    """'The United States shall remain a party to the UPU Constitution': its notice (received 17 October 2018) was
    revoked on 10 October 2019, before it took effect, so it never left (VCLT Art. 68: a notice may be revoked at any
    time before it takes effect): still bound on ``on``."""
    assert notice.revoked is not None
    name = find_state(state).name
    text = (
        f"{'Correct' if claimed else 'Incorrect'}: on {_long(on)} {name} was still bound by the {treaty.short_name}: "
        f"its notification of withdrawal (received {_long(notice.received)}) was revoked on {_long(notice.revoked)}, "
        "before it took effect."
    )
    return revoked_exit("consistent" if claimed else "inconsistent", text, state, treaty, notice, correct="true")


def _notice_without_effect(treaty: Treaty, name: str, notice: Notification, claimed: bool, basis: str) -> Outcome:
    """'North Korea as a state party continues to bear the legal obligations under the ICCPR': a notice of withdrawal
    from a treaty the rules give no right to leave (ICCPR: Human Rights Committee General Comment No. 26, the
    depositary's view; VCLT Art. 56(1)) ends nothing: the state is still bound."""
    when = as_read(notice.received, notice.received_precision, _long)
    text = (
        f"{'Correct' if claimed else 'Incorrect'}: {name} is still bound by the {treaty.short_name}: its notice of "
        f"withdrawal ({when}) has no effect: {basis}"
    )
    evidence = [Evidence(kind="record", description=f"notice {notice.received}, without effect", url=notice.source_url)]
    return Outcome("consistent" if claimed else "inconsistent", "true", text, evidence, [treaty.id])
