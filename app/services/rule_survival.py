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
from schemas.rules import Treaty

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
