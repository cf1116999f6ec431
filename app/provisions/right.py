"""``right``: whether a right of withdrawal exists (VCLT Arts. 54 and 56)."""

from __future__ import annotations

from collections.abc import Iterable

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import RightProvision


class Right(ProvisionKind[RightProvision]):
    name = "right"
    condition_order = 0

    def conditions(self, case: Case, rule: OwnedProvision, provision: RightProvision) -> list[api.Condition]:
        """An uncertain or denied right is a condition of the answer; a clear right adds nothing."""
        if provision.exists == "yes":
            return []
        return [case.condition(rule, "right", f"{provision.basis}.", affects_date=provision.exists == "no")]


def right_of(rules: Iterable[OwnedProvision]) -> RightProvision | None:
    """The right-of-withdrawal provision among ``rules`` (the treaty's own or the general law's), if any."""
    return next((r.provision for r in rules if isinstance(r.provision, RightProvision)), None)
