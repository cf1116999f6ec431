"""Entry-into-force claims: when a treaty entered into force, in general or for one state."""

from __future__ import annotations

import datetime as dt
import re
from typing import NoReturn

from app.services.checks.base import CheckBase
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.checks.state_in_force import clause_words, in_force_for, is_in_force_rule, judge_in_force_rule
from app.services.lookup import find_state
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate, parse_partial_date
from app.services.rule_claims import parse_rule_claim
from schemas.checks import Claim, Evidence, Verdict
from schemas.rules import Treaty


class InForceChecks(CheckBase):
    def _check_entry_into_force(self, claim: Claim, as_of: dt.date) -> Outcome:
        treaty = self._treaty(claim)
        if claim.value.strip().lower() in ("not in force", "false", "never"):
            return self._not_in_force(treaty, as_of)
        said = parse_rule_claim(claim.value)  # "60 days after the completion of domestic procedures" (Arminfo, 2024)
        dated = claim.state and (told := _AFTER_DEPOSIT.match(claim.value)) is not None and told.group(2)
        if said.anchor and is_in_force_rule(treaty, said) and not dated:  # the day labelled: judged below
            return judge_in_force_rule(treaty, said, self._deposited(treaty, claim.state))
        if claim.state:
            return self._check_in_force_for_state(claim, as_of)
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        if treaty.entry_into_force is None:
            raise Unverifiable(f"The rulebook does not hold the {treaty.short_name}'s entry into force.")
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

    def _in_force_by_clause(self, treaty: Treaty, state: str, claimed: PartialDate) -> Outcome | None:
        """No entry into force recorded for the state, but its deposit and the treaty's clause are (Rome Statute Art.
        126(2)): the day computed from the deposit, said to be computed. None without both."""
        deposited = self._deposited(treaty, state)
        rule = treaty.state_entry_into_force
        day = in_force_for(treaty, deposited[1]) if deposited else None
        if deposited is None or rule is None or day is None:
            return None
        ok = claimed.contains(day)
        text = (
            f"{'Correct' if ok else 'Incorrect'}: the {treaty.short_name} entered into force for {deposited[0]} on "
            f"{_long(day)}, computed from its deposit of {_long(deposited[1])} ({rule.cite}: "
            f"{clause_words(rule)})."
        )
        evidence = [Evidence(kind="rule", description=f"{rule.cite}: {rule.text}", url=str(rule.source.url))]
        verdict: Verdict = "consistent" if ok else "inconsistent"
        return Outcome(verdict, day.isoformat(), text, evidence, [treaty.id, f"{treaty.id}/state_entry_into_force"])

    def _revoked_ratification(self, treaty: Treaty, state: str, on: dt.date) -> Outcome:
        """'No longer bound' by a treaty not in force after revoking a ratification (Russia, CTBT, 2023): partly
        right: the treaty bound no State as a treaty in force, and the state remains a signatory."""
        name = find_state(state).name
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            acted = min(record.days)
            if record.act == "revocation_of_ratification" and acted <= on:
                text = (
                    f"Partly correct: {name} revoked its ratification of the {treaty.short_name} (from "
                    f"{_long(acted)}), but the {treaty.short_name} is not in force, so it bound no State as a treaty "
                    f"in force, before or after; {name} remains a signatory."
                )
                evidence = [Evidence(kind="record", description=text, url=str(record.sources[0].url))]
                return Outcome("partly_consistent", "false", text, evidence, [f"record: {state} {treaty.id}"])
        raise Unverifiable(
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
        raise Unverifiable(f"The rulebook does not hold whether or when the {treaty.short_name} entered into force.")

    def _check_in_force_for_state(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Entered into force for Lithuania on 1 November 2003': the date the state became a party."""
        treaty, state = self._treaty(claim), self._state(claim)
        if (told := _AFTER_DEPOSIT.match(claim.value)) is not None:  # 'will enter into force for China 90 days after'
            if (wrong := _period_after_deposit(treaty, told.group(1))) is not None or not told.group(2):
                return wrong or _period_after_deposit(treaty, told.group(1), right=True) or _no_clause(treaty)
            claim = claim.model_copy(update={"value": told.group(2)})  # the period is the clause's: judge its day
        claimed = parse_partial_date(claim.value, as_of, claim.tense or "past")
        entries = [p for p in treaty.participation if p.state == state and p.in_force_for_state]
        if not entries:
            world = self._world_in_force(treaty, state, claimed)
            if world is not None:
                return world
        if not entries and (computed := self._in_force_by_clause(treaty, state, claimed)) is not None:
            return computed
        if not entries:
            raise Unverifiable(
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


_AFTER_DEPOSIT = re.compile(
    r"\s*(P\d+[DWMY])\s+(?:from|after)\s+(?:the\s+)?deposit\b[^(]*(?:\((\d{4}-\d\d-\d\d)\))?\s*$"
)
"""An entry into force for one State told as a period after its deposit, with the day it gives where labelled ('P90D
from the deposit (2020-10-04)')."""


def _period_after_deposit(treaty: Treaty, period: str, right: bool = False) -> Outcome | None:
    """'Will enter into force for China 90 days after the deposit': the period against the treaty's clause for a State
    that consents after its entry into force (ATT Art. 22(2): 'on the ninetieth day following the date of the
    deposit'); the outcome when it differs (or, with ``right``, when it is the clause's), else None."""
    rule = treaty.state_entry_into_force
    if rule is None or (rule.period == period) != right:
        return None
    verdict: Verdict = "consistent" if right else "inconsistent"
    said = "Correct" if right else f"Incorrect ({period} said)"
    words = clause_words(rule)
    text = f"{said}: under {rule.cite} of the {treaty.short_name} it enters into force for a State {words}."
    evidence = [Evidence(kind="rule", description=f"{rule.cite}: {rule.text}", url=str(rule.source.url))]
    return Outcome(verdict, rule.period, text, evidence, [treaty.id, f"{treaty.id}/state_entry_into_force"])


def _no_clause(treaty: Treaty) -> NoReturn:
    """No clause on entry into force for a State: the claim cannot be judged (raises ``Unverifiable``)."""
    raise Unverifiable(f"The rulebook holds no clause of the {treaty.short_name} on its entry into force for a State.")
