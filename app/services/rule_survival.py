"""Claims that a treaty goes on applying after a party has left ("the ECT continues to apply for pre-existing
investments under its sunset clause for another 20 years", "the agreement binds its members to its provisions for
20 years"): judged against the treaty's survival provision (ECT Art. 47(3): twenty years from the date the
withdrawal takes effect, for investments made by then). A length matching the provision is right when the claim
names what survives, only partly right when it says the whole treaty binds; another length is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from app.provisions import provision_citation
from app.provisions.survival import fixed_survival
from app.rulebook import OwnedProvision, Rulebook
from app.services.rule_claims import RuleClaim, same_length
from schemas.checks import Evidence, Verdict
from schemas.periods import describe_period
from schemas.rules import SurvivalProvision, Treaty

_GENERIC = {"provisions", "provision", "treaty", "continue", "continues", "apply", "applies", "party", "parties",
            "contracting", "withdrawal", "withdrawing", "effect", "other", "their", "which", "those", "period",
            "years", "members", "member", "state", "states", "agreement", "binds"}  # fmt: skip


class Judged(NamedTuple):
    verdict: Verdict
    correct: str | None
    text: str
    evidence: list[Evidence]
    trace: list[str]


def judge_survival(rulebook: Rulebook, treaty: Treaty, said: RuleClaim, owned: Iterable[OwnedProvision]) -> Judged:
    found = fixed_survival(owned)
    if found is None:
        return Judged(
            "unverifiable", None,
            f"The rulebook holds no fixed period for which the {treaty.short_name} goes on applying after an exit.",
            [], [],
        )  # fmt: skip
    rule_of, provision = found
    assert provision.lasts is not None
    citation = provision_citation(rulebook, rule_of)
    evidence = [Evidence(kind="rule", description=provision.text or "", citation=citation)]
    words = describe_period(provision.lasts)
    what = "; ".join(provision.obligations)
    rule = f"under {provision.cite} of the {treaty.short_name}, for {words} from the date the withdrawal takes effect"
    rule += f": {what}"
    correct = f"{provision.lasts} from the effective date of withdrawal"
    if not same_length(said.period or "P0D", provision.lasts):
        text = (
            f"Incorrect: {describe_period(said.period or 'P0D')} is not the period; the treaty goes on applying {rule}."
        )
        return Judged("inconsistent", correct, text, evidence, [citation.rule])
    if _names_what_survives(said.text, what):
        return Judged("consistent", correct, f"Correct: {rule}.", evidence, [citation.rule])
    text = f"Partly correct: the length is right, but only part of the treaty goes on applying, {rule}."
    return Judged("partly_consistent", correct, text, evidence, [citation.rule])


def _names_what_survives(claim: str, obligations: str) -> bool:
    """The claim names what goes on applying ('pre-existing and qualifying investments'), not the whole treaty."""
    said = {w.rstrip("s") for w in re.findall(r"[a-z]{5,}", claim.lower())} - {w.rstrip("s") for w in _GENERIC}
    return bool(said & {w.rstrip("s") for w in re.findall(r"[a-z]{5,}", obligations.lower())})


# 'obligations for acts before the denunciation takes effect survive', 'remains liable for acts committed while it was
# a party': what the exit leaves standing, with no period (ECHR Art. 58(2), Rome Statute Art. 127(2))
_ACTS_BEFORE = re.compile(
    r"\b(?:obligations?|liabilit(?:y|ies)|jurisdiction|acts?|crimes?|violations?|responsib\w+)\b[^.;]*"
    r"\b(?:before|prior to|while)\b[^.;]*\b(?:effect\w*|denunciation|withdrawal|exit|left|leav\w+|member|party)\b",
    re.IGNORECASE,
)
_GONE = re.compile(  # the claim says the exit ends them
    r"(?<!not )(?<!n't )\b(?:released|discharged|freed|wiped|escapes?|ends?|erases?|extinguish\w*)\b"
    r"|\bno longer (?:bound|liable|responsible|answerable)\b",
    re.IGNORECASE,
)


def survives_before_exit(text: str) -> bool:
    """Whether a rule claim speaks of obligations for the time before the exit (no period named)."""
    return _ACTS_BEFORE.search(text) is not None


def judge_acts_before(rulebook: Rulebook, treaty: Treaty, text: str, owned: Iterable[OwnedProvision]) -> Judged | None:
    """'The UK would still have obligations arising from its membership before the notification became effective'
    (ECHR Art. 58(2)): right where the treaty keeps the leaving State bound for what happened before its exit (a
    survival provision with no fixed period), wrong where the claim says the exit releases it; None where the rule
    files hold no such provision (the general law is not encoded here)."""
    found = [
        (o, o.provision) for o in owned if isinstance(o.provision, SurvivalProvision) and o.provision.lasts is None
    ]
    own = [(o, p) for o, p in found if o.owner.id == treaty.id]
    kept = own or found  # the treaty's own clause, else the general law's (VCLT Art. 70(1)(b) and (2))
    if not kept:
        return None
    citations = [provision_citation(rulebook, o) for o, _ in kept]
    evidence = [
        Evidence(kind="rule", description=p.text or "", citation=c) for (_, p), c in zip(kept, citations, strict=True)
    ]
    cites = "; ".join(f"{p.cite} of the {o.owner.short_name}" for o, p in kept)
    what = "; ".join(obligation for _, p in kept for obligation in p.obligations)
    rule = f"under {cites}, what survives the exit: {what}"
    if _GONE.search(text):
        return Judged("inconsistent", cites, f"Incorrect: {rule}.", evidence, [c.rule for c in citations])
    return Judged("consistent", cites, f"Correct: {rule}.", evidence, [c.rule for c in citations])
