"""``precondition``: notice only once the treaty has been in force long enough (Paris Art. 28(1), NATO
Art. 13), or only inside recurring windows (ILO conventions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.dates import DateResult, add_period, notice_window
from app.dates.text import iso
from app.json_parts import shared
from app.memo import memoized
from app.provisions.base import Case, PreconditionResult, ProvisionKind, provision_citation
from app.rulebook import OwnedProvision, Rulebook
from schemas import api
from schemas.rules import MonthEnd, PreconditionProvision

DEFAULT_MONTH_END: MonthEnd = "ambiguous"


class Precondition(ProvisionKind[PreconditionProvision]):
    name = "precondition"
    condition_order = 1
    requirement_order = 0

    def evaluate(self, case: Case, rule: OwnedProvision, provision: PreconditionProvision) -> PreconditionResult:
        """Whether notice given on the notification date (or on ``as_of``) was permitted; computed before
        the engine runs, which sees the result as ``precondition_met``."""
        notice = case.request.notification_date or case.as_of
        base = (
            case.request.facts.entry_into_force_for_state
            if provision.counted_from == "entry_into_force_for_state"
            else case.treaty.entry_into_force
        )
        if base is None:
            return PreconditionResult(rule, None, "unknown")
        earliest = permitted_from(base, provision.in_force_for)
        if provision.window_length and provision.window_every:
            opens, closes = notice_window(earliest.latest, provision.window_length, provision.window_every, notice)
            window = DateResult.exact(opens, f"notice is possible from {iso(opens)} until before {iso(closes)}")
            return PreconditionResult(rule, window, opens <= notice < closes)
        # A missing day is resolved the cautious way: notice is certainly permitted from the later candidate.
        return PreconditionResult(rule, earliest, notice >= earliest.latest)

    def conditions(self, case: Case, rule: OwnedProvision, provision: PreconditionProvision) -> list[api.Condition]:
        unknown = [p for p in case.preconditions if p.rule.ref == rule.ref and p.met == "unknown"]
        description = f"Assumed met: {provision.description} Give `entry_into_force_for_state` to check it."
        return [case.condition(rule, "precondition", description, affects_date=False) for _ in unknown]

    def requirements(
        self, case: Case, rule: OwnedProvision, provision: PreconditionProvision, order: int
    ) -> list[api.Requirement]:
        return [precondition_requirement(case.rulebook, rule, order, case.state.name)]


@memoized(4096, key=lambda base, period: (base, period))  # a few per treaty (entry into force, for a party)
def permitted_from(base: dt.date, period: str) -> DateResult:
    """The first day notice is permitted, ``period`` after ``base``: the same for every notice, so counted once."""
    return add_period(base, period, "same_day_number", DEFAULT_MONTH_END)


@memoized(8192, key=lambda rulebook, rule, order, actor: (rulebook.version, rule.ref.owner, rule.ref.id, order, actor))
def precondition_requirement(rulebook: Rulebook, rule: OwnedProvision, order: int, actor: str) -> api.Requirement:
    """The precondition as a step of the list: built once per place and state, shared read-only."""
    provision = rule.provision
    assert isinstance(provision, PreconditionProvision)
    return shared(
        api.Requirement(
            id=str(rule.ref),
            level="international",
            order=order,
            description=provision.description,
            actor=actor,
            citation=provision_citation(rulebook, rule),
        )
    )


def all_met(results: tuple[PreconditionResult, ...]) -> bool | str:
    """``true`` when every precondition is met (or there is none), ``false`` when one is not, else unknown."""
    values = [p.met for p in results]
    if not values or all(v is True for v in values):
        return True
    if any(v is False for v in values):
        return False
    return "unknown"


def first_permitted_notice(results: tuple[PreconditionResult, ...]) -> dt.date:
    """The first day notice is permitted by every precondition whose date is known."""
    dates = [p.earliest_notice.latest for p in results if p.earliest_notice is not None]
    return max(dates) if dates else dt.date.min


def precondition_of(rules: Iterable[OwnedProvision]) -> tuple[OwnedProvision, PreconditionProvision] | None:
    """The precondition on notice among ``rules`` (Paris Art. 28(1): three years after entry into force)."""
    return next(((r, r.provision) for r in rules if isinstance(r.provision, PreconditionProvision)), None)
