"""``survival``: obligations that outlive the withdrawal (VCLT Art. 70(1)(b); a treaty's own survival
clause)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.dates.periods import later
from app.json_parts import shared
from app.memo import memoized
from app.provisions.base import Case, ProvisionKind, provision_citation
from app.rulebook import OwnedProvision, Rulebook
from schemas import api
from schemas.periods import describe_period, parse_period
from schemas.rules import SurvivalProvision


class Survival(ProvisionKind[SurvivalProvision]):
    name = "survival"

    def survives(
        self, case: Case, rule: OwnedProvision, provision: SurvivalProvision, effective: dt.date | None
    ) -> list[api.Survival]:
        until = later(effective, parse_period(provision.lasts)) if effective and provision.lasts else None
        return [survival(case.rulebook, rule, until)]


@memoized(16_384, key=lambda rulebook, rule, until: (rulebook.version, rule.ref.owner, rule.ref.id, until))
def survival(rulebook: Rulebook, rule: OwnedProvision, until: dt.date | None) -> api.Survival:
    """What survives under ``rule``, until ``until`` where it lasts a fixed time: built once, shared read-only."""
    provision = rule.provision
    assert isinstance(provision, SurvivalProvision)
    lasts = provision.lasts
    return shared(
        api.Survival(
            id=str(rule.ref),
            obligations=list(provision.obligations),
            lasts=describe_period(lasts) if lasts else None,
            until=until,
            citation=provision_citation(rulebook, rule),
        )
    )


def fixed_survival(rules: Iterable[OwnedProvision]) -> tuple[OwnedProvision, SurvivalProvision] | None:
    """The survival provision among ``rules`` that lasts a fixed period after the exit (ECT Art. 47(3): 20 years),
    for claims about how long a treaty goes on applying."""
    return next(
        ((r, r.provision) for r in rules if isinstance(r.provision, SurvivalProvision) and r.provision.lasts), None
    )
