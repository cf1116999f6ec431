"""The status of an answer, from a declared, ordered table: the first row that holds gives the status, the
date and the explanation. Each row names the article or principle behind it.

| # | status | when | basis |
|---|---|---|---|
| 0 | not_a_treaty | the instrument is not a treaty, or its binding force is disputed | VCLT Art. 2(1)(a) |
| 0b | not_a_party | recorded as not bound on the day (never joined, or left) | VCLT Arts. 2(1)(g), 70(1)(a) |
| 1 | no_withdrawal_right | the rules deny a right of withdrawal | VCLT Art. 56(1); the treaty's own clause |
| 2b | needs_review | a drafted clause whose effect the clause reader could not read | no date from a guess |
| 2 | no_withdrawal_right | no notice, and the treaty has ended | VCLT Art. 70(1)(a) |
| 3 | not_yet_permitted | notice given before a precondition was met | the treaty's precondition (Paris Art. 28(1)) |
| 4 | needs_notification | no notification date | VCLT Arts. 65(1) and 67(1): withdrawal is notified |
| 5 | conditional | a suspension applies | the treaty's suspension clause (Ottawa Art. 20(3)) |
| 6 | conditional | the right itself is uncertain | VCLT Art. 56(1)(a)-(b) |
| 7 | conditional | the treaty is not in force | VCLT Art. 24: its clauses operate once in force |
| 8 | ambiguous | the date has two readings | no documented practice settles a missing day |
| 9 | determined | a date | the effect provision that applied |
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.dates import DateResult
from app.provisions import Case, effect_kind
from app.provisions.effect import describe
from app.provisions.precondition import first_permitted_notice
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import EffectBase, RightProvision


@dataclass(frozen=True)
class Situation:
    """What the table reads: the case, the right, the effect provision and the dates computed from it."""

    case: Case
    right: RightProvision | None
    effect: OwnedProvision | None
    date: DateResult | None
    earliest: DateResult | None
    precondition_met: bool | str
    suspensions: list[api.Condition]
    unread: list[OwnedProvision] = field(default_factory=list)  # needs_review provisions about the effect

    @property
    def notified(self) -> dt.date | None:
        return self.case.request.notification_date


@dataclass(frozen=True)
class Answer:
    status: api.Status
    date: dt.date | None
    earliest: dt.date | None
    explanation: str


@dataclass(frozen=True)
class Row:
    status: api.Status
    when: str
    basis: str
    holds: Callable[[Situation], bool]
    answer: Callable[[Situation], Answer]


def _no_right(s: Situation) -> Answer:
    basis = s.right.basis if s.right else ""
    return Answer(
        "no_withdrawal_right", None, None, f"{s.case.treaty.short_name} gives no right of withdrawal: {basis}."
    )


def _ended(s: Situation) -> Answer:
    treaty = s.case.treaty
    return Answer(
        "no_withdrawal_right",
        None,
        None,
        f"{treaty.short_name} ceased to be in force on {treaty.terminated}: there is nothing to withdraw from.",
    )


def _not_yet_permitted(s: Situation) -> Answer:
    assert s.effect is not None and isinstance(s.effect.provision, EffectBase)
    first = min(p.earliest_notice.latest for p in s.case.preconditions if p.earliest_notice and p.met is False)
    new_notice = max(s.case.as_of, first)
    earliest = effect_kind(s.effect.provision).date(s.case, s.effect.provision, new_notice).latest
    return Answer(
        "not_yet_permitted",
        None,
        earliest,
        f"Notice was given on {s.notified}, when the treaty did not permit it (next permitted from {first}); it has "
        f"no effect under the treaty. A new notice given on {new_notice} would take effect on {earliest}.",
    )


def _needs_notification(s: Situation) -> Answer:
    if s.earliest is None:
        return Answer("needs_notification", None, None, "No notification given.")
    on = max(s.case.as_of, first_permitted_notice(s.case.preconditions))
    return Answer(
        "needs_notification",
        None,
        s.earliest.earliest,
        f"No notification given. If the depositary received it on {on}, it would take effect on "
        f"{describe(s.earliest)}.",
    )


def _suspended(s: Situation) -> Answer:
    cites = "; ".join(f"{c.citation.cite} ({c.citation.instrument})" for c in s.suspensions)
    return Answer(
        "conditional",
        None,
        s.date.earliest if s.date else None,
        f"The notice period ends on {describe(s.date)}, but under {cites} the withdrawal does not take effect then: "
        + " ".join(c.description for c in s.suspensions),
    )


def _uncertain_right(s: Situation) -> Answer:
    dated = s.date or s.earliest
    earliest = dated.earliest if dated else None
    cite = s.right.cite if s.right else ""
    return Answer(
        "conditional",
        None,
        earliest,
        f"{s.case.treaty.short_name} has no withdrawal clause; a right of withdrawal exists only if it can be "
        f"established ({cite}). If it exists, the earliest date is {earliest}.",
    )


def _not_in_force(s: Situation) -> Answer:
    assert s.date is not None
    return Answer(
        "conditional",
        None,
        s.date.earliest,
        f"{s.case.treaty.short_name} is not in force, so its withdrawal clause does not operate yet; once it does, "
        f"a notice received on {s.notified} would take effect on {describe(s.date)}.",
    )


def _ambiguous(s: Situation) -> Answer:
    assert s.date is not None
    return Answer("ambiguous", None, s.date.earliest, s.date.reasoning)


def _determined(s: Situation) -> Answer:
    assert s.date is not None and s.date.date is not None
    cite = s.effect.provision.cite if s.effect else ""
    return Answer(
        "determined",
        s.date.date,
        s.date.date,
        f"The withdrawal takes effect on {s.date.date} ({cite}): {s.date.reasoning}.",
    )


def _not_a_treaty(s: Situation) -> Answer:
    treaty = s.case.treaty
    return Answer("not_a_treaty", None, None, treaty.nature_note or f"{treaty.short_name} is not a treaty.")


def _unread(s: Situation) -> Answer:
    first = s.unread[0].provision
    cites = ", ".join(r.provision.cite for r in s.unread)
    return Answer(
        "needs_review",
        None,
        None,
        f"No date is given: the rules of {s.case.treaty.short_name} are an unreviewed draft and the clause reader "
        f'could not read when a withdrawal takes effect ({cites}: "{first.text.strip()}"). Read the clause.',
    )


def _not_a_party(s: Situation) -> Answer:
    party = s.case.party
    assert party is not None
    day = s.notified or s.case.as_of
    when = "on the notification date" if s.notified else "on"
    return Answer(
        "not_a_party",
        None,
        None,
        f"{s.case.state.name} was not a party to the {s.case.treaty.short_name} {when} {day} ({party.reason}): it "
        "has nothing to withdraw from.",
    )


def _not_bound(s: Situation) -> bool:
    """Recorded as not bound on the day, unless the treaty itself had ended (then that answers first)."""
    party, ended = s.case.party, s.case.treaty.terminated
    day = s.notified or s.case.as_of
    return party is not None and party.status in ("not_party", "withdrawn") and not (ended and day >= ended)


def _has_ended(s: Situation) -> bool:
    ended = s.case.treaty.terminated
    return s.notified is None and ended is not None and s.case.as_of >= ended


STATUS_TABLE: tuple[Row, ...] = (
    Row("not_a_treaty", "the instrument is not a treaty, or its binding force is disputed",
        "VCLT Art. 2(1)(a): a treaty is an agreement governed by international law",
        lambda s: s.case.treaty.nature != "treaty", _not_a_treaty),
    Row("not_a_party", "the world files record the state as not bound on the day (never joined, or left)",
        "VCLT Art. 2(1)(g): only a party is bound, and Art. 70(1)(a): a withdrawal releases it",
        _not_bound, _not_a_party),
    Row("no_withdrawal_right", "the rules deny a right of withdrawal", "VCLT Art. 56(1); the treaty's own clause",
        lambda s: s.right is not None and s.right.exists == "no", _no_right),
    Row("no_withdrawal_right", "no notice, and the treaty has ended", "VCLT Art. 70(1)(a)", _has_ended, _ended),
    Row("needs_review", "a drafted clause whose effect the clause reader could not read",
        "no date is computed from a guess (the needs_review provision quotes the words)",
        lambda s: s.effect is None and bool(s.unread), _unread),
    Row("not_yet_permitted", "notice given before a precondition was met",
        "the treaty's precondition on notice (Paris Agreement Art. 28(1))",
        lambda s: s.notified is not None and s.precondition_met is False and s.effect is not None, _not_yet_permitted),
    Row("needs_notification", "no notification date", "VCLT Arts. 65(1) and 67(1): a withdrawal is notified",
        lambda s: s.notified is None, _needs_notification),
    Row("conditional", "a suspension applies", "the treaty's suspension clause (Ottawa Convention Art. 20(3))",
        lambda s: bool(s.suspensions), _suspended),
    Row("conditional", "the right itself is uncertain", "VCLT Art. 56(1)(a)-(b)",
        lambda s: s.right is not None and s.right.exists == "uncertain", _uncertain_right),
    Row("conditional", "the treaty is not in force", "VCLT Art. 24: a treaty's clauses operate once it is in force",
        lambda s: not s.case.treaty.in_force and s.date is not None, _not_in_force),
    Row("ambiguous", "the date has two readings", "no documented practice settles a missing day (rules/depositaries)",
        lambda s: s.date is not None and s.date.ambiguous, _ambiguous),
    Row("determined", "a date", "the effect provision that applied",
        lambda s: s.date is not None and s.date.date is not None, _determined),
)  # fmt: skip


def decide_status(situation: Situation) -> Answer:
    """The first row of :data:`STATUS_TABLE` that holds."""
    for row in STATUS_TABLE:
        if row.holds(situation):
            return row.answer(situation)
    raise AssertionError(f"{situation.case.treaty.id}: no effect provision applies to a notified withdrawal")
