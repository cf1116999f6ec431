"""``revocation``: whether and until when the notification may be revoked (VCLT Art. 68)."""

from __future__ import annotations

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import RevocationProvision


class Revocation(ProvisionKind[RevocationProvision]):
    name = "revocation"

    def conditions(self, case: Case, rule: OwnedProvision, provision: RevocationProvision) -> list[api.Condition]:
        if provision.allowed == "no":
            return []
        return [
            case.condition(
                rule, "revocation", f"The notification may be revoked {provision.until}.", affects_date=False
            )
        ]
