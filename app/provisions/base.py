"""What every provision kind shares: the case it is applied to, and the hooks a kind may fill.

A kind is one small module (``right``, ``notice``, ``precondition``, ``effect``, ``suspension``,
``effect_condition``, ``survival``, ``revocation``, ``agreed_date``) that owns what its provisions add to an
answer: requirements, conditions, survivals and, for effect provisions, the date. The answer is composed by
asking every applied provision's kind (:mod:`app.provisions`), never by testing provision classes elsewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar, Generic, Literal, TypeVar

from app.dates import DateResult
from app.json_parts import shared
from app.memo import memoized
from app.rulebook import OwnedProvision, Rulebook
from app.services.lookup import StateInfo
from app.world.model import PartyStatus
from schemas import api
from schemas.rules import StateProcedure, Treaty

P = TypeVar("P")
ConditionKind = Literal[
    "suspension", "assumption", "effect_condition", "precondition", "right", "revocation", "needs_review"
]


class AssessmentError(ValueError):
    """The question cannot be answered as asked (e.g. a fact that contradicts the rules); a 422."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


@dataclass(frozen=True)
class PreconditionResult:
    """Whether a precondition on notice was met, and from when notice was (or will be) permitted."""

    rule: OwnedProvision
    earliest_notice: DateResult | None  # None when entry into force for the state is unknown
    met: bool | str


@dataclass
class Case:
    """One question being answered: the treaty, the state, the request and the day it is asked."""

    rulebook: Rulebook
    treaty: Treaty
    state: StateInfo
    procedure: StateProcedure | None
    request: api.AssessmentRequest
    as_of: dt.date
    preconditions: tuple[PreconditionResult, ...] = ()
    party: PartyStatus | None = None
    """The state's party status on the notification date (or ``as_of``) from the world files; None when the
    question is answered from the rules alone."""

    def citation(self, rule: OwnedProvision) -> api.Citation:
        return provision_citation(self.rulebook, rule)

    def condition(
        self, rule: OwnedProvision, kind: ConditionKind, description: str, *, affects_date: bool
    ) -> api.Condition:
        """A condition of the answer, cited to the provision it comes from (built once, :func:`rule_condition`)."""
        return rule_condition(self.rulebook, rule, kind, description, affects_date)


@memoized(
    65_536,  # every condition text of every provision, many times over
    key=lambda rulebook, rule, kind, description, affects_date: (
        rulebook.version,
        rule.ref.owner,
        rule.ref.id,
        kind,
        description,
        affects_date,
    ),
)
def rule_condition(
    rulebook: Rulebook, rule: OwnedProvision, kind: ConditionKind, description: str, affects_date: bool
) -> api.Condition:
    """A condition cited to a provision: a pure function of the rules version, the provision and the words, so
    each is built once and shared read-only by every answer that carries it (its JSON too, app/json_parts.py)."""
    citation = provision_citation(rulebook, rule)
    condition = api.Condition(
        id=str(rule.ref), kind=kind, description=description, affects_date=affects_date, citation=citation
    )
    return shared(condition)


@memoized(16_384, key=lambda rulebook, rule: (rulebook.version, rule.ref.owner, rule.ref.id))  # > every provision
def provision_citation(rulebook: Rulebook, rule: OwnedProvision) -> api.Citation:
    """The citation of a provision from its own file (the treaty's or the general law's).

    Kept per rulebook version (a content hash, app/memo.py), so each citation is built once; answers share it
    read-only.
    """
    provision = rule.provision
    return shared(
        api.Citation(
            rule=str(rule.ref),
            instrument=rule.owner.short_name,
            cite=provision.cite,
            text=provision.text,
            url=rule.url,
            verification=provision.verification,
            reviewed=rule.owner.withdrawal.reviewed.on if rule.owner.withdrawal.reviewed else None,
            note=provision.note,
        )
    )


class ProvisionKind(Generic[P]):
    """The hooks of one kind of provision; a kind overrides those its provisions contribute to.

    ``condition_order`` and ``requirement_order`` place a kind's conditions and requirements in the answer
    (the right first, then preconditions, then the rest in the file's order; preconditions before notices).

    :meth:`conditions` and :meth:`assumption` may read the rules, the treaty, the state, the preconditions'
    results and the engine's decision, not the day: the answer keeps them in a plan shared by every question
    of the same shape (``_plan`` in app/services/assessment.py, whose key names exactly those inputs).
    :meth:`requirements` and :meth:`survives` are asked on every question and may read the day.
    """

    name: ClassVar[str]
    condition_order: ClassVar[int] = 2
    requirement_order: ClassVar[int] = 0

    def conditions(self, case: Case, rule: OwnedProvision, provision: P) -> list[api.Condition]:
        """Conditions the provision puts on the effect when it applies."""
        return []

    def requirements(self, case: Case, rule: OwnedProvision, provision: P, order: int) -> list[api.Requirement]:
        """Steps the state must take under the provision (``order`` numbers the first)."""
        return []

    def survives(self, case: Case, rule: OwnedProvision, provision: P, effective: dt.date | None) -> list[api.Survival]:
        """Obligations that outlive the withdrawal."""
        return []

    def assumption(self, case: Case, rule: OwnedProvision, provision: P, unknown: list[str]) -> api.Condition | None:
        """What the answer assumes when the provision did not apply because facts it tests are unknown."""
        return None
