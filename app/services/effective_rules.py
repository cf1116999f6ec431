"""A treaty's effective rules on one screen (issue 11, item 7): its own provisions, the general-law defaults it
inherits (VCLT, `applies_to_other_treaties`) and its depositary's counting, each with its source, so that one
screen can be checked against the treaty's text. One function, :func:`effective_rules`, feeds both the treaty
page (app/web) and ``treatyexit rules show ID`` (app/cli.py), so the two cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.rulebook import Rulebook
from schemas.rules import Depositary, Treaty

Origin = Literal["treaty", "general_law", "depositary"]


@dataclass(frozen=True)
class EffectiveRule:
    """One rule as it applies to the treaty, with where it comes from and where its words were read."""

    rule: str  # ``owner/id`` for a provision; ``<depositary> (counting)`` for the depositary's practice
    origin: Origin
    origin_label: str  # "this treaty", "general law (VCLT)", "depositary (…)"
    kind: str
    instrument: str
    cite: str
    text: str
    wording: str | None  # verbatim, translation or paraphrase; None for the depositary's practice in our words
    applies_when: str
    verification: str
    sources: tuple[str, ...]
    note: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class EffectiveRules:
    treaty: Treaty
    review: str  # "reviewed by … on …" or "DRAFTED, not reviewed"
    depositary: Depositary | None
    rules: tuple[EffectiveRule, ...]

    @property
    def heading(self) -> str:
        clause = self.treaty.withdrawal.article or "no withdrawal clause"
        return f"{self.treaty.short_name} ({self.treaty.id}): {clause}; {self.review}"


def effective_rules(rulebook: Rulebook, treaty: Treaty) -> EffectiveRules:
    """The provisions that apply to ``treaty`` (its own, then the inherited defaults), then its depositary's
    counting (which settles what the clause leaves open: the day a period ends, a day the month lacks)."""
    rules: list[EffectiveRule] = []
    for name, owned in rulebook.owned_provisions(treaty).items():
        p = owned.provision
        own = owned.owner.id == treaty.id
        when = ", ".join(f"{k}={v}" for k, v in (p.when or {}).items()) or "always"
        rules.append(
            EffectiveRule(
                rule=name, origin="treaty" if own else "general_law",
                origin_label="this treaty" if own else f"general law ({owned.owner.short_name})",
                kind=p.kind, instrument=owned.owner.short_name, cite=p.cite, text=p.text.strip(), wording=p.wording,
                applies_when=when, verification=p.verification, sources=(owned.url,) if owned.url else (),
                note=p.note, description=getattr(p, "description", None) or None,
            )
        )  # fmt: skip
    depositary = rulebook.depositaries.get(treaty.depositary or "bilateral")
    if depositary is not None:
        rules.append(
            EffectiveRule(
                rule=f"{depositary.id} (counting)", origin="depositary", origin_label=f"depositary ({depositary.name})",
                kind="counting", instrument=depositary.name,
                cite=f"{depositary.counting}, month end {depositary.month_end}", text=depositary.practice,
                wording=None, applies_when="where the clause does not settle it",
                verification=depositary.verification,
                sources=tuple(str(r.sources[0].url) for r in depositary.evidence[:3]), note=depositary.note,
            )
        )  # fmt: skip
    clause = treaty.withdrawal
    review = f"reviewed by {clause.reviewed.by} on {clause.reviewed.on}" if clause.reviewed else "DRAFTED, not reviewed"
    return EffectiveRules(treaty, review, depositary, tuple(rules))
