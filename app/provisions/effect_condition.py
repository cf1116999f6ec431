"""``effect_condition``: a condition attached to the effect that the engine cannot check (dues paid in full:
WHO, US reservation of 1948)."""

from __future__ import annotations

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import EffectConditionProvision


class EffectCondition(ProvisionKind[EffectConditionProvision]):
    name = "effect_condition"

    def conditions(self, case: Case, rule: OwnedProvision, provision: EffectConditionProvision) -> list[api.Condition]:
        return [case.condition(rule, "effect_condition", provision.condition, affects_date=False)]
