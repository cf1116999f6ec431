"""``survival``: obligations that outlive the withdrawal (VCLT Art. 70(1)(b); a treaty's own survival
clause)."""

from __future__ import annotations

import datetime as dt

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.periods import describe_period, parse_period
from schemas.rules import SurvivalProvision


class Survival(ProvisionKind[SurvivalProvision]):
    name = "survival"

    def survives(
        self, case: Case, rule: OwnedProvision, provision: SurvivalProvision, effective: dt.date | None
    ) -> list[api.Survival]:
        lasts = provision.lasts
        return [
            api.Survival(
                id=str(rule.ref),
                obligations=list(provision.obligations),
                lasts=describe_period(lasts) if lasts else None,
                until=effective + parse_period(lasts) if effective and lasts else None,
                citation=case.citation(rule),
            )
        ]
