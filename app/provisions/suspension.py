"""``suspension``: a fact that, when it holds on the expiry of the period, postpones the effect (Ottawa
Art. 20(3), CCM Art. 20(3))."""

from __future__ import annotations

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import SuspensionProvision


class Suspension(ProvisionKind[SuspensionProvision]):
    name = "suspension"

    def conditions(self, case: Case, rule: OwnedProvision, provision: SuspensionProvision) -> list[api.Condition]:
        description = (
            f"The withdrawal does not take effect before {provision.postponed_until}: {provision.text.strip()}"
        )
        return [case.condition(rule, "suspension", description, affects_date=True)]

    def assumption(
        self, case: Case, rule: OwnedProvision, provision: SuspensionProvision, unknown: list[str]
    ) -> api.Condition | None:
        """A suspension that did not apply because its fact is unknown: the usual case is assumed, and said."""
        facts = ", ".join(unknown).replace("_", " ")
        description = (
            f"Assumed that {facts} does not hold on the expiry of the period (not given in the facts). If it "
            f"does, the withdrawal does not take effect before {provision.postponed_until}."
        )
        return case.condition(rule, "assumption", description, affects_date=True)
