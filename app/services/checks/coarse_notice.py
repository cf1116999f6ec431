"""The effect of a notice whose day of receipt is not recorded, only its month or year (world/records
``notified_precision``), where no effective date is recorded either: Mauritania's ECOWAS notice of December 1999.

The treaty's clause counts from receipt (ECOWAS Revised Treaty Art. 91(1): one year), so the effect is counted from
the first and from the last day the notice may have been received: a span of days (December 2000 for a notice of
December 1999). A claim whose date holds the whole span is right; one that misses it is wrong, unless it names the
notice's own month or year, which calls the notice the exit (partly right: tests/data/articles/README.md, a
notification called an exit); one that holds part of the span cannot be settled without the day, and says so.
"""

from __future__ import annotations

import datetime as dt

from app.services.assessment import AssessmentService
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.notices import Notification
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate
from schemas.api import AssessmentRequest
from schemas.checks import Evidence, Verdict


def receipt_span(notice: Notification) -> PartialDate:
    """The days the notice may have been received on: its recorded month or year."""
    return PartialDate.of(notice.received, "month" if notice.received_precision == "month" else "year", "")


def effect_span(
    assessments: AssessmentService, treaty: str, state: str, notice: Notification, as_of: dt.date
) -> tuple[PartialDate, tuple[dt.date, dt.date]] | None:
    """The notice's span of receipt and the first and last day its withdrawal may take effect on, as the clause
    counts from each end of that span; None when the clause does not determine a day."""
    received = receipt_span(notice)
    days = []
    for day in (received.start, received.end):
        answer = assessments.assess(
            AssessmentRequest(
                treaty=treaty, state=state, notification_date=day, facts=notice.facts(as_of), as_of=max(as_of, day)
            )
        )
        if answer.effective.status != "determined" or answer.effective.date is None:
            return None
        days.append(answer.effective.date)
    return received, (days[0], days[1])


def judge_span(
    name: str,
    short_name: str,
    received: PartialDate,
    effect: tuple[dt.date, dt.date],
    claimed: PartialDate | None,
    as_of: dt.date,
    exit_claim: bool,
    url: str | None,
) -> Outcome:
    """A ``withdrew`` (``exit_claim``) or ``effective_date`` claim against the span ``effect`` the withdrawal took
    effect in, counted from each day of ``received``."""
    first, last = effect
    span = f"between {_long(first)} and {_long(last)}" if first != last else f"on {_long(first)}"
    notice = f"notification received in {received.describe()}, the day not recorded"
    evidence = [Evidence(kind="record", description=f"{notice}; effect {span}", url=url)]
    trace = [f"record: {name} {short_name} received {received.iso()}"]
    correct = f"{first.isoformat()}/{last.isoformat()}" if first != last else first.isoformat()
    verb = "took" if last <= as_of else "takes"
    holds = claimed is None or (claimed.start <= first and last <= claimed.end)
    misses = claimed is not None and (claimed.end < first or last < claimed.start)
    names_notice = claimed is not None and claimed.start <= received.end and received.start <= claimed.end
    verdict: Verdict
    if exit_claim and first > as_of and (claimed is None or names_notice):
        verdict = "partly_consistent"
        text = (
            f"Partly correct: on {_long(as_of)} {name} had notified its withdrawal from the {short_name} "
            f"({notice}) but was still a party; the withdrawal takes effect {span}."
        )
    elif holds and (not exit_claim or last <= as_of):
        verdict = "consistent"
        text = f"Correct: {name}'s withdrawal from the {short_name} {verb} effect {span} ({notice})."
    elif misses and names_notice:
        verdict = "partly_consistent"
        text = (
            f"Partly correct: {name} notified its withdrawal in {received.describe()}; it left the {short_name} "
            f"when the withdrawal took effect, {span} (the day of receipt is not recorded)."
        )
    elif misses:
        assert claimed is not None
        verdict = "inconsistent"
        text = (
            f"Incorrect: {name}'s withdrawal from the {short_name} {verb} effect {span} ({notice}), not "
            f"{claimed.describe()}."
        )
    else:
        raise Unverifiable(
            f"{name}'s withdrawal from the {short_name} {verb} effect {span} ({notice}): whether that was "
            f"{claimed.describe() if claimed else 'by then'} depends on the day of receipt, which is not recorded.",
            evidence,
        )
    return Outcome(verdict, correct, text, evidence, trace)
