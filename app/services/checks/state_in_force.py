"""When a treaty enters into force for a State that consents after the treaty's own entry into force, by its final
clauses (the rule file's ``state_entry_into_force``; Rome Statute Art. 126(2): 'on the first day of the month after
the 60th day following the deposit by such State of its instrument of ratification, acceptance, approval or
accession'). A State consents by its deposit and is a party from that day on (VCLT Arts. 16 and 24(3))."""

from __future__ import annotations

import datetime as dt
import re

from app.dates.periods import in_force_after_deposit
from app.services.checks.outcome import Outcome
from app.services.notices import long_date
from app.services.rule_claims import RuleClaim, same_length
from schemas.checks import Evidence, Verdict
from schemas.periods import describe_period
from schemas.rules import StateEntryIntoForce, Treaty

_DEPOSIT = re.compile(
    r"\b(?:deposit\w*|ratif\w*|accession|acced\w*|instruments?(?! of (?:withdrawal|denunciation)))\b", re.IGNORECASE
)  # what a State's entry into force runs from: its consent deposited ('60 days after the ratification')
_EXIT = re.compile(r"\b(?:withdraw\w*|denunc\w*|denounc\w*|notif\w*|notice|exit\w*|leav\w*|quit\w*)\b", re.IGNORECASE)
_DOMESTIC = re.compile(
    r"\b(?:parliament|vote[sd]?|law|decree|president|signed|signing|signature|adopted|approved|rada|assembly|domestic"
    r"|procedures?)\b",
    re.IGNORECASE,
)  # a domestic act, not the instrument deposited
_MONTH_START = re.compile(r"\bfirst day\b|\bbeginning of the (?:next |following )?month\b", re.IGNORECASE)


def in_force_for(treaty: Treaty, deposit: dt.date) -> dt.date | None:
    """The day the treaty entered into force for a State that deposited on ``deposit``: by its clause, and never
    before the treaty's own entry into force (Rome Statute Art. 126(1): 1 July 2002 for the first sixty and those
    deposited before that day took effect). None when the rule file holds no such clause."""
    rule = treaty.state_entry_into_force
    if rule is None:
        return None
    computed = in_force_after_deposit(deposit, rule.period, rule.month_start)
    return max(computed, treaty.entry_into_force) if treaty.entry_into_force else computed


def clause_words(rule: StateEntryIntoForce) -> str:
    """'on the first day of the month after the 60th day following its deposit' (the clause, shortly)."""
    days = re.fullmatch(r"P(\d+)D", rule.period)
    after = f"the {_ordinal(int(days.group(1)))} day following" if days else f"{describe_period(rule.period)} after"
    return f"on the first day of the month after {after} its deposit" if rule.month_start else f"{after} its deposit"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def is_in_force_rule(treaty: Treaty, said: RuleClaim) -> bool:
    """'It will come into force 60 days after the deposit': a period counted from a State's consent, about its entry
    into force (not a withdrawal's: no exit, notice or denunciation named), for a treaty whose clause is held."""
    return (
        treaty.state_entry_into_force is not None
        and said.period is not None
        and bool(_DEPOSIT.search(said.anchor) or _DOMESTIC.search(said.anchor))
        and not _EXIT.search(said.text)
    )


def judge_in_force_rule(treaty: Treaty, said: RuleClaim, state: tuple[str, dt.date] | None) -> Outcome:
    """A period claimed for a State's entry into force, against the clause (and for ``state``, its name and deposit,
    the day it gives): right with the period, the deposit and the month's first day; partly right with the first
    day left out ('60 days after being received by the Secretary-General': Ukraine, deposit 25 October 2024, 60th
    day 24 December, in force 1 January 2025); wrong with another period or counted from a domestic act."""
    rule = treaty.state_entry_into_force
    assert rule is not None and said.period is not None
    where = f"{rule.cite} of the {treaty.short_name}"
    law = f"under {where}, it enters into force for a State {clause_words(rule)}"
    correct = f"{rule.period} after the deposit" + (
        ", then the first day of the next month" if rule.month_start else ""
    )
    if state is not None and (day := in_force_for(treaty, state[1])) is not None:
        law += f" ({state[0]}: deposit {long_date(state[1])}, in force {long_date(day)})"
        correct += f" ({day.isoformat()})"
    faults: list[str] = []
    if not same_length(said.period, rule.period):
        faults.append(f"not {describe_period(said.period)} after it")
    if _DOMESTIC.search(said.anchor) and not _DEPOSIT.search(said.anchor):
        faults.append(f"counted from the deposit of the instrument, not from {said.anchor}")
    verdict: Verdict = "inconsistent" if faults else "consistent"
    if not faults and rule.month_start and not _MONTH_START.search(said.text):
        verdict, faults = "partly_consistent", ["the first day of the following month is left out"]
    label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}[verdict]
    text = f"{label}: {law}" + (f" ({'; '.join(faults)})." if faults else ".")
    evidence = [Evidence(kind="rule", description=f"{rule.cite}: {rule.text}", url=str(rule.source.url))]
    return Outcome(verdict, correct, text, evidence, [f"{treaty.id}/state_entry_into_force"])
