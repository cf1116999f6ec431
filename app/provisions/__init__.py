"""The kinds of provision a rule file may hold, each in its own module, found by the provision's class.

:func:`kind_of` is the only dispatch over provision classes: the assessment asks each applied provision's
kind what it adds (conditions, requirements, survivals, a date) and never tests the classes itself.
"""

from __future__ import annotations

from typing import Any

from app.provisions.agreed_date import AgreedDate
from app.provisions.base import Case, PreconditionResult, ProvisionKind, provision_citation
from app.provisions.effect import (
    AfterPeriod,
    AnnualDateWithDeadline,
    Effect,
    EndOfRecurringPeriod,
    FirstOfMonthAfterPeriod,
    FixedDayOfLaterYear,
    OnReceipt,
)
from app.provisions.effect_condition import EffectCondition
from app.provisions.needs_review import NeedsReview
from app.provisions.notice import Notice
from app.provisions.precondition import Precondition
from app.provisions.revocation import Revocation
from app.provisions.right import Right
from app.provisions.survival import Survival
from app.provisions.suspension import Suspension
from schemas import rules

__all__ = ["Case", "PreconditionResult", "ProvisionKind", "effect_kind", "kind_of", "provision_citation"]

KINDS: dict[type[Any], ProvisionKind[Any]] = {
    rules.RightProvision: Right(),
    rules.NoticeProvision: Notice(),
    rules.PreconditionProvision: Precondition(),
    rules.EffectAfterPeriod: AfterPeriod(),
    rules.EffectFirstOfMonthAfterPeriod: FirstOfMonthAfterPeriod(),
    rules.EffectFixedDayOfLaterYear: FixedDayOfLaterYear(),
    rules.EffectAnnualDateWithDeadline: AnnualDateWithDeadline(),
    rules.EffectEndOfRecurringPeriod: EndOfRecurringPeriod(),
    rules.EffectOnReceipt: OnReceipt(),
    rules.AgreedDateProvision: AgreedDate(),
    rules.SuspensionProvision: Suspension(),
    rules.EffectConditionProvision: EffectCondition(),
    rules.SurvivalProvision: Survival(),
    rules.RevocationProvision: Revocation(),
    rules.NeedsReviewProvision: NeedsReview(),
}
"""Every provision class of :data:`schemas.rules.Provision` and the kind that handles it (a test checks that
none is missing)."""


def kind_of(provision: rules.Provision) -> ProvisionKind[Any]:
    return KINDS[type(provision)]


def effect_kind(provision: rules.EffectBase) -> Effect:
    kind = KINDS[type(provision)]
    assert isinstance(kind, Effect)
    return kind
