"""``effect``: when the withdrawal takes effect. One class per date rule, each owning its date function; the
depositary's counting practice fills in what the clause leaves open (``rules/depositaries/``).

Which effect provision wins when several apply is declared in the rule files (``displaces``), not here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import ClassVar

from app.dates import (
    DateResult,
    add_period,
    annual_date_with_notice_deadline,
    end_of_recurring_period,
    first_day_of_month_after_period,
    fixed_day_of_later_year,
)
from app.dates.text import iso
from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision, Rulebook
from schemas.periods import describe_period
from schemas.rules import (
    Counting,
    Depositary,
    EffectAfterPeriod,
    EffectAnnualDateWithDeadline,
    EffectBase,
    EffectEndOfRecurringPeriod,
    EffectFirstOfMonthAfterPeriod,
    EffectFixedDayOfLaterYear,
    EffectOnReceipt,
    MonthEnd,
    Treaty,
)

DEFAULT_COUNTING: Counting = "same_day_number"
DEFAULT_MONTH_END: MonthEnd = "ambiguous"


def depositary_of(rulebook: Rulebook, treaty: Treaty) -> Depositary | None:
    return rulebook.depositaries.get(treaty.depositary or "bilateral")


def month_end(case: Case, own: MonthEnd | None) -> MonthEnd:
    """The clause's own month-end rule, else the depositary's, else both candidates (no documented practice)."""
    depositary = depositary_of(case.rulebook, case.treaty)
    return own or (depositary.month_end if depositary else DEFAULT_MONTH_END)


class Effect(ProvisionKind[EffectBase]):
    """Base of the effect kinds: a date function, and the period in words where there is one."""

    name = "effect"
    rule: ClassVar[str]

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        raise NotImplementedError

    def period_words(self, provision: EffectBase) -> str | None:
        """The notice period in words ('six months'), for a fixed period; None for a calendar rule."""
        return None


class AfterPeriod(Effect):
    """``period`` after receipt, counted as the clause or the depositary counts (VCLT Art. 78(b))."""

    rule = "after_period"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectAfterPeriod)
        depositary = depositary_of(case.rulebook, case.treaty)
        counting = provision.counting or (depositary.counting if depositary else DEFAULT_COUNTING)
        return add_period(received, provision.period, counting, month_end(case, provision.month_end))

    def period_words(self, provision: EffectBase) -> str | None:
        assert isinstance(provision, EffectAfterPeriod)
        return describe_period(provision.period)


class FirstOfMonthAfterPeriod(Effect):
    rule = "first_day_of_month_after_period"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectFirstOfMonthAfterPeriod)
        return first_day_of_month_after_period(received, provision.period, month_end(case, provision.month_end))

    def period_words(self, provision: EffectBase) -> str | None:
        assert isinstance(provision, EffectFirstOfMonthAfterPeriod)
        return describe_period(provision.period)


class FixedDayOfLaterYear(Effect):
    rule = "fixed_day_of_later_year"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectFixedDayOfLaterYear)
        return fixed_day_of_later_year(received, provision.day, provision.years_after)


class AnnualDateWithDeadline(Effect):
    rule = "annual_date_with_notice_deadline"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectAnnualDateWithDeadline)
        return annual_date_with_notice_deadline(
            received, provision.day, provision.notice_by, provision.years_after_deadline
        )


class EndOfRecurringPeriod(Effect):
    rule = "end_of_recurring_period"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectEndOfRecurringPeriod)
        return end_of_recurring_period(received, provision.first_end, provision.every, provision.notice_at_least)


class OnReceipt(Effect):
    rule = "on_receipt"

    def date(self, case: Case, provision: EffectBase, received: dt.date) -> DateResult:
        assert isinstance(provision, EffectOnReceipt)
        return DateResult.exact(received, f"effective on receipt of the notice: {iso(received)}")


def winner(rules: list[OwnedProvision]) -> OwnedProvision | None:
    """The effect provision that applies: those displaced by another that applies (``displaces`` in the rule
    file) drop out; more than one left is a rule-file error."""
    displaced = {(r.ref.owner, d) for r in rules if isinstance(r.provision, EffectBase) for d in r.provision.displaces}
    left = [r for r in rules if (r.ref.owner, r.ref.id) not in displaced]
    if len(left) > 1:
        raise AssertionError(f"more than one effect provision applies: {[str(r.ref) for r in left]}")
    return left[0] if left else None


def fixed_period(rules: Iterable[OwnedProvision]) -> tuple[OwnedProvision, EffectAfterPeriod] | None:
    """The effect provision among ``rules`` stated as a fixed period after receipt (for notice-period claims)."""
    return next(((r, r.provision) for r in rules if isinstance(r.provision, EffectAfterPeriod)), None)


def named_date(case: Case, rule: OwnedProvision, minimum: DateResult, notes: list[str]) -> DateResult:
    """A later date named in the notice (Rome Art. 127(1), Paris Art. 28(2)...): it applies when the clause
    allows one and it is on or after the minimum on every reading of the minimum."""
    named = case.request.facts.specified_date
    effect = rule.provision
    if named is None or not isinstance(effect, EffectBase):
        return minimum
    if not effect.later_date_allowed:
        notes.append(
            f"The treaty does not provide for a later date named in the notice ({effect.cite}); the named date "
            f"{named} was not applied."
        )
        return minimum
    if named < minimum.latest:
        notes.append(
            f"The date named in the notification ({named}) is earlier than the minimum the treaty allows; the "
            f"minimum applies ({describe(minimum)})."
        )
        return minimum
    notes.append(
        f"The notification names {named}, later than the minimum; {effect.cite} lets it take effect then."
        if named > minimum.latest
        else f"The notification names {named}, which is the minimum the treaty allows."
    )
    return DateResult.exact(named, f"the date named in the notification, {named} ({effect.cite})")


def describe(result: DateResult | None) -> str:
    if result is None:
        return "an undetermined date"
    if result.ambiguous:
        return " or ".join(str(c) for c in result.candidates)
    return str(result.date)


def period_effect(
    rules: Iterable[OwnedProvision],
) -> tuple[OwnedProvision, EffectAfterPeriod | EffectFirstOfMonthAfterPeriod, bool] | None:
    """The effect provision among ``rules`` that counts a period from receipt, and whether it then moves to the
    first day of the following month (Council of Europe clauses): what a claim about the rule is judged against."""
    for rule in rules:
        if isinstance(rule.provision, EffectAfterPeriod | EffectFirstOfMonthAfterPeriod):
            return rule, rule.provision, isinstance(rule.provision, EffectFirstOfMonthAfterPeriod)
    return None
