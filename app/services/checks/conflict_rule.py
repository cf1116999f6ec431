"""A rule claim that an armed conflict holds a withdrawal back: 'if the withdrawing state is engaged in armed
conflict at the time, the withdrawal cannot take effect until the conflict ends' (Ottawa Art. 20(3), second
sentence; CCM Art. 20(3); the Geneva Conventions' denunciation clauses, e.g. GC I Art. 63(3)).

Judged against the treaty's ``suspension`` provision with an ``armed_conflict`` condition: right where the treaty
has one, wrong where its withdrawal clause is encoded and holds none (the effect provision is then the whole rule),
unverifiable where the rulebook has no effect provision to compare."""

from __future__ import annotations

import re

from app.provisions import provision_citation
from app.provisions.effect import period_effect
from app.rulebook import OwnedProvision, Rulebook
from app.services.checks.outcome import Outcome, Unverifiable
from schemas.checks import Evidence
from schemas.periods import describe_period
from schemas.rules import SuspensionProvision, Treaty

_IN_CONFLICT = re.compile(r"\b(?:armed conflict|conflict|war|hostilities)\b", re.IGNORECASE)


def speaks_of_conflict(value: str) -> bool:
    """The rule claim names an armed conflict (or a war) as what the effect waits for."""
    return _IN_CONFLICT.search(value) is not None


def judge_conflict_rule(rulebook: Rulebook, treaty: Treaty) -> Outcome:
    """The claim that a withdrawal does not take effect while the withdrawing State is engaged in an armed
    conflict, against the treaty's own provisions."""
    owned = list(rulebook.owned_provisions(treaty).values())
    held = next((o for o in owned if _conflict_suspension(o)), None)
    if held is not None:
        provision = held.provision
        assert isinstance(provision, SuspensionProvision)
        citation = provision_citation(rulebook, held)
        text = (
            f"Correct: under {provision.cite} of the {treaty.short_name}, the withdrawal does not take effect before "
            f"{provision.postponed_until}: {provision.text.strip()}"
        )
        evidence = [Evidence(kind="rule", description=provision.text.strip(), citation=citation)]
        return Outcome("consistent", f"not before {provision.postponed_until}", text, evidence, [citation.rule])
    found = period_effect(owned)
    if found is None or treaty.withdrawal.article is None:
        raise Unverifiable(
            f"The {treaty.short_name}'s withdrawal clause is not encoded with an effect provision to compare the "
            "claim with."
        )
    effect, period, _ = found
    citation = provision_citation(rulebook, effect)
    words = describe_period(period.period)
    text = (
        f"Incorrect: the {treaty.short_name} does not hold a withdrawal back while the State is engaged in an armed "
        f"conflict: under {period.cite}, it takes effect {words} after {period.counted_from}."
    )
    evidence = [Evidence(kind="rule", description=period.text, citation=citation)]
    return Outcome("inconsistent", f"{period.period} after {period.counted_from}", text, evidence, [citation.rule])


def _conflict_suspension(owned: OwnedProvision) -> bool:
    provision = owned.provision
    return isinstance(provision, SuspensionProvision) and "armed_conflict" in (provision.when or {})
