"""What a claim's check finds (:class:`Outcome`), and the outcome helpers the kinds share: a revoked notice,
sources that disagree, a disputed record."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from app.services.notices import Notification
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate
from schemas.checks import Evidence, Verdict
from schemas.rules import Treaty
from schemas.world import Dispute

NEWS_DAYS = 31  # an effect claimed from this many days before the article on is the article's own news


def is_day(outcome: Outcome) -> bool:
    return bool(outcome.correct_value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", outcome.correct_value))


def when_said(claimed: PartialDate) -> str:
    """'on 22 September 2025', 'in March 2025', 'in 2025', 'between ... and ...' as a claim gave it."""
    if claimed.precision == "day":
        return f"on {_long(claimed.start)}"
    return claimed.describe() if claimed.precision == "interval" else f"in {claimed.describe()}"


def sources_disagree(
    notice: Notification, claimed: PartialDate | None, outcome: Outcome, clause: dt.date | None = None
) -> Outcome:
    """One rule for ``effective_date`` and ``withdrew`` claims where the record's effective date (sourced) differs
    from the withdrawal clause's count from the notice (Venezuela, OAS Charter Art. 143: 27 April 2019 recorded,
    28 April by the clause; North Korea, NPT Art. X(1): 11 January 2003 declared, 10 April by three months): both
    dates are said; a claim of the recorded date is right, a claim of the clause's date only partly right (the
    sources disagree), any other date wrong."""
    recorded = notice.recorded_effective
    if (
        clause is None
        and outcome.correct_value
        and len(outcome.correct_value) == 10
        and "T" not in outcome.correct_value
    ):
        clause = dt.date.fromisoformat(outcome.correct_value)
    if recorded is None or clause is None or recorded == clause or notice.extensions or notice.approximate:
        return outcome
    said = (
        f"The record and the clause disagree on the date: as recorded (world/records, with its source) it took "
        f"effect on {_long(recorded)}; the withdrawal clause alone gives {_long(clause)}, counted from the notice "
        f"received on {_long(notice.received)}."
    )
    if claimed is None or claimed.contains(recorded):
        verdict: Verdict = "consistent"
        text = f"Correct: the withdrawal took effect on {_long(recorded)} as recorded. {said}"
    elif claimed.contains(clause):
        verdict, text = "partly_consistent", f"Partly correct: {_long(clause)} is the clause's date. {said}"
    else:
        verdict, text = "inconsistent", f"Incorrect: not {claimed.describe()}. {said}"
    return outcome._replace(verdict=verdict, correct_value=recorded.isoformat(), explanation=text)


def disputed(dispute: Dispute, claimed: PartialDate, outcome: Outcome, notified: dt.date | None = None) -> Outcome:
    """An act whose effect is disputed (world/records ``disputed``: the DPRK's NPT withdrawal of 2003): every
    position is said, none is taken as the fact. A claim that holds every dated position is right (the dispute is
    still named); one that holds only some takes a side and cannot be confirmed; one that holds none is wrong on
    every view. An exit claimed (``notified``: the notice's day, for 'X withdrew') by a day on or after the notice
    but before every position's effect is the notice called an exit: partly right on every view (README 'Calling a
    parliamentary vote or a notification an exit')."""
    views = [
        f"{_long(p.effective)} according to {p.held_by}" if p.effective else f"not in effect according to {p.held_by}"
        for p in dispute.positions
    ]
    said = f"Disputed: {'; '.join(views)}."
    dated = [p.effective for p in dispute.positions if p.effective]
    hits = [d for d in dated if claimed.contains(d)]
    correct = "disputed: " + " / ".join(
        p.effective.isoformat() if p.effective else "not in effect" for p in dispute.positions
    )
    evidence = [
        Evidence(kind="record", description=f"{p.held_by}: {p.effective or 'not in effect'}", url=str(p.source.url))
        for p in dispute.positions
    ]
    if hits and len(hits) == len(dated):
        verdict: Verdict = "consistent"
        text = f"Correct on every date put forward ({claimed.describe()}), though whether it took effect is disputed. "
    elif hits:
        verdict = "unverifiable"
        text = f"Cannot be settled: {claimed.describe()} is one side's date. "
    elif notified is not None and notified <= claimed.end and dated and claimed.end < min(dated):
        verdict = "partly_consistent"
        text = (
            f"Partly correct: the notice of withdrawal was given on {_long(notified)}, but on no view had it taken "
            f"effect ({claimed.describe()}). "
        )
    else:
        verdict = "inconsistent"
        text = f"Incorrect on every view: not {claimed.describe()}. "
    return outcome._replace(verdict=verdict, correct_value=correct, explanation=text + said, evidence=evidence)


class Outcome(NamedTuple):
    """What a handler finds: the verdict, the right value, a sentence to paste, the evidence, the rules used."""

    verdict: Verdict
    correct_value: str | None
    explanation: str
    evidence: list[Evidence]
    trace: list[str]

    @classmethod
    def unverifiable(cls, explanation: str, evidence: list[Evidence] | None = None) -> Outcome:
        return cls("unverifiable", None, explanation, evidence or [], [])


def revoked_exit(
    verdict: Verdict, text: str, state: str, treaty: Treaty, last: Notification, correct: str = "false"
) -> Outcome:
    """An exit that never happened: the notice was revoked before it took effect (VCLT Art. 68), on its record;
    ``correct`` is the true value of the claim judged ('withdrew': false; 'still bound': true)."""
    evidence = [Evidence(kind="record", description=text, url=last.source_url)]
    return Outcome(verdict, correct, text, evidence, [f"record: {state} {treaty.id} revoked"])


RANK = {"inconsistent": 0, "unverifiable": 1, "partly_consistent": 2, "consistent": 3}


class Unverifiable(Exception):
    def __init__(self, message: str, evidence: list[Evidence] | None = None) -> None:
        super().__init__(message)
        self.evidence = evidence or []
